package io.casehall.deposit.web;

import static io.casehall.deposit.ArchiveDepositProcess.DECISION_REJECT;
import static io.casehall.deposit.ArchiveDepositProcess.TASK_AUDIT;
import static io.casehall.deposit.ArchiveDepositProcess.VAR_AUDIT_DECISION;
import static io.casehall.deposit.ArchiveDepositProcess.VAR_AUDIT_REASON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositStatus;
import io.casehall.support.TestFiles;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The bad input of issue 12 item 8 through the pages: each comes back as a message at its field (Chinese, or
 * English with the English bundle), with everything typed and every file stored still there, and no 500.
 */
class DepositPortalRefusalsWebTest extends DepositPortalWebSupport {

    @Test
    void badFilesMissingIdBackUnorderedHistoryNoAgencyAndNoAgreementComeBackWithEverythingTyped() throws Exception {
        ApplicantPrincipal applicant = applicant("孙错填");
        String token = token(applicant, FORM_URL + ELIGIBLE);
        ResultActions sent = mvc.perform(depositForm(applicant, FORM_URL, token,
                        "domesticHistory[0].from", "2016-09-01", "domesticHistory[0].to", "2019-07-31",
                        "domesticHistory[1].from", "2019-06-01", "domesticHistory[1].to", "2023-06-30",
                        "domesticHistory[2].from", "2015-01-01", "domesticHistory[2].to", "2015-12-31",
                        "domesticHistory[2].organisation", "某某初中", "domesticHistory[2].role", "初中",
                        "agencyName", " ", "agreementAccepted", null, "contactName", "孙母", "birthDate", "2001-13-45")
                .file(pdf("ID_FRONT", "身份证正面.pdf"))
                .file(new MockMultipartFile("file_SUPPLEMENTARY", "存档凭证.pdf", "application/pdf",
                        Arrays.copyOf(TestFiles.pdf(), 1_153_434))))
                .andExpect(redirectedUrl(FORM_URL + ELIGIBLE));
        String page = followed(sent, applicant);
        assertThat(page).contains("申请未提交：请根据提示修改标红的内容", "请上传身份证反面（PDF，小于 1 MB）。",
                "存档凭证.pdf", "过大", "该文件未保存，请重新选择文件。", "第 2 条履历与上一条时间重叠。",
                "第 3 条履历的时间早于上一条", "请填写现档案保管机构的全称", "本人已阅读并同意《人事档案调转协议》",
                "请按“年-月-日”格式填写日期", "value=\"2001-13-45\"", "value=\"孙母\"", "value=\"某某初中\"",
                "value=\"伦敦大学学院\"", "value=\"" + token + "\"", "身份证正面.pdf");
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(applicant.applicantId())).isEmpty();

        // The kept ID front goes along; a PNG as the back side is refused by its content, in English this time.
        String keptFront = valueOf(page, "uploads[0].documentId");
        String english = followed(mvc.perform(depositForm(applicant, FORM_URL, token,
                        "uploads[0].kind", "ID_FRONT", "uploads[0].documentId", keptFront, "agencyName", "")
                .file(new MockMultipartFile("file_ID_BACK", "back.pdf", "application/pdf", TestFiles.png()))
                .cookie(new Cookie("casehall-lang", "en"))), applicant);
        assertThat(english).contains("back.pdf", "Please enter the full name of the agency holding your archive",
                "身份证正面.pdf", "Not submitted");

