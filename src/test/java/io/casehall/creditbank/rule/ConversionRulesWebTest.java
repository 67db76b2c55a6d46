package io.casehall.creditbank.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestFiles;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 转换规则管理 as an institution user meets it: 转换规则制定 (保存, 发布 refused without a published conversion method,
 * 发布 with one), the code, no edit or delete while published, 撤回发布, edit and delete afterwards, the 与我相关 tab,
 * the content rules (source = target, major without course, a tampered target, credits, description, not a PDF)
 * with everything typed kept, the source search's 添加, the portal's public list, and the dashboard counters.
 */
class ConversionRulesWebTest extends IntegrationTest {

    @Autowired
    RuleFixtures fixtures;
    @Autowired
    ConversionRuleRepository rules;
    @Autowired
    Clock clock;

    private InstitutionPrincipal me;
    private RequestPostProcessor asMe;
    private InstitutionPrincipal other;
    private long source;
    private long major;
    private long course;

    @BeforeEach
    void setUp() {
        me = fixtures.institution("长沙理工大学");
        asMe = RuleFixtures.as(me);
        other = fixtures.institution("新疆美食培训");
        source = fixtures.nonDegreeCertificate(other, "学习成果名录3");
        major = fixtures.degreeCertificate(me, "经济统计学毕业证书(本科)");
        course = fixtures.course(me, "测试成果1");
    }

