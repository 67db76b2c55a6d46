package io.casehall.qualification.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.ChangeRequestRepository;
import io.casehall.qualification.ChangeRequestStatus;
import io.casehall.qualification.CheckStatus;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationReviewProcess;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import io.casehall.support.TestFiles;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Step 2 through HTTP with CSRF: 确认无误; a change of non-sensitive fields applied at once; a sensitive change with
 * its proof pending until the college approves or rejects it (and asked again after a rejection); and the bad inputs:
 * a sensitive change without proof, a proof over its limit or not an image/PDF, a place that is not a county, a home
 * address without its house number, an edit after the window closed — each a Chinese message with what was typed kept.
 */
class QualificationChangeWebTest extends QualificationPortalWebSupport {

    @Autowired ChangeRequestRepository requests;
    @Autowired ChangeDecisions decisions;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired NotificationService notifications;
    @Autowired JdbcTemplate jdbc;

    static MockMultipartFile proof(int slot, String name, byte[] content) {
        return new MockMultipartFile("proof" + slot + "File", name, "application/octet-stream", content);
    }

    static StaffPrincipal reviewerOf(QualificationGraduate graduate) {
        return new StaffPrincipal("reviewer-" + graduate.getId(), "学院审核人", List.of("dataChangeApproval",
                QualificationReviewProcess.collegeGroup(graduate.getCollege())));
    }

    @Test
    void confirmingMarksTheRecordConfirmed() throws Exception {
        Bound b = bound("陈晨");
        String page = followed(mvc.perform(post("/qualification/confirm").with(as(b.applicant())).with(csrf())),
                b.applicant());
        assertThat(page).contains("已确认无误");
        assertThat(campaigns.reload(b.graduate()).getCheckStatus()).isEqualTo(CheckStatus.CONFIRMED);
    }

