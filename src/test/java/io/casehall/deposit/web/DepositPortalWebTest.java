package io.casehall.deposit.web;

import static io.casehall.deposit.ArchiveDepositProcess.DECISION_APPROVE;
import static io.casehall.deposit.ArchiveDepositProcess.ENVELOPE_WITH_SLIP;
import static io.casehall.deposit.ArchiveDepositProcess.TASK_AUDIT;
import static io.casehall.deposit.ArchiveDepositProcess.TASK_REGISTER_ENVELOPE;
import static io.casehall.deposit.ArchiveDepositProcess.VAR_AUDIT_DECISION;
import static io.casehall.deposit.ArchiveDepositProcess.VAR_ENVELOPE_OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositStatus;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The applicant's way in: the questions, a refusal before the form, the form, the case page, the list. */
class DepositPortalWebTest extends DepositPortalWebSupport {

    @Test
    void anIneligibleApplicantIsToldWhyBeforeAnyFormIsFilled() throws Exception {
        ApplicantPrincipal applicant = applicant("王自管");
        String questions = page(applicant, "/apply/deposit/goingAbroad");
        assertThat(questions).contains("您属于哪一类人员？", "国家公派留学人员", "本人保管", "value=\"graduateDirect\"")
                .doesNotContain("deposit-form");

        String keptBySelf = page(applicant, FORM_URL + "?applicantGroup=graduateDirect&archiveKeeper=self");
        assertThat(keptBySelf).contains("档案保管在个人手中的，本中心不予受理", "/deposit/guide/goingAbroad", "重新回答")
                .doesNotContain("id=\"deposit-form\"", "submissionKey");
        assertThat(page(applicant, FORM_URL + "?applicantGroup=governmentSponsored&archiveKeeper=publicAgency"))
                .contains("国家公派留学人员不在本中心存档受理范围").doesNotContain("id=\"deposit-form\"");
        assertThat(page(applicant, "/apply/deposit/transferOut/form")).as("no archive deposited here yet")
                .contains("您的档案尚未存入本中心").doesNotContain("id=\"deposit-form\"");

        mvc.perform(get(FORM_URL).with(as(applicant))).andExpect(redirectedUrl("/apply/deposit/goingAbroad"));
        mvc.perform(get("/apply/deposit/noSuchService").with(as(applicant))).andExpect(status().isNotFound());

        String form = page(applicant, FORM_URL + ELIGIBLE);
        assertThat(form).contains("id=\"deposit-form\"", "王自管", "出国(境)存档", "户籍所在地", "请选择",
                "<option value=\"01\">汉族</option>", "<option value=\"56\">基诺族</option>", "国内联系人手机号",
                "出国(境)前国内个人履历", "国(境)外留学经历", "现档案保管机构全称", "name=\"file_ID_FRONT\"",
                "name=\"file_ID_BACK\"", "name=\"file_SUPPLEMENTARY\"", "/deposit/agreement", "《人事档案调转协议》",
                "提交申请", "value=\"add:domesticHistory\"", "/js/deposit-rows.js");
        assertThat(form).containsPattern("id=\"verifiedIdNumber\" value=\"\\d{3,6}\\*+\\w{4}\" readonly")
                .doesNotContain("style=\"");
    }