        // Corrected: the kept front and a real PDF back.
        String done = mvc.perform(depositForm(applicant, FORM_URL, token,
                        "uploads[0].kind", "ID_FRONT", "uploads[0].documentId", keptFront)
                .file(pdf("ID_BACK", "身份证反面.pdf"))).andReturn().getResponse().getRedirectedUrl();
        assertThat(done).startsWith("/apply/deposit/applications/");
    }

    @Test
    void aSecondOpenDepositIsRefusedBeforeTheFormAndASecondFormKeepsWhatWasTyped() throws Exception {
        ApplicantPrincipal applicant = applicant("周两次");
        String token = token(applicant, FORM_URL + ELIGIBLE);
        submitted(applicant);
        assertThat(page(applicant, "/apply/deposit/returning/form?applicantGroup=finishedAbroad&archiveKeeper=publicAgency"))
                .contains("您已有一份正在办理的同类申请").doesNotContain("id=\"deposit-form\"");

        String page = followed(mvc.perform(depositForm(applicant, FORM_URL, token, "contactName", "周父")
                .file(pdf("ID_FRONT", "正面.pdf")).file(pdf("ID_BACK", "反面.pdf"))), applicant);
        assertThat(page).contains("您已有一份正在办理的同类申请", "value=\"周父\"", "正面.pdf", "反面.pdf");
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(applicant.applicantId())).hasSize(1);
    }

    @Test
    void modifyingIsRefusedUnderAuditAndAfterARejectionTheCaseIsResubmittedWithBothRoundsKept() throws Exception {
        ApplicantPrincipal applicant = applicant("吴修改");
        DepositApplication application = submitted(applicant);
        runJobs();
        String modifyUrl = url(application) + "/modify";
        String form = page(applicant, modifyUrl);
        assertThat(form).contains("修改申请", "value=\"北京市海淀区人才服务中心\"", "value=\"北京市第一中学\"", "身份证正面.pdf");
        String token = valueOf(form, "submissionKey");

        cases.claimAudit(reload(application));
        mvc.perform(get(modifyUrl).with(as(applicant))).andExpect(redirectedUrl(url(application)));
        assertThat(page(applicant, url(application))).contains("审核中").doesNotContain("id=\"modify-link\"", "id=\"cancel-link\"");
        String refused = followed(mvc.perform(depositForm(applicant, modifyUrl, token, "agencyName", "上海市人才服务中心")),
                applicant);
        assertThat(refused).contains("已在审核中或已审核，不能修改", "value=\"上海市人才服务中心\"");

        cases.complete(reload(application), TASK_AUDIT, Map.of(VAR_AUDIT_DECISION, DECISION_REJECT,
                VAR_AUDIT_REASON, "身份证反面不清晰"));
        runJobs();
        assertThat(page(applicant, "/cases?procedure=deposit")).contains("审核不通过", "身份证反面不清晰");
        String rejected = page(applicant, url(application));
        assertThat(rejected).contains("审核不通过", "第 1 轮审核", "身份证反面不清晰", "id=\"modify-link\"");

        String again = page(applicant, modifyUrl);
        String resent = mvc.perform(depositForm(applicant, modifyUrl, valueOf(again, "submissionKey"),
                        "agencyName", "北京市人才服务中心",
                        "uploads[0].kind", "ID_FRONT", "uploads[0].documentId", valueOf(again, "uploads[0].documentId"))
                .file(pdf("ID_BACK", "清晰的反面.pdf"))).andReturn().getResponse().getRedirectedUrl();
        assertThat(resent).isEqualTo(url(application));
        runJobs();
        DepositApplication resubmitted = reload(application);
        assertThat(resubmitted.getStatus()).isEqualTo(DepositStatus.SUBMITTED);
        assertThat(page(applicant, url(application))).contains("北京市人才服务中心", "清晰的反面.pdf", "第 1 轮审核");
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(applicant.applicantId())).hasSize(1);
    }

    @Test
    void cancellingAsksForConfirmationFirst() throws Exception {
        ApplicantPrincipal applicant = applicant("郑取消");
        DepositApplication application = submitted(applicant);
        runJobs();
        String confirmation = page(applicant, url(application) + "/cancel");
        assertThat(confirmation).contains("取消申请 " + application.getNumber(), "不能恢复", "name=\"confirm\"");
        String token = valueOf(confirmation, "submissionKey");

        mvc.perform(post(url(application) + "/cancel").param("submissionKey", token).with(as(applicant)).with(csrf()))
                .andExpect(redirectedUrl(url(application) + "/cancel"));
        assertThat(reload(application).getStatus()).as("not without the tick").isEqualTo(DepositStatus.SUBMITTED);

        mvc.perform(post(url(application) + "/cancel").param("submissionKey", token).param("confirm", "yes")
                .with(as(applicant)).with(csrf())).andExpect(redirectedUrl(url(application)));
        runJobs();
        assertThat(reload(application).getStatus()).isEqualTo(DepositStatus.CANCELLED);
        assertThat(page(applicant, "/cases?procedure=deposit")).contains("已取消").doesNotContain("修改申请</a>");
        mvc.perform(get(url(application) + "/cancel").with(as(applicant))).andExpect(redirectedUrl(url(application)));
        mvc.perform(post(url(application) + "/cancel").param("submissionKey", token).param("confirm", "yes")
                .with(as(applicant)).with(csrf())).andExpect(redirectedUrl(url(application)));
    }
}
