package io.casehall.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who applies comes from real-name verification (issue 9, item 4). Per field:
 * <ul>
 *   <li>name and ID number: shown read-only from the verification, never taken from a request;</li>
 *   <li>student number: prefilled per stage from the graduate registry; another graduate's number is refused
 *   with the form kept; a number the registry does not know is accepted and marked for staff (case page, list,
 *   the task summary in Tasklist).</li>
 * </ul>
 */
class ArchiveIdentityWebTest extends ArchiveWebTest {

    @Autowired
    RuntimeService runtimeService;

    @Test
    void nameAndIdNumberAreShownFromTheVerificationAndACraftedRequestCannotChangeThem() throws Exception {
        Graduate g = graduate("钱实名");
        String form = page(g, "/apply/archive/academicRecord/new?stage=MASTER");
        assertThat(form).contains("id=\"identity\"", "id=\"verifiedName\"", "value=\"钱实名\"",
                "value=\"" + g.idNumber().substring(0, 4) + "**********" + g.idNumber().substring(14) + "\"",
                "姓名和证件号码以实名认证为准");
        // Shown, not editable, and never sent: neither input has a name.
        assertThat(form).containsPattern("id=\"verifiedName\"[^>]*readonly")
                .doesNotContain("name=\"fullName\"", "name=\"idNumber\"", g.idNumber());

        String otherId = TestIdNumbers.next();
        MvcResult submitted = mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD, UUID.randomUUID().toString(),
                "items[0].selected", "true", "fullName", "冒名者", "name", "冒名者", "idNumber", otherId,
                "applicantId", "1", "applicantName", "冒名者")).andReturn();
        ArchiveApplication application = application(submitted);
        assertThat(application.getApplicantId()).isEqualTo(g.id());

        String casePage = staffPage("/staff/archive/applications/" + application.getId(), clerk());
        assertThat(casePage).contains("钱实名").doesNotContain("冒名者", otherId);
        assertThat(summary(application)).contains("| 申请人 | 钱实名 |").doesNotContain("冒名者");
    }

    @Test
    void theStudentNumberIsPrefilledFromTheRegistryRecordOfTheChosenStage() throws Exception {
        ApplicantPrincipal applicant = applicants.create("孙两届");
        String idNumber = TestIdNumbers.next();
        String bachelor = UniqueData.studentNo();
        String master = UniqueData.studentNo();
        registry.add("孙两届", idNumber, bachelor, "本科", false);
        registry.add("孙两届", idNumber, master, "硕士研究生", false);
        Graduate g = verified(applicant, idNumber, master);

        assertThat(page(g, "/apply/archive/academicRecord/new?stage=UNDERGRADUATE"))
                .contains("name=\"studentNo\" value=\"" + bachelor + "\"");
        assertThat(page(g, "/apply/archive/academicRecord/new?stage=MASTER"))
                .contains("name=\"studentNo\" value=\"" + master + "\"");
        // No doctoral record: no number of another stage is offered for it.
        assertThat(page(g, "/apply/archive/academicRecord/new?stage=DOCTORAL"))
                .contains("name=\"studentNo\" value=\"\"").doesNotContain("value=\"" + master + "\"");

        // Either of the person's own numbers is theirs: no warning for staff.
        ArchiveApplication own = application(mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD,
                UUID.randomUUID().toString(), "stage", "UNDERGRADUATE", "studentNo", " " + bachelor.toLowerCase() + " ",
                "items[0].selected", "true")).andReturn());
        assertThat(own.getStudentNo()).isEqualTo(bachelor);
        assertThat(own.isStudentNoUnverified()).isFalse();
        assertThat(staffPage("/staff/archive/applications/" + own.getId(), clerk()))
                .doesNotContain("学号未能与学籍库核对", "student-no-warning");
        assertThat(summary(own)).doesNotContain("学号未能与学籍库核对");
    }

    @Test
    void anotherGraduatesStudentNumberIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        Graduate g = graduate("周冒用");
        Graduate other = graduate("吴本人");

        MvcResult refused = followRedirect(mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD,
                        UUID.randomUUID().toString(),
                "studentNo", other.studentNo(), "items[2].selected", "true", "items[2].copies", "3",
                "remark", "请加急办理", "department", "经济管理学院")), as(g.principal()))
                .andExpect(status().isOk()).andReturn();
        String page = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("该学号在学籍库中属于其他毕业生", "请根据提示修改标红的内容",
                "value=\"" + other.studentNo() + "\"", "请加急办理", "value=\"经济管理学院\"")
                .containsPattern("<option value=\"3\" selected=\"selected\">3</option>");
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(g.id())).isEmpty();

        // With their own number the same form goes through.
        submitted(g, ArchiveServiceType.ACADEMIC_RECORD, DeliveryMode.PICKUP, 0);
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(g.id())).hasSize(1);
    }

    @Test
    void aStudentNumberTheRegistryDoesNotKnowIsAcceptedAndMarkedForStaff() throws Exception {
        Graduate g = graduate("郑未知");
        String unknown = "X" + UniqueData.studentNo();
        ArchiveApplication application = application(mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD,
                UUID.randomUUID().toString(), "studentNo", unknown, "items[0].selected", "true")).andReturn());
        assertThat(application.getStudentNo()).isEqualTo(unknown);
        assertThat(application.isStudentNoUnverified()).isTrue();

        assertThat(staffPage("/staff/archive/applications/" + application.getId(), clerk()))
                .contains("id=\"student-no-warning\"", "学号未能与学籍库核对：学籍库中没有学号 " + unknown);
        assertThat(staffPage("/staff/archive/applications/" + application.getId() + "?lang=en", clerk()))
                .contains("Student number not found in the registry");
        assertThat(staffPage("/staff/archive?q=" + application.getNumber(), clerk())).contains("学号待核对");
        assertThat(summary(application)).contains("| 学号 | " + unknown + " ⚠ 学号未能与学籍库核对 |");

        // Malformed numbers are not taken at all.
        String malformed = followRedirect(mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD,
                        UUID.randomUUID().toString(), "studentNo", "<b>学号</b>", "items[0].selected", "true")),
                as(g.principal())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(malformed).contains("学号只能由字母、数字和连字符组成");
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(g.id())).hasSize(1);
    }

    /** The case summary staff see in their Tasklist forms. */
    private String summary(ArchiveApplication application) {
        // The summary is task-local, computed from the case record when the staff task is created.
        runJobs();
        var task = taskService.createTaskQuery().processInstanceId(reload(application).getProcessInstanceId())
                .taskDefinitionKey(ArchiveUseProcess.TASK_CHECK_REQUEST).singleResult();
        return (String) taskService.getVariableLocal(task.getId(), ArchiveUseProcess.VAR_SUMMARY);
    }

    private static RequestPostProcessor clerk() {
        return staff("clerk", "archiveClerk");
    }
}