    @Test
    void aCompleteSubmissionStartsTheCaseAndLandsOnItsPage() throws Exception {
        ApplicantPrincipal applicant = applicant("李明");
        String token = token(applicant, FORM_URL + ELIGIBLE);
        MvcResult first = mvc.perform(depositForm(applicant, FORM_URL, token)
                .file(pdf("ID_FRONT", "身份证正面.pdf")).file(pdf("ID_BACK", "身份证反面.pdf"))
                .file(pdf("SUPPLEMENTARY", "存档凭证.pdf"))).andReturn();
        String target = first.getResponse().getRedirectedUrl();
        assertThat(target).matches("/apply/deposit/applications/\\d+");
        DepositApplication application = applications.findById(Long.valueOf(target.substring(target.lastIndexOf('/') + 1)))
                .orElseThrow();
        assertThat(application.getProcessInstanceId()).as("the case started").isNotNull();
        assertThat(application.getStatus()).isEqualTo(DepositStatus.SUBMITTED);
        assertThat(first.getFlashMap().get("okMessage").toString()).contains("提交成功，申请单号 " + application.getNumber());

        MvcResult again = mvc.perform(depositForm(applicant, FORM_URL, token)).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).as("the same form sent again").isEqualTo(target);
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(applicant.applicantId())).hasSize(1);

        String casePage = page(applicant, target);
        assertThat(casePage).contains(application.getNumber(), "申请已提交", "审核中", "档案已存入", "修改申请", "取消",
                "北京市海淀区人才服务中心", "北京市第一中学", "伦敦大学学院", "身份证正面.pdf", "存档凭证.pdf", "汉族", "共青团员",
                "138****5678").doesNotContain("13812345678", "13900139000");
        assertThat(casePage).containsPattern("id=\"masked-id\">\\d{3,6}\\*+\\w{4}<");
        String file = deposits.findOwned(applicant.applicantId(), application.getId()).getUploads().get(0)
                .getDocumentId().toString();
        mvc.perform(get(target + "/files/" + file).with(as(applicant)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));

        mvc.perform(get("/apply/deposit/applications").with(as(applicant)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases?procedure=deposit"));
        String list = page(applicant, "/cases?procedure=deposit");
        assertThat(list).contains("档案状态", "档案未存入", "档案编号", "序号", "申请业务类型", "审核状态", "申请时间",
                "审核/取消时间", "操作", "出国(境)存档", application.getNumber(), "查看", "修改申请", "取消");
        assertThat(page(applicant, "/cases?procedure=deposit&lang=en")).contains("Archive status",
                "Archive not deposited", "Review status", "Deposit when going abroad");

        ApplicantPrincipal stranger = applicant("张三");
        mvc.perform(get(target).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(target + "/files/" + file).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(target + "/modify").with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(target + "/cancel").with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/apply/deposit/applications/abc").with(as(applicant))).andExpect(status().isNotFound());
    }

    @Test
    void everyPostNeedsItsCsrfToken() throws Exception {
        ApplicantPrincipal applicant = applicant("赵无令");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(FORM_URL)
                        .param("submissionKey", UUID.randomUUID().toString()).with(as(applicant)))
                .andExpect(status().isForbidden());
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(applicant.applicantId())).isEmpty();
        DepositApplication application = submitted(applicant);
        mvc.perform(post(url(application) + "/cancel").param("confirm", "yes")
                        .param("submissionKey", UUID.randomUUID().toString()).with(as(applicant)))
                .andExpect(status().isForbidden());
        mvc.perform(post(url(application) + "/modify").with(as(applicant))).andExpect(status().isForbidden());
        assertThat(reload(application).getStatus()).isEqualTo(DepositStatus.SUBMITTED);
    }

    @Test
    void rowsAreAddedAndRemovedWithoutScriptAndNothingTypedIsLost() throws Exception {
        ApplicantPrincipal applicant = applicant("钱增行");
        String token = token(applicant, FORM_URL + ELIGIBLE);
        String added = followed(mvc.perform(depositForm(applicant, FORM_URL, token, "rowAction", "add:domesticHistory",
                "contactName", "钱母").file(pdf("ID_FRONT", "正面.pdf"))), applicant);
        assertThat(added).contains("name=\"domesticHistory[2].from\"", "大连理工大学", "value=\"钱母\"", "正面.pdf")
                .doesNotContain("申请未提交", "field-error\">");
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(applicant.applicantId())).isEmpty();

        String removed = followed(mvc.perform(depositForm(applicant, FORM_URL, token,
                "rowAction", "remove:domesticHistory:0")), applicant);
        assertThat(removed).contains("大连理工大学").doesNotContain("北京市第一中学", "name=\"domesticHistory[1].from\"");
        String study = followed(mvc.perform(depositForm(applicant, FORM_URL, token, "rowAction", "add:overseasStudy")), applicant);
        assertThat(study).contains("name=\"overseasStudy[1].institution\"", "伦敦大学学院");
    }

    @Test
    void aDepositedArchiveShowsItsNumberAndCanBeTransferredOutWithTheShortForm() throws Exception {
        ApplicantPrincipal applicant = applicant("冯转出");
        DepositApplication deposit = submitted(applicant);
        runJobs();
        cases.complete(reload(deposit), TASK_AUDIT, Map.of(VAR_AUDIT_DECISION, DECISION_APPROVE));
        runJobs();
        assertThat(page(applicant, url(deposit))).contains("审核通过", "id=\"issued-document\"", url(deposit) + "/document")
                .doesNotContain("id=\"modify-link\"");
        mvc.perform(get(url(deposit) + "/document").with(as(applicant))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        mvc.perform(get(url(deposit) + "/document").with(as(applicant("韩他人")))).andExpect(status().isNotFound());
        cases.complete(reload(deposit), TASK_REGISTER_ENVELOPE, Map.of(VAR_ENVELOPE_OUTCOME, ENVELOPE_WITH_SLIP));
        runJobs();
        String archiveNumber = reload(deposit).getArchiveNumber();
        assertThat(page(applicant, url(deposit))).contains("档案已存入", archiveNumber, "已收到（贴有下联）");
        assertThat(page(applicant, "/cases?procedure=deposit")).contains("档案已存入", archiveNumber);

        mvc.perform(get("/apply/deposit/transferOut").with(as(applicant)))
                .andExpect(redirectedUrl("/apply/deposit/transferOut/form"));
        String form = page(applicant, "/apply/deposit/transferOut/form");
        assertThat(form).contains("id=\"deposit-form\"", "用途", "档案接收单位全称")
                .doesNotContain("出国(境)前国内个人履历", "file_ID_FRONT");
        String token = valueOf(form, "submissionKey");
        String refused = followed(mvc.perform(multipart("/apply/deposit/transferOut/form").with(as(applicant)).with(csrf())
                .param("submissionKey", token).param("purpose", "回国就业")), applicant);
        assertThat(refused).contains("请填写档案转往的接收单位全称", "回国就业");
        String target = mvc.perform(multipart("/apply/deposit/transferOut/form").with(as(applicant)).with(csrf())
                        .param("submissionKey", token).param("purpose", "回国就业").param("receivingAgency", "上海市人才服务中心"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page(applicant, target)).contains("档案转出", "申请已提交", "上海市人才服务中心");
    }
}
