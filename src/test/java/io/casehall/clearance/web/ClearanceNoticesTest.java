package io.casehall.clearance.web;

import static io.casehall.clearance.ClearanceFixtures.ADMIN;
import static io.casehall.clearance.GraduationClearanceProcess.TASK_LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.ClearanceFixtures;
import io.casehall.clearance.ClearanceFixtures.Student;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.PlanSummary;
import io.casehall.clearance.StudentFilter;
import io.casehall.clearance.Verdict;
import io.casehall.shared.notification.InboxMessage;
import io.casehall.shared.notification.NotificationService;
import io.casehall.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10, finding 7 (clearance): the student hears of a failed checkpoint (with the remark) and of the
 * completed clearance, through the message centre (and e-mail/SMS), from a retried engine job; a student
 * without a verified account gets nothing and nothing fails.
 */
class ClearanceNoticesTest extends IntegrationTest {

    @Autowired
    ClearanceService clearance;
    @Autowired
    TestApplicants applicants;
    @Autowired
    AccountService accounts;
    @Autowired
    NotificationService notifications;

    @Test
    void theStudentIsToldOfAFailedCheckpointWithTheRemarkAndOfTheCompletedClearance() {
        Student s = ClearanceFixtures.undergraduate("通知生");
        Student nobody = ClearanceFixtures.undergraduate("无账号");
        ApplicantPrincipal applicant = applicants.create(s.fullName());
        accounts.markRealNameVerified(applicant.applicantId(), s.idNumber(), s.studentNo());
        PlanSummary plan = clearance.createPlan("通知-" + System.nanoTime(), ADMIN);
        clearance.importStudents(plan.id(), "s.xlsx", ClearanceFixtures.studentsWorkbook(List.of(s, nobody)), ADMIN);
        assertThat(clearance.launchAndWait(plan.id(), ADMIN).done()).isTrue();
        long id = id(plan.id(), s);
        long other = id(plan.id(), nobody);

        clearance.decide(plan.id(), TASK_LIBRARY, id, Verdict.FAIL, "图书《资本论》未归还", ADMIN);
        clearance.decide(plan.id(), TASK_LIBRARY, other, Verdict.FAIL, "欠费", ADMIN);
        runJobs();
        List<InboxMessage> inbox = notifications.inboxOf(applicant.applicantId());
        assertThat(inbox).anySatisfy(m -> {
            assertThat(m.getSubject()).contains("图书馆");
            assertThat(m.getBody()).contains(plan.name(), "图书馆", "图书《资本论》未归还").doesNotContain("。。");
        });

        for (int round = 0; round < 5; round++) {
            for (Checkpoint checkpoint : clearance.checkpoints(plan.id())) {
                if (clearance.studentAtCheckpoint(plan.id(), checkpoint.id(), id).state().actionable()) {
                    clearance.decide(plan.id(), checkpoint.id(), id, Verdict.PASS, null, ADMIN);
                }
            }
        }
        clearance.handOver(plan.id(), id, ADMIN);
        runJobs();
        assertThat(notifications.inboxOf(applicant.applicantId()))
                .anySatisfy(m -> assertThat(m.getSubject()).contains("离校办理完成"));
    }

    private long id(long planId, Student student) {
        return clearance.students(planId, new StudentFilter(null, student.studentNo(), null, null, null, null, null,
                null, null, null, null), 0, 5).getContent().get(0).id();
    }
}
