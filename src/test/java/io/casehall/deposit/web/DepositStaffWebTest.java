package io.casehall.deposit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositService;
import io.casehall.deposit.DepositTestCases;
import io.casehall.shared.audit.AuditEvent;
import io.casehall.shared.audit.AuditEventRepository;
import io.casehall.staff.StaffPrincipal;
import io.casehall.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The deposit case page and its uploads in the staff console: who may open them, what they show, the audit trail. */
class DepositStaffWebTest extends IntegrationTest {

    private static final String AUDITOR = "depositWebAuditor";

    @Autowired DepositService deposits;
    @Autowired DepositTestCases cases;
    @Autowired TestApplicants applicants;
    @Autowired IdentityService identity;
    @Autowired AuditEventRepository auditEvents;

    static RequestPostProcessor staff(String userId, String group) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal(userId, userId, List.of(group)), null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF", "GROUP_" + group)));
    }

    private void ensureAuditor() {
        if (identity.createUserQuery().userId(AUDITOR).count() == 0) {
            User user = identity.newUser(AUDITOR);
            user.setFirstName("测试审核");
            user.setLastName("");
            user.setPassword("Staff-Test-2026");
            identity.saveUser(user);
            identity.createMembership(AUDITOR, "depositAudit");
        }
    }

    @Test
    void auditorsSeeTheCaseAndDownloadTheIdPhotosWhichIsAudited() throws Exception {
        ensureAuditor();
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("林清", false);
        DepositApplication application = deposits.submit(applicant, cases.goingAbroad(applicant), DepositTestCases.idCard());
        runJobs();
        String casePage = "/staff/deposit/" + application.getId();

        mvc.perform(get(casePage).with(staff("clerk", "archiveClerk"))).andExpect(status().isForbidden());
        String page = mvc.perform(get(casePage).with(staff(AUDITOR, "depositAudit"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(application.getNumber(), "申请已提交", "出国(境)存档", "北京市海淀区人才服务中心",
                "大连理工大学", "身份证正面.pdf", "审核存档申请");

        UUID front = deposits.findOwned(applicant.applicantId(), application.getId()).getUploads().get(0).getDocumentId();
        String file = casePage + "/files/" + front;
        byte[] pdf = mvc.perform(get(file).with(staff(AUDITOR, "depositAudit"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(auditEvents.findByObjectTypeAndObjectIdOrderByIdAsc("deposit-application", application.getNumber()))
                .extracting(AuditEvent::getAction).contains("DEPOSIT_UPLOAD_READ");

        mvc.perform(get(casePage + "/files/" + UUID.randomUUID()).with(staff(AUDITOR, "depositAudit")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/deposit/99999999").with(staff(AUDITOR, "depositAudit"))).andExpect(status().isNotFound());

        deposits.cancel(applicant, application.getId());
        runJobs();
        // No open work on the case any more: the ID photos are no longer readable.
        mvc.perform(get(file).with(staff(AUDITOR, "depositAudit"))).andExpect(status().isNotFound());
    }
}
