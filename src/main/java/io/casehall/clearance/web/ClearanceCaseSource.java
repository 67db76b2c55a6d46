package io.casehall.clearance.web;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantAccount;
import io.casehall.account.RealNameStatus;
import io.casehall.clearance.CheckpointState;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.StudentProgress;
import io.casehall.shared.cases.CaseProcedure;
import io.casehall.shared.cases.CaseRow;
import io.casehall.shared.cases.CaseSource;
import io.casehall.shared.cases.CaseStatus;
import io.casehall.shared.cases.CaseTone;
import io.casehall.shared.web.Messages;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Graduation clearance in 我的办件: one row per plan the student is in, found (as on 我的离校进度) by the ID number of
 * the applicant's verified real name. The university starts clearance, so there is nothing to apply for and no
 * action besides 查看; a failed checkpoint is the student's to sort out, so it shows as their turn.
 */
@Component
@Order(30)
class ClearanceCaseSource implements CaseSource {

    static final String KEY = "clearance";

    private final AccountService accounts;
    private final ClearanceService clearance;
    private final Messages messages;

    ClearanceCaseSource(AccountService accounts, ClearanceService clearance, Messages messages) {
        this.accounts = accounts;
        this.clearance = clearance;
        this.messages = messages;
    }

    @Override
    public CaseProcedure procedure() {
        return new CaseProcedure(KEY, messages.get("clearance.cases.procedure"), null);
    }

    @Override
    public List<CaseRow> cases(long applicantId) {
        ApplicantAccount account = accounts.get(applicantId);
        if (account.getRealNameStatus() != RealNameStatus.VERIFIED || account.getVerifiedIdNumber() == null) {
            return List.of();
        }
        return clearance.progressByIdNumber(account.getVerifiedIdNumber()).stream()
                .filter(progress -> progress.launchedAt() != null)
                .map(this::row).toList();
    }

    private CaseRow row(StudentProgress progress) {
        return new CaseRow(progress.studentNo(), messages.get("clearance.cases.type", progress.planName()),
                status(progress), progress.launchedAt(),
                progress.completedAt() != null ? progress.completedAt() : progress.lastDecidedAt(),
                "/clearance#plan-" + progress.planId(), List.of());
    }

    private CaseStatus status(StudentProgress progress) {
        List<String> failed = progress.steps().stream().filter(step -> step.state() == CheckpointState.FAILED)
                .map(StudentProgress.Step::name).toList();
        return switch (progress.stage()) {
            case COMPLETED -> new CaseStatus(messages.get("clearance.cases.completed"), CaseTone.DONE);
            case READY -> new CaseStatus(messages.get("clearance.cases.ready"), CaseTone.YOUR_ACTION);
            default -> failed.isEmpty()
                    ? new CaseStatus(messages.get("clearance.cases.inProgress"), CaseTone.IN_PROGRESS)
                    : new CaseStatus(messages.get("clearance.cases.failed", String.join("、", failed)),
                            CaseTone.YOUR_ACTION);
        };
    }
}
