package io.casehall.archive.web;

import io.casehall.archive.ApplicationStatus;
import io.casehall.archive.ApplicationView;
import io.casehall.archive.ArchiveApplication;
import io.casehall.archive.ArchiveService;
import io.casehall.archive.PaymentStatus;
import io.casehall.shared.cases.CaseAction;
import io.casehall.shared.cases.CaseLink;
import io.casehall.shared.cases.CaseProcedure;
import io.casehall.shared.cases.CaseRow;
import io.casehall.shared.cases.CaseSource;
import io.casehall.shared.cases.CaseStatus;
import io.casehall.shared.cases.CaseTone;
import io.casehall.shared.web.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Archive use in 我的办件: each application with the status saying whose turn it is and the actions its open steps
 * allow (the engine decides those, as on the application's page).
 */
@Component
@Order(10)
class ArchiveCaseSource implements CaseSource {

    static final String KEY = "archive";

    private final ArchiveService archive;
    private final Messages messages;

    ArchiveCaseSource(ArchiveService archive, Messages messages) {
        this.archive = archive;
        this.messages = messages;
    }

    @Override
    public CaseProcedure procedure() {
        return new CaseProcedure(KEY, messages.get("nav.archive"),
                new CaseLink(messages.get("archiveweb.cases.start"), "/apply/archive"));
    }

    @Override
    public List<CaseRow> cases(long applicantId) {
        return archive.myApplications(applicantId).stream().map(this::row).toList();
    }

    private CaseRow row(ApplicationView view) {
        ArchiveApplication a = view.application();
        String url = ArchiveApplicantPages.BASE + a.getId();
        return new CaseRow(a.getNumber(), messages.get("archive.service." + a.getService()), status(view),
                a.getSubmittedAt(), decidedAt(a), url, actions(view, url));
    }

    private CaseStatus status(ApplicationView view) {
        ArchiveApplication a = view.application();
        String label = messages.get(view.statusKey());
        if (a.getStatus() == ApplicationStatus.REJECTED && a.getStaffOpinion() != null) {
            label = messages.get("archiveweb.cases.withReason", label, a.getStaffOpinion());
        }
        CaseTone tone = switch (a.getStatus()) {
            case COMPLETED -> CaseTone.DONE;
            case REJECTED -> CaseTone.REFUSED;
            case CANCELLED -> CaseTone.CANCELLED;
            default -> view.applicantMustAct() ? CaseTone.YOUR_ACTION : CaseTone.IN_PROGRESS;
        };
        return new CaseStatus(label, tone);
    }

    /** 审核/取消时间: when it ended, or while open the latest staff handling (none before the first). */
    private static Instant decidedAt(ArchiveApplication a) {
        return switch (a.getStatus()) {
            case COMPLETED -> a.getCompletedAt() != null ? a.getCompletedAt() : a.getStatusChangedAt();
            case REJECTED, CANCELLED -> a.getStatusChangedAt();
            default -> a.getHandledAt();
        };
    }

    private List<CaseAction> actions(ApplicationView view, String url) {
        ArchiveApplication a = view.application();
        List<CaseAction> actions = new ArrayList<>();
        if (view.canPay()) {
            actions.add(CaseAction.link(messages.get("archiveweb.action.pay"), url + "#pay"));
        }
        if (view.canCorrect()) {
            actions.add(CaseAction.link(messages.get("archiveweb.cases.correct"), url + "#correct"));
        }
        if (view.canProofread()) {
            actions.add(CaseAction.link(messages.get("archiveweb.action.proofread"), url + "/proofread"));
        }
        if (view.canEmail()) {
            actions.add(CaseAction.link(messages.get("archiveweb.action.email"), url + "#email"));
        }
        if (view.canRate()) {
            actions.add(CaseAction.link(messages.get("archiveweb.action.rate"), url + "#rating"));
        }
        if (view.canCancel()) {
            actions.add(CaseAction.confirmedPost(messages.get("archiveweb.action.cancel"), url + "/cancel",
                    cancelConsequences(a)));
        }
        if (view.isFinished()) {
            actions.add(CaseAction.link(messages.get("archiveweb.action.again"),
                    "/apply/archive/" + a.getService().code() + "/new?from=" + a.getId()));
        }
        return actions;
    }

    /** What the cancellation page says, in one paragraph: final, and the refund or nothing more to pay. */
    private String cancelConsequences(ArchiveApplication a) {
        PaymentStatus payment = a.getPaymentStatus();
        String amount = a.getFeeAmount() == null ? "" : a.getFeeAmount().toPlainString();
        String money = payment == PaymentStatus.PAID || payment == PaymentStatus.CONFIRMED
                ? messages.get("archiveweb.cancel.refund", amount)
                : payment == PaymentStatus.AWAITING ? messages.get("archiveweb.cancel.unpaid") : "";
        return messages.get("archiveweb.cases.cancelConfirmation", messages.get("archiveweb.cancel.final"), money)
                .strip();
    }
}
