package io.casehall.deposit.web;

import io.casehall.deposit.ArchiveStatus;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositService;
import io.casehall.deposit.DepositServiceType;
import io.casehall.deposit.DepositStatus;
import io.casehall.shared.cases.CaseAction;
import io.casehall.shared.cases.CaseFact;
import io.casehall.shared.cases.CaseLink;
import io.casehall.shared.cases.CaseProcedure;
import io.casehall.shared.cases.CaseRow;
import io.casehall.shared.cases.CaseSource;
import io.casehall.shared.cases.CaseStatus;
import io.casehall.shared.cases.CaseTone;
import io.casehall.shared.web.Messages;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The archive deposit in 我的办件: each application with the seed's states and the actions its state allows
 * (查看, 修改申请, 取消), and 档案状态 / 档案编号 at the top of the centre.
 */
@Component
@Order(20)
class DepositCaseSource implements CaseSource {

    static final String KEY = "deposit";

    private final DepositService deposits;
    private final Messages messages;

    DepositCaseSource(DepositService deposits, Messages messages) {
        this.deposits = deposits;
        this.messages = messages;
    }

    @Override
    public CaseProcedure procedure() {
        return new CaseProcedure(KEY, messages.get("depositguide.nav"),
                new CaseLink(messages.get("depositguide.guide"), "/deposit"));
    }

    @Override
    public List<CaseRow> cases(long applicantId) {
        return deposits.listOwned(applicantId).stream().map(this::row).toList();
    }

    @Override
    public List<CaseFact> facts(long applicantId) {
        ArchiveStatus archive = deposits.archiveStatus(applicantId);
        return List.of(
                new CaseFact(messages.get("depositweb.archive.status"), messages.get(archive.deposited()
                        ? "deposit.archive.deposited" : "deposit.archive.notDeposited")),
                new CaseFact(messages.get("depositweb.archive.number"), archive.archiveNumber()));
    }

    private CaseRow row(DepositApplication a) {
        String url = DepositUrls.application(a.getId());
        return new CaseRow(a.getNumber(), type(a.getService()), status(a), a.getSubmittedAt(),
                a.getDecidedOrCancelledAt(), url, actions(a));
    }

    private String type(DepositServiceType service) {
        return messages.get(service.labelKey());
    }

    private CaseStatus status(DepositApplication a) {
        String label = messages.get(a.getStatus().labelKey());
        CaseTone tone = switch (a.getStatus()) {
            case SUBMITTED, IN_AUDIT -> CaseTone.IN_PROGRESS;
            // Approved: the applicant prints the transfer notice and has the holding agency send the envelope.
            case APPROVED, REJECTED -> CaseTone.YOUR_ACTION;
            case DEPOSITED, COMPLETED -> CaseTone.DONE;
            case CANCELLED, LAPSED -> CaseTone.CANCELLED;
        };
        if (a.getStatus() == DepositStatus.REJECTED && a.getRejectionReason() != null) {
            label = messages.get("depositweb.cases.withReason", label, a.getRejectionReason());
        } else if (a.getStatus() == DepositStatus.DEPOSITED && a.getArchiveNumber() != null) {
            label = messages.get("depositweb.cases.withArchiveNumber", label, a.getArchiveNumber());
        }
        return new CaseStatus(label, tone);
    }

    private List<CaseAction> actions(DepositApplication a) {
        List<CaseAction> actions = new ArrayList<>();
        if (a.getStatus().isModifiable()) {
            actions.add(CaseAction.link(messages.get("depositweb.action.modify"), DepositUrls.modify(a.getId())));
        }
        if (a.getStatus().isCancellable()) {
            actions.add(CaseAction.confirmedPost(messages.get("depositweb.action.cancel"), DepositUrls.cancel(a.getId()),
                    messages.get("depositweb.cancel.final")));
        }
        return actions;
    }
}
