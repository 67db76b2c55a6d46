package io.casehall.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.archive.content.ContentEditing;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every select, radio and checkbox value of the application form is one the page offers, every text within the
 * page's maxlength, every row index one of the rows the page shows (issue 9, item 6). Anything else brings the
 * form back — status 200, the message at the field, what was typed kept — and creates nothing; the staff content
 * editor answers the same way.
 */
class ArchiveFormLimitsWebTest extends ArchiveWebTest {

    @Autowired
    ContentEditing contents;

    private static final String KEPT = "这句备注必须保留";
    private static Graduate applicant;

    static Stream<Arguments> hostileValues() {
        String rows = "申请内容的数据有误";
        String option = "请从列表中选择";
        String format = "格式不正确";
        return Stream.of(
                Arguments.of("schoolingLength", "7年", option),
                Arguments.of("educationLevel", "研究生", option),
                Arguments.of("degreeType", "<script>", option),
                Arguments.of("studyMode", "半脱产", option),
                Arguments.of("studyCategory", "博士后", option),
                Arguments.of("stage", "POSTDOC", format),
                Arguments.of("stage", "", "请选择所需阶段材料"),
                Arguments.of("deliveryMode", "DRONE", format),
                Arguments.of("items[0].copies", "11", "份数须为 1 至 10 份"),
                Arguments.of("items[0].copies", "-1", "份数须为 1 至 10 份"),
                Arguments.of("items[0].copies", "abc", format),
                Arguments.of("items[0].type", "DIPLOMA_TRANSLATION", rows),
                Arguments.of("items[0].type", "NO_SUCH_ITEM", format),
                Arguments.of("items[999].selected", "true", rows),
                Arguments.of("items[-1].selected", "true", rows),
                Arguments.of("items[x].selected", "true", rows),
                Arguments.of("items[4].selected", "true", rows),
                Arguments.of("items[0].documentIds[7]", UUID.randomUUID().toString(), rows),
                Arguments.of("items[0].documentIds", "not-a-document", format),
                Arguments.of("studentNo", "2".repeat(33), "最多 32 个字"),
                Arguments.of("department", "系".repeat(129), "最多 128 个字"),
                Arguments.of("major", "专".repeat(129), "最多 128 个字"),
                Arguments.of("recipientName", "名".repeat(65), "最多 64 个字"),
                Arguments.of("recipientPhone", "1".repeat(33), "最多 32 个字"),
                Arguments.of("postalAddress", "址".repeat(256), "最多 255 个字"),
                Arguments.of("enrolmentDate", "0001-01-01", "请填写 1900 年至 2100 年之间的日期"),
                Arguments.of("graduationDate", "99999-01-01", "请按“年-月-日”格式填写日期"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("hostileValues")
    void aValueThePageDoesNotOfferBringsTheFormBackWithAMessage(String field, String value, String message)
            throws Exception {
        Graduate g = applicant();
        int before = applications.findByApplicantIdOrderBySubmittedAtDesc(g.id()).size();
        String page = followRedirect(mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD,
                        UUID.randomUUID().toString(),
                        "items[0].selected", "true", "remark", KEPT, field, value)), as(g.principal()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String untouched = field.equals("major") ? DEPARTMENT : MAJOR;
        assertThat(page).contains("id=\"application-form\"", message, KEPT, "value=\"" + untouched + "\"");
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(g.id())).hasSize(before);
    }

    @Test
    void anOverLongRemarkComesBackAsTyped() throws Exception {
        Graduate g = graduate("冯长备注");
        String remark = "备".repeat(501);
        String page = followRedirect(mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD,
                        UUID.randomUUID().toString(),
                        "items[0].selected", "true", "remark", remark)), as(g.principal()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("最多 500 个字", remark);
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(g.id())).isEmpty();
    }

    @Test
    void theStaffContentEditorTakesOnlyTheRowsAndValuesItShows() throws Exception {
        Graduate g = graduate("冯编辑");
        ArchiveApplication application = submitted(g, ArchiveServiceType.ACADEMIC_RECORD, DeliveryMode.PICKUP, 0);
        accept(application);
        Long itemId = contents.caseFile(application.getId()).application().getItems().get(0).getId();
        String url = "/staff/archive/applications/" + application.getId() + "/items/" + itemId + "/content";
        String[][] hostile = {
                {"lines[999].textZh", "超出的行"},
                {"lines[-1].textZh", "负数行"},
                {"lines[0].kind", "TABLE"},
                {"lines[0].id", "abc"},
                {"lines[0].proposedEn", "not read back"},
        };
        for (String[] change : hostile) {
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
            fields.put("lines[0].kind", "FIELD");
            fields.put("lines[0].labelZh", "保留的标签");
            fields.put(change[0], change[1]);
            var request = post(url).with(staff("clerk", "archiveClerk")).with(csrf());
            fields.forEach(request::param);
            String page = followRedirect(mvc.perform(request), staff("clerk", "archiveClerk"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(change[0]).contains("提交的内容行有误", "保留的标签");
        }
        String tooLong = followRedirect(mvc.perform(post(url).with(staff("clerk", "archiveClerk")).with(csrf())
                        .param("lines[0].kind", "FIELD").param("lines[0].textEn", "e".repeat(1001))),
                staff("clerk", "archiveClerk"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooLong).containsAnyOf("第 1 行内容过长", "最多 1000 个字");
    }

    private Graduate applicant() throws Exception {
        if (applicant == null) {
            applicant = graduate("严边界");
        }
        return applicant;
    }
}
