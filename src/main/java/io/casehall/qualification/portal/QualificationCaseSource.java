package io.casehall.qualification.portal;

import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.CheckStatus;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.shared.cases.CaseAction;
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
 * The qualification review in 我的办件: the graduate's check of each campaign they bound to (its state, and 核对
 * while the window is open), and each change request with its outcome and reason.
 */
@Component
@Order(40)
class QualificationCaseSource implements CaseSource {

    static final String KEY = "qualification";

    private final GraduateRecords records;
    private final Messages messages;

    QualificationCaseSource(GraduateRecords records, Messages messages) {
        this.records = records;
        this.messages = messages;
    }

    @Override
    public CaseProcedure procedure() {
        return new CaseProcedure(KEY, messages.get("qualification.portal.nav"),
                new CaseLink(messages.get("qualification.cases.start"), QualificationPortalController.HOME));
    }

    @Override
    public List<CaseRow> cases(long applicantId) {
        List<CaseRow> rows = new ArrayList<>();
        for (QualificationGraduate graduate : records.boundRecords(applicantId)) {
            QualificationCampaign campaign = records.campaignOf(graduate);
            boolean open = records.graduateWindowOpen(graduate);
            rows.add(checkRow(graduate, campaign, open));
            for (ChangeRequest request : records.requestsOf(graduate)) {
                rows.add(requestRow(graduate, campaign, request));
            }
        }
        return rows;
    }

    private CaseRow checkRow(QualificationGraduate graduate, QualificationCampaign campaign, boolean open) {
        CheckStatus status = graduate.getCheckStatus();
        CaseTone tone = switch (status) {
            case NOT_SUBMITTED -> open ? CaseTone.YOUR_ACTION : CaseTone.CANCELLED;
            case CHANGE_PENDING -> CaseTone.IN_PROGRESS;
            case CONFIRMED, CHANGED -> CaseTone.DONE;
            case CHANGE_REJECTED, CHANGE_EXPIRED -> open ? CaseTone.YOUR_ACTION : CaseTone.REFUSED;
        };
        List<CaseAction> actions = open && status != CheckStatus.CHANGE_PENDING
                ? List.of(CaseAction.link(messages.get("qualification.cases.check"), QualificationPortalController.HOME))
                : List.of();
        return new CaseRow(graduate.getStudentNo(), messages.get("qualification.cases.type", campaign.getTitle()),
                new CaseStatus(messages.get("qualification.status." + status.name()), tone),
                graduate.getBoundAt(), graduate.getConfirmedAt(), QualificationPortalController.HOME, actions);
    }

    private CaseRow requestRow(QualificationGraduate graduate, QualificationCampaign campaign, ChangeRequest request) {
        CaseTone tone = switch (request.getStatus()) {
            case PENDING -> CaseTone.IN_PROGRESS;
            case APPROVED -> CaseTone.DONE;
            case REJECTED -> CaseTone.REFUSED;
            case EXPIRED -> CaseTone.CANCELLED;
        };
        String label = messages.get("qualification.request." + request.getStatus().name());
        if (request.getReason() != null && !request.getReason().isBlank()) {
            label = messages.get("qualification.cases.withReason", label, request.getReason());
        }
        return new CaseRow(graduate.getStudentNo(), messages.get("qualification.cases.requestType", campaign.getTitle()),
                new CaseStatus(label, tone), request.getSubmittedAt(), request.getDecidedAt(),
                QualificationPortalController.HOME, List.of());
    }
}