    @Test
    void nonSensitiveChangesApplyAtOnceAndAreAudited() throws Exception {
        Bound b = bound("林峰");
        String page = followed(mvc.perform(changeForm(b, "phone", "13812345678", "email", "linfeng@example.cn",
                "homeDivisionProvince", "210000", "homeDivisionCity", "210100", "homeDivisionDistrict", "210105",
                "homeStreet", "崇山中路", "homeHouseNo", "66号3单元")), b.applicant());

        assertThat(page).contains("修改已生效").contains("辽宁省沈阳市皇姑区崇山中路66号3单元");
        QualificationGraduate g = campaigns.reload(b.graduate());
        assertThat(g.getPhone()).isEqualTo("13812345678");
        assertThat(g.getEmail()).isEqualTo("linfeng@example.cn");
        assertThat(g.homeAddress().houseNo()).isEqualTo("66号3单元");
        assertThat(g.getCheckStatus()).isEqualTo(CheckStatus.CONFIRMED);
        assertThat(requests.findByGraduateIdOrderBySubmittedAtDesc(g.getId())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'QUALIFICATION_DATA_CHANGED' "
                + "AND object_id = ?", Integer.class, g.getId().toString())).isEqualTo(3);
    }

    @Test
    void aSensitiveChangeWithoutProofIsRefusedKeepingWhatWasTyped() throws Exception {
        Bound b = bound("黄磊");
        String page = followed(mvc.perform(changeForm(b, "name", "黄蕾", "phone", "13812345670")), b.applicant());

        assertThat(page).contains("修改姓名须上传证明材料").contains("value=\"黄蕾\"").contains("value=\"13812345670\"");
        QualificationGraduate g = campaigns.reload(b.graduate());
        assertThat(g.getName()).isEqualTo("黄磊");
        assertThat(g.getPhone()).isNotEqualTo("13812345670");
    }

    @Test
    void aSensitiveChangeIsPendingUntilTheCollegeApprovesIt() throws Exception {
        Bound b = bound("马丽");
        String page = followed(mvc.perform(changeForm(b, "name", "马莉", "ethnicity", "03")
                .file(proof(1, "户口本.pdf", TestFiles.pdf()))), b.applicant());

        assertThat(page).contains("修改申请已提交").contains("申请改为：马莉（待学院审核）").contains("申请改为：回族（待学院审核）");
        QualificationGraduate g = campaigns.reload(b.graduate());
        assertThat(g.getName()).isEqualTo("马丽");
        assertThat(g.getCheckStatus()).isEqualTo(CheckStatus.CHANGE_PENDING);
        ChangeRequest request = requests.findFirstByGraduateIdAndStatus(g.getId(), ChangeRequestStatus.PENDING)
                .orElseThrow();
        assertThat(request.getProof1DocumentId()).isNotNull();
        Task task = taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId()).singleResult();
        assertThat(task.getName()).contains(g.getStudentNo()).contains("马丽");
        assertThat(taskService.getVariableLocal(task.getId(), "changeSummary").toString()).contains("马丽 → 马莉");
        assertThat(taskService.createTaskQuery().taskId(task.getId())
                .taskCandidateGroup(QualificationReviewProcess.collegeGroup("文学院")).count()).isEqualTo(1);

        // While it is pending, the sensitive fields are locked and 确认无误 is not offered.
        assertThat(page(b.applicant(), "/qualification/change")).contains("审核结果出来前不能再修改需审核的项目");

        decisions.decide(request.getId(), true, null, reviewerOf(g));
        runJobs();

        g = campaigns.reload(g);
        assertThat(g.getName()).isEqualTo("马莉");
        assertThat(g.getEthnicity()).isEqualTo("03");
        assertThat(g.getCheckStatus()).isEqualTo(CheckStatus.CHANGED);
        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(ChangeRequestStatus.APPROVED);
        assertThat(notifications.inboxOf(b.applicant().applicantId()))
                .anySatisfy(m -> assertThat(m.getBody()).contains("审核通过"));
        assertThat(page(b.applicant(), "/cases")).contains("生源信息修改申请").contains("审核通过，修改已生效");
    }

    @Test
    void aRejectedChangeLeavesTheRecordAndMayBeAskedAgainWithAnEmptyForm() throws Exception {
        Bound b = bound("高远");
        mvc.perform(changeForm(b, "birthDate", "2001-06-04").file(proof(2, "证明.png", TestFiles.png()))).andReturn();
        QualificationGraduate g = campaigns.reload(b.graduate());
        ChangeRequest first = requests.findFirstByGraduateIdAndStatus(g.getId(), ChangeRequestStatus.PENDING).orElseThrow();

        assertThatThrownBy(() -> decisions.decide(first.getId(), false, " ", reviewerOf(g)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("qualification.decision.reasonRequired");
        decisions.decide(first.getId(), false, "证明不清晰", reviewerOf(g));
        runJobs();

        QualificationGraduate rejected = campaigns.reload(g);
        assertThat(rejected.getBirthDate()).hasToString("2001-05-04");
        assertThat(rejected.getCheckStatus()).isEqualTo(CheckStatus.CHANGE_REJECTED);
        assertThat(page(b.applicant(), "/qualification")).contains("审核不通过，修改无效").contains("证明不清晰");
        assertThat(notifications.inboxOf(b.applicant().applicantId()))
                .anySatisfy(m -> assertThat(m.getBody()).contains("证明不清晰"));

        mvc.perform(changeForm(b, "birthDate", "2001-06-04").file(proof(1, "户口本.jpg", TestFiles.jpeg())))
                .andReturn();
        ChangeRequest second = requests.findFirstByGraduateIdAndStatus(g.getId(), ChangeRequestStatus.PENDING)
                .orElseThrow();
        assertThat(second.getId()).isNotEqualTo(first.getId());
        Task task = taskService.createTaskQuery().processInstanceId(second.getProcessInstanceId()).singleResult();
        assertThat(taskService.getVariable(task.getId(), QualificationReviewProcess.VAR_DECISION)).isNull();
        assertThat(taskService.getVariable(task.getId(), QualificationReviewProcess.VAR_REASON)).isNull();
    }

    @Test
    void aReviewerOfAnotherCollegeCannotDecide() throws Exception {
        Bound b = bound("韩雪");
        mvc.perform(changeForm(b, "gender", "女").file(proof(1, "户口本.pdf", TestFiles.pdf()))).andReturn();
        ChangeRequest request = requests.findFirstByGraduateIdAndStatus(b.graduate().getId(),
                ChangeRequestStatus.PENDING).orElseThrow();
        StaffPrincipal other = new StaffPrincipal("other-reviewer", "外院审核人",
                List.of("dataChangeApproval", QualificationReviewProcess.collegeGroup("理学院")));
        assertThatThrownBy(() -> decisions.decide(request.getId(), true, null, other))
                .isInstanceOf(io.casehall.shared.web.NotFoundException.class);
        assertThat(requests.findById(request.getId()).orElseThrow().isPending()).isTrue();
    }

    @Test
    void aProofOverItsLimitOrNotAnImageOrPdfIsRefusedKeepingTheForm() throws Exception {
        Bound b = bound("宋佳");
        byte[] large = java.util.Arrays.copyOf(TestFiles.pdf(), 3 * 1024 * 1024 + 10);
        String page = followed(mvc.perform(changeForm(b, "name", "宋嘉")
                .file(proof(2, "证明.pdf", large))), b.applicant());
        assertThat(page).contains("过大，最大允许 3 MB").contains("请重新选择文件").contains("value=\"宋嘉\"");

        page = followed(mvc.perform(changeForm(b, "name", "宋嘉")
                .file(proof(1, "户口本.jpg", TestFiles.windowsExecutable()))), b.applicant());
        assertThat(page).contains("不是真正的 JPG 文件").contains("value=\"宋嘉\"");
        assertThat(requests.findByGraduateIdOrderBySubmittedAtDesc(b.graduate().getId())).isEmpty();
    }

    @Test
    void aProofKeptFromARefusedFormIsUsedWhenItComesBack() throws Exception {
        Bound b = bound("冯刚");
        String page = followed(mvc.perform(changeForm(b, "name", "冯钢", "email", "not-an-address")
                .file(proof(1, "户口本.pdf", TestFiles.pdf()))), b.applicant());
        assertThat(page).contains("电子信箱格式不正确").contains("已上传：户口本.pdf");
        String proofId = page.replaceAll("(?s).*name=\"proof1Id\" value=\"([^\"]+)\".*", "$1");

        mvc.perform(changeForm(b, "name", "冯钢", "proof1Id", proofId)).andReturn();
        assertThat(requests.findFirstByGraduateIdAndStatus(b.graduate().getId(), ChangeRequestStatus.PENDING))
                .hasValueSatisfying(r -> assertThat(r.getProof1DocumentId()).hasToString(proofId));
    }

    @Test
    void anOriginPlaceMustBeACountyOfTheList() throws Exception {
        Bound b = bound("邓超");
        String city = followed(mvc.perform(changeForm(b, "originPlaceProvince", "210000", "originPlaceCity", "210100",
                "originPlaceDistrict", "").file(proof(1, "户口本.pdf", TestFiles.pdf()))), b.applicant());
        assertThat(city).contains("请选择到区县一级").contains("<option value=\"210100\" selected=\"selected\"");

        String unknown = followed(mvc.perform(changeForm(b, "originPlaceProvince", "210000", "originPlaceCity", "210100",
                "originPlaceDistrict", "210199").file(proof(1, "户口本.pdf", TestFiles.pdf()))), b.applicant());
        assertThat(unknown).contains("不在行政区划代码表中");
        assertThat(campaigns.reload(b.graduate()).getOriginPlaceCode()).isEqualTo("110108");
    }

    @Test
    void theFormOpensWithTheImportedAddressInItsPartsAndTheIdentityFieldsReadOnly() throws Exception {
        Bound b = bound("邓超");
        String form = page(b.applicant(), "/qualification/change");
        assertThat(form).contains("<th>学号</th><td>" + b.graduate().getStudentNo() + "</td>",
                "<th>考生号</th><td>23110108150001</td>", "<th>学院</th><td>文学院</td>",
                "<th>学历</th><td>本科生毕业</td>", "<th>专业</th><td>汉语言文学</td>",
                "<option value=\"210000\" selected=\"selected\">辽宁省</option>",
                "<option value=\"210100\" selected=\"selected\">沈阳市</option>",
                "<option value=\"210105\" selected=\"selected\">皇姑区</option>",
                "value=\"崇山中路\"", "value=\"66号\"");
    }

    @Test
    void theImportedAddressSubmittedAsItOpenedStaysAsImported() throws Exception {
        Bound b = bound("蔡琳");
        String[] asOpened = {"homeDivisionProvince", "210000", "homeDivisionCity", "210100",
                "homeDivisionDistrict", "210105", "homeStreet", "崇山中路", "homeHouseNo", "66号"};
        followed(mvc.perform(changeForm(b, with(asOpened, "email", "cailin@example.cn"))), b.applicant());
        QualificationGraduate g = campaigns.reload(b.graduate());
        assertThat(g.getEmail()).isEqualTo("cailin@example.cn");
        assertThat(g.homeAddress().textOnly()).as("no address change was recorded").isTrue();
        assertThat(g.getHomeAddress()).isEqualTo("辽宁省沈阳市皇姑区崇山中路66号");

        String page = followed(mvc.perform(changeForm(b, with(asOpened, "homeHouseNo", "66号2单元"))),
                b.applicant());
        assertThat(page).contains("辽宁省沈阳市皇姑区崇山中路66号2单元");
        assertThat(campaigns.reload(b.graduate()).homeAddress().houseNo()).isEqualTo("66号2单元");
    }

    private static String[] with(String[] values, String... more) {
        String[] all = java.util.Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    @Test
    void aHomeAddressNeedsItsHouseNumber() throws Exception {
        Bound b = bound("曹颖");
        String page = followed(mvc.perform(changeForm(b, "homeDivisionProvince", "110000", "homeDivisionCity", "110105",
                "homeStreet", "朝阳路", "homeHouseNo", "")), b.applicant());
        assertThat(page).contains("请填写门牌号或村民小组").contains("value=\"朝阳路\"");
    }

    @Test
    void afterTheGraduateWindowClosedNothingCanBeEdited() throws Exception {
        Bound b = bound("蒋欣");
        campaigns.closeGraduateWindow(b.campaign());

        assertThat(page(b.applicant(), "/qualification")).contains("提交时间已结束").doesNotContain("确认无误</button>");
        assertThat(followed(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/qualification/change").with(as(b.applicant()))), b.applicant())).contains("提交时间已结束");
        assertThat(followed(mvc.perform(changeForm(b, "phone", "13812345671")), b.applicant()))
                .contains("提交时间已结束");
        assertThat(followed(mvc.perform(post("/qualification/confirm").with(as(b.applicant())).with(csrf())),
                b.applicant())).contains("提交时间已结束");
        QualificationGraduate g = campaigns.reload(b.graduate());
        assertThat(g.getPhone()).isNotEqualTo("13812345671");
        assertThat(g.getCheckStatus()).isEqualTo(CheckStatus.NOT_SUBMITTED);
    }
}