    private Map<String, String> typed() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "NON_DEGREE_TO_DEGREE");
        fields.put("sources[0].achievementId", String.valueOf(source));
        fields.put("sources[0].credits", "5");
        fields.put("targetMajorId", String.valueOf(major));
        fields.put("targetCourseId", String.valueOf(course));
        fields.put("description", "按学分银行标准转换");
        fields.put("commitment", "true");
        return fields;
    }

    private MvcResult submit(String url, Map<String, String> fields, String action, byte[] file, String fileName)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(url);
        if (file != null) {
            request.file(new MockMultipartFile("file", fileName, "application/pdf", file));
        }
        fields.forEach(request::param);
        request.param("action", action);
        return mvc.perform(request.with(csrf()).with(asMe)).andExpect(status().is3xxRedirection()).andReturn();
    }

    private static String error(MvcResult result) {
        return (String) result.getFlashMap().get("errorMessage");
    }

    private static RuleForm keptForm(MvcResult result) {
        return (RuleForm) result.getFlashMap().get("form");
    }

    private static long idOf(MvcResult result) {
        String url = result.getResponse().getRedirectedUrl();
        assertThat(url).matches("/institution/rules/\\d+");
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(asMe)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void createSavePublishWithdrawEditDelete() throws Exception {
        assertThat(page("/institution/rules/new")).contains("转换规则制定", "本人郑重承诺发布的信息真实有效");

        // 发布 without a published conversion method: refused, nothing stored, everything typed kept.
        MvcResult refused = submit("/institution/rules/new", typed(), "publish", TestFiles.pdf(), "规则.pdf");
        assertThat(error(refused)).contains("转换办法发布");
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/institution/rules/new");
        assertThat(keptForm(refused).getDescription()).isEqualTo("按学分银行标准转换");
        assertThat(keptForm(refused).getDocumentId()).isNotNull();
        assertThat(rules.countPerStatus(me.institutionId())).isEmpty();

        // 保存: 未发布, the code is today's date and a 4-digit number; the kept file is used.
        Map<String, String> withFile = typed();
        withFile.put("documentId", keptForm(refused).getDocumentId().toString());
        long id = idOf(submit("/institution/rules/new", withFile, "save", null, null));
        ConversionRule saved = rules.findById(id).orElseThrow();
        assertThat(saved.getStatus()).isEqualTo(RuleStatus.DRAFT);
        assertThat(saved.getCode()).matches("^\\d{12}$")
                .startsWith(LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(saved.getFileName()).isEqualTo("规则.pdf");
        String view = page("/institution/rules/" + id);
        assertThat(view).contains(saved.getCode(), "学习成果名录3", "经济统计学毕业证书(本科)", "测试成果1",
                "按学分银行标准转换", "规则.pdf", "本转换规则的解释权归" + me.institutionName() + "所有。");
        assertThat(mvc.perform(get("/institution/rules/" + id + "/file").with(asMe)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());

        // 发布 of the saved rule: refused without a method, accepted with one.
        MvcResult publishRefused = mvc.perform(post("/institution/rules/" + id + "/publish").with(csrf()).with(asMe))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(error(publishRefused)).contains("转换办法发布");
        assertThat(rules.findById(id).orElseThrow().getStatus()).isEqualTo(RuleStatus.DRAFT);
        fixtures.publishedMethod(me);
        mvc.perform(post("/institution/rules/" + id + "/publish").with(csrf()).with(asMe))
                .andExpect(status().is3xxRedirection());
        assertThat(rules.findById(id).orElseThrow().getStatus()).isEqualTo(RuleStatus.PUBLISHED);

        // Published: no edit, no delete.
        MvcResult editRefused = mvc.perform(get("/institution/rules/" + id + "/edit").with(asMe))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(error(editRefused)).contains("已发布");
        Map<String, String> changed = typed();
        changed.put("description", "改过的说明");
        submit("/institution/rules/" + id + "/edit", changed, "save", null, null);
        assertThat(rules.findById(id).orElseThrow().getDescription()).isEqualTo("按学分银行标准转换");
        mvc.perform(post("/institution/rules/" + id + "/delete").with(csrf()).with(asMe))
                .andExpect(status().is3xxRedirection());
        assertThat(rules.findById(id)).isPresent();

        // 撤回发布 after the confirmation: 下架.
        assertThat(page("/institution/rules/" + id + "/withdraw")).contains("确定要撤回发布该条转换规则");
        mvc.perform(post("/institution/rules/" + id + "/withdraw").with(csrf()).with(asMe))
                .andExpect(status().is3xxRedirection());
        assertThat(rules.findById(id).orElseThrow().getStatus()).isEqualTo(RuleStatus.WITHDRAWN);

        // 下架: edit and delete again.
        assertThat(page("/institution/rules/" + id + "/edit")).contains("按学分银行标准转换", "学习成果名录3");
        assertThat(idOf(submit("/institution/rules/" + id + "/edit", changed, "save", null, null))).isEqualTo(id);
        ConversionRule edited = rules.findById(id).orElseThrow();
        assertThat(edited.getDescription()).isEqualTo("改过的说明");
        assertThat(edited.getStatus()).isEqualTo(RuleStatus.WITHDRAWN);
        assertThat(edited.getFileName()).isEqualTo("规则.pdf");
        assertThat(page("/institution/rules?tab=mine&status=WITHDRAWN")).contains(saved.getCode());
        assertThat(page("/institution/rules?tab=mine&status=DRAFT")).doesNotContain(saved.getCode());

        // The achievement list counts the rule on its source and targets (关联转换规则).
        assertThat(page("/institution/achievements")).contains("关联转换规则");

        assertThat(page("/institution/rules/" + id + "/delete")).contains("确定要删除该条转换规则");
        mvc.perform(post("/institution/rules/" + id + "/delete").with(csrf()).with(asMe))
                .andExpect(status().is3xxRedirection());
        assertThat(rules.findById(id)).isEmpty();
    }

    @Test
    void publishDirectlyWithAPublishedMethod() throws Exception {
        fixtures.publishedMethod(me);
        long id = idOf(submit("/institution/rules/new", typed(), "publish", TestFiles.pdf(), "规则.pdf"));
        ConversionRule rule = rules.findById(id).orElseThrow();
        assertThat(rule.getStatus()).isEqualTo(RuleStatus.PUBLISHED);
        assertThat(rule.getSources()).singleElement().satisfies(s -> {
            assertThat(s.getInstitutionId()).isEqualTo(other.institutionId());
            assertThat(s.getCredits()).isEqualByComparingTo("5");
        });

        // The portal shows it to everyone, with its file; the dashboard counts it.
        String portal = mvc.perform(get("/creditbank/rules").param("code", rule.getCode()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(portal).contains(rule.getCode(), "学习成果名录3");
        assertThat(mvc.perform(get("/creditbank/rules/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("申请转换", "/creditbank/rules/" + id + "/apply",
                "_csrf");
        mvc.perform(get("/creditbank/rules/" + id + "/file")).andExpect(status().isOk());
        String dashboard = page("/institution");
        assertThat(dashboard).contains("rule-counters", "/institution/rules?status=PUBLISHED");
    }

    @Test
    void relatedTabShowsOtherInstitutionsPublishedRulesUsingMyAchievement() throws Exception {
        long mine = fixtures.nonDegreeCertificate(me, "本校职业技能证书");
        long theirCourse = fixtures.course(other, "餐厅创建课程");
        fixtures.publishedMethod(other);
        ConversionRule published = fixtures.rule(other, mine, theirCourse, true);
        ConversionRule draft = fixtures.rule(other, mine, theirCourse, false);

        String related = page("/institution/rules?tab=related");
        assertThat(related).contains(published.getCode(), "本校职业技能证书", "餐厅创建课程",
                "/institution/conversion/rules/" + published.getId() + "/apply")
                .doesNotContain(draft.getCode());
        assertThat(page("/institution/rules?tab=mine")).doesNotContain(published.getCode());
        assertThat(page("/institution/rules/" + published.getId())).contains("申请转换", other.institutionName());
        mvc.perform(get("/institution/rules/" + published.getId() + "/file").with(asMe)).andExpect(status().isOk());
        mvc.perform(get("/institution/rules/" + draft.getId()).with(asMe)).andExpect(status().isNotFound());
        assertThat(page("/institution/rules?tab=related&source=本校职业技能")).contains(published.getCode());
        assertThat(page("/institution/rules?tab=related&source=没有这个")).doesNotContain(published.getCode());
    }

    @Test
    void contentRulesRefuseWithTheTypedFieldsKept() throws Exception {
        // The source is also the target.
        long ownCertificate = fixtures.nonDegreeCertificate(me, "本校非学历证书");
        Map<String, String> selfTarget = typed();
        selfTarget.put("type", "NON_DEGREE_TO_NON_DEGREE");
        selfTarget.put("sources[0].achievementId", String.valueOf(ownCertificate));
        selfTarget.put("targetMajorId", String.valueOf(ownCertificate));
        selfTarget.remove("targetCourseId");
        MvcResult self = submit("/institution/rules/new", selfTarget, "save", TestFiles.pdf(), "规则.pdf");
        assertThat(error(self)).contains("与目标成果相同");
        assertThat(keptForm(self).getDescription()).isEqualTo("按学分银行标准转换");

        // A major without a course.
        Map<String, String> majorOnly = typed();
        majorOnly.remove("targetCourseId");
        assertThat(error(submit("/institution/rules/new", majorOnly, "save", TestFiles.pdf(), "规则.pdf")))
                .contains("课程必填");

        // A target of another institution (tampered id).
        Map<String, String> tampered = typed();
        tampered.put("targetCourseId", String.valueOf(fixtures.course(other, "别校课程")));
        assertThat(error(submit("/institution/rules/new", tampered, "save", TestFiles.pdf(), "规则.pdf")))
                .contains("本机构");

        // No source; credits missing, zero, too many; description too long.
        Map<String, String> noSource = typed();
        noSource.remove("sources[0].achievementId");
        noSource.remove("sources[0].credits");
        assertThat(error(submit("/institution/rules/new", noSource, "save", TestFiles.pdf(), "规则.pdf")))
                .contains("至少添加一个源成果");
        for (String credits : new String[] {"", "0", "-1", "1000", "1.25", "abc"}) {
            Map<String, String> bad = typed();
            bad.put("sources[0].credits", credits);
            assertThat(error(submit("/institution/rules/new", bad, "save", TestFiles.pdf(), "规则.pdf")))
                    .as(credits).contains("学分银行学分");
        }
        Map<String, String> tooLong = typed();
        tooLong.put("description", "说".repeat(2001));
        assertThat(error(submit("/institution/rules/new", tooLong, "save", TestFiles.pdf(), "规则.pdf")))
                .contains("2000");

        // Not a PDF: refused by content, the fields typed come back on the form.
        MvcResult notPdf = submit("/institution/rules/new", typed(), "save",
                "not a pdf at all".getBytes(StandardCharsets.UTF_8), "伪装.pdf");
        assertThat(error(notPdf)).isNotBlank();
        assertThat(keptForm(notPdf).getDescription()).isEqualTo("按学分银行标准转换");
        assertThat(keptForm(notPdf).getDocumentId()).isNull();
        String back = followRedirect(mvc.perform(multipartOf(typed(), "save", "not a pdf".getBytes(), "伪装.pdf")),
                asMe).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(back).contains("按学分银行标准转换", "学习成果名录3");

        assertThat(rules.countPerStatus(me.institutionId())).isEmpty();
    }

    private MockMultipartHttpServletRequestBuilder multipartOf(Map<String, String> fields, String action, byte[] file,
                                                                String fileName) {
        MockMultipartHttpServletRequestBuilder request = multipart("/institution/rules/new");
        request.file(new MockMultipartFile("file", fileName, "application/pdf", file));
        fields.forEach(request::param);
        request.param("action", action);
        request.with(csrf()).with(asMe);
        return request;
    }

    @Test
    void searchAddAndRemoveKeepWhatWasTyped() throws Exception {
        Map<String, String> fields = typed();
        fields.remove("sources[0].achievementId");
        fields.remove("sources[0].credits");
        fields.put("searchName", "学习成果名录3");
        MvcResult searched = submit("/institution/rules/new", fields, "search", null, null);
        assertThat(keptForm(searched).getDescription()).isEqualTo("按学分银行标准转换");
        String page = followRedirect(mvc.perform(multipartSearch(fields)), asMe).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("学习成果名录3", "add:" + source, "未认定");

        MvcResult added = submit("/institution/rules/new", fields, "add:" + source, null, null);
        RuleForm form = keptForm(added);
        assertThat(form.chosenSources()).singleElement()
                .satisfies(s -> assertThat(s.getAchievementId()).isEqualTo(source));
        assertThat(form.getDescription()).isEqualTo("按学分银行标准转换");
        assertThat(form.getTargetCourseId()).isEqualTo(course);

        Map<String, String> withSource = typed();
        MvcResult removed = submit("/institution/rules/new", withSource, "remove:0", null, null);
        assertThat(keptForm(removed).chosenSources()).isEmpty();
        assertThat(keptForm(removed).getTargetMajorId()).isEqualTo(major);
    }

    private MockMultipartHttpServletRequestBuilder multipartSearch(Map<String, String> fields) {
        MockMultipartHttpServletRequestBuilder request = multipart("/institution/rules/new");
        fields.forEach(request::param);
        request.param("action", "search");
        request.with(csrf()).with(asMe);
        return request;
    }
}
