package io.casehall.creditbank.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.InstitutionDirectory;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.Learner;
import io.casehall.creditbank.LearnerAchievement;
import io.casehall.creditbank.LearnerAchievementRepository;
import io.casehall.creditbank.LearnerAchievementStatus;
import io.casehall.creditbank.LearnerRepository;
import io.casehall.creditbank.RecognitionStatus;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.shared.audit.AuditEventRepository;
import io.casehall.shared.notification.OutboxMessage;
import io.casehall.shared.notification.OutboxMessageRepository;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 机构成果管理 as an institution user meets it: storing each kind of achievement, the form's messages with what was
 * typed kept, no edit, the delete rules, recognition by the credit bank, the per-subtype import with its log, the
 * export guarded by a fresh SMS code, and a second institution that finds none of the first one's achievements.
 */
class AchievementWebTest extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @Autowired
    TestInstitutions institutions;
    @Autowired
    InstitutionDirectory directory;
    @Autowired
    AchievementRepository achievements;
    @Autowired
    LearnerRepository learners;
    @Autowired
    LearnerAchievementRepository learnerAchievements;
    @Autowired
    OutboxMessageRepository outbox;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    TaskService taskService;

    private TestInstitutions.Registered school;
    private InstitutionPrincipal me;
    private RequestPostProcessor asMe;

    @BeforeEach
    void signIn() {
        school = institutions.registered("长沙理工大学" + UniqueData.schoolCode());
        me = principal(school);
        asMe = as(me);
    }

    private InstitutionPrincipal principal(TestInstitutions.Registered registered) {
        return directory.principalOf(directory.user(registered.adminLogin()).orElseThrow());
    }

    private static RequestPostProcessor as(InstitutionPrincipal principal) {
        List<String> authorities = new ArrayList<>(List.of("ROLE_INSTITUTION"));
        principal.groupIds().forEach(g -> authorities.add("GROUP_" + g));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                AuthorityUtils.createAuthorityList(authorities.toArray(String[]::new))));
    }

    private MockHttpServletRequestBuilder form(String url, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(url).with(csrf()).with(asMe);
        fields.forEach(request::param);
        return request;
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(asMe)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static Map<String, String> certificate(String name) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("issuer", "长沙理工大学");
        fields.put("level", "本科");
        fields.put("discipline", "经济学");
        fields.put("majorClass", "经济学类");
        fields.put("major", "经济统计学");
        fields.put("majorCode", "020102");
        fields.put("graduationConclusion", "毕业");
        fields.put("studyYears", "4");
        fields.put("originalHours", "12");
        fields.put("originalCredits", "4");
        fields.put("minGraduationCredits", "160");
        fields.put("validFrom", "2022-03-01");
        fields.put("introduction", "经济统计学专业本科毕业证书");
        return fields;
    }

    private Achievement stored(String name) {
        return achievements.save(new Achievement(me.institutionId(), new AchievementData(name,
                AchievementSubtype.HIGHER_COURSE, "长沙理工大学", null, null, null, null, null, null, null,
                new BigDecimal("32"), new BigDecimal("2"), null, null, "课程"), me.userId(), Instant.now()));
    }

    private LearnerAchievement learnerAchievement(Achievement achievement) {
        Learner learner = learners.save(new Learner(me.institutionId(), "李华", TestIdNumbers.next(), Instant.now()));
        return learnerAchievements.save(new LearnerAchievement(achievement, learner, "P" + UniqueData.schoolCode(),
                LocalDate.of(2024, 6, 30), 2024, me.userId(), Instant.now()));
    }

    @Test
    void eachKindIsStoredWithItsOwnFieldsAndShown() throws Exception {
        String certificate = "经济统计学毕业证书(本科)" + UniqueData.schoolCode();
        MvcResult saved = mvc.perform(form("/institution/achievements/new/VOCATIONAL_CERTIFICATE",
                certificate(certificate))).andExpect(status().is3xxRedirection()).andReturn();
        String detailsUrl = saved.getResponse().getRedirectedUrl();
        assertThat(detailsUrl).matches("/institution/achievements/\\d+");
        String details = page(detailsUrl);
        assertThat(details).contains("成果基本信息", "成果附属信息", certificate, "学历成果", "职业教育学历证书", "经济统计学",
                "020102", "毕业", "160", "2022-03-01", "入库时间", "未认定");

        String course = "餐厅创建课程" + UniqueData.schoolCode();
        mvc.perform(form("/institution/achievements/new/HIGHER_COURSE", Map.of("name", course, "issuer", "长沙理工大学",
                "originalHours", "32", "originalCredits", "2.5", "introduction", "课程简介")))
                .andExpect(status().is3xxRedirection());
        String nonDegree = "电工证（中级）" + UniqueData.schoolCode();
        mvc.perform(form("/institution/achievements/new/NATIONAL_QUALIFICATION", Map.of("name", nonDegree,
                "issuer", "人社厅", "level", "中级", "introduction", "国家职业资格")))
                .andExpect(status().is3xxRedirection());

        String list = page("/institution/achievements");
        assertThat(list).contains(certificate, course, nonDegree, "普通高等教育学历课程", "国家职业资格证书",
                "已保存成果不可修改，可删除后新增", "获证学员数量（个）", "关联转换规则（条）");
        assertThat(page("/institution/achievements?category=NON_DEGREE")).contains(nonDegree).doesNotContain(course);
        assertThat(page("/institution/achievements?name=餐厅&subtype=HIGHER_COURSE")).contains(course)
                .doesNotContain(certificate);

        // The issuer is prefilled with the institution's name.
        assertThat(page("/institution/achievements/new/HIGHER_CERTIFICATE")).contains(me.institutionName());
    }

    @Test
    void theListPagesTenAtATimeKeepingTheFilters() throws Exception {
        String prefix = "分页" + UniqueData.schoolCode();
        for (int i = 1; i <= 12; i++) {
            stored(prefix + "课程" + i);
        }
        String first = page("/institution/achievements?name=" + prefix);
        assertThat(first).contains("第 1 / 2 页，共 12 条", prefix + "课程12").doesNotContain(prefix + "课程2<");
        assertThat(first).containsPattern("href=\"[^\"]*name=[^\"]*page=1\"");
        String second = page("/institution/achievements?name=" + prefix + "&page=1");
        assertThat(second).contains(prefix + "课程1<", prefix + "课程2<", ">11<", ">12<").doesNotContain(prefix + "课程12");
    }

    @Test
    void theFormSaysWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
        Map<String, String> fields = certificate("会计学毕业证书" + UniqueData.schoolCode());
        fields.put("major", "");
        fields.put("studyYears", "四年");
        fields.put("level", "研究生班");
        fields.put("validFrom", "2022-02-30");
        String page = followRedirect(mvc.perform(form("/institution/achievements/new/HIGHER_CERTIFICATE", fields)), asMe)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请按提示修改后再提交", "专业不能为空", "学制（年）“四年”不是数字",
                "层次“研究生班”不在可选范围内", "有效期起始时间“2022-02-30”不是有效日期", "value=\"四年\"",
                fields.get("name"), "经济学");
        assertThat(achievements.findAll()).noneMatch(a -> a.getName().equals(fields.get("name")));

        // A name the institution already has is refused.
        Achievement existing = stored("重复名称课程" + UniqueData.schoolCode());
        String again = followRedirect(mvc.perform(form("/institution/achievements/new/HIGHER_COURSE",
                Map.of("name", existing.getName(), "issuer", "x", "originalHours", "1", "originalCredits", "1",
                        "introduction", "x"))), asMe).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("本机构已存储名为“" + existing.getName() + "”的成果");
    }

    @Test
    void xCertificatesCannotBeStoredAndSavedAchievementsCannotBeEdited() throws Exception {
        assertThat(page("/institution/achievements/new")).contains("学历成果", "非学历成果", "特殊说明",
                "职业技能等级证书（X证书）", "/institution/achievements/new/SKILL_LEVEL_MOHRSS")
                .doesNotContain("/institution/achievements/new/SKILL_LEVEL_X");
        mvc.perform(get("/institution/achievements/new/SKILL_LEVEL_X").with(asMe))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/institution/achievements/new"));
        String x = "X证书" + UniqueData.schoolCode();
        mvc.perform(form("/institution/achievements/new/SKILL_LEVEL_X", Map.of("name", x, "issuer", "x",
                "level", "初级", "introduction", "x"))).andExpect(status().is3xxRedirection());
        assertThat(achievements.findAll()).noneMatch(a -> a.getName().equals(x));

        Achievement achievement = stored("不可修改课程" + UniqueData.schoolCode());
        mvc.perform(get("/institution/achievements/" + achievement.getId() + "/edit").with(asMe))
                .andExpect(status().isNotFound());
        mvc.perform(post("/institution/achievements/" + achievement.getId()).with(csrf()).with(asMe)
                .param("name", "改名")).andExpect(status().is4xxClientError());
        assertThat(achievements.findById(achievement.getId()).orElseThrow().getName()).isEqualTo(achievement.getName());
    }

    @Test
    void onlyUnrecognisedAchievementsWithoutLearnerAchievementsAreDeletedAfterConfirmation() throws Exception {
        Achievement free = stored("可删除课程" + UniqueData.schoolCode());
        Achievement withLearners = stored("有学员课程" + UniqueData.schoolCode());
        learnerAchievement(withLearners);
        Achievement recognising = stored("认定中课程" + UniqueData.schoolCode());
        mvc.perform(post("/institution/achievements/" + recognising.getId() + "/recognition").with(csrf()).with(asMe))
                .andExpect(status().is3xxRedirection());

        MvcResult selected = mvc.perform(post("/institution/achievements/delete/confirm").with(csrf()).with(asMe)
                .param("ids", free.getId().toString(), withLearners.getId().toString(), recognising.getId().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String confirmation = page(selected.getResponse().getRedirectedUrl());
        assertThat(confirmation).contains("确定删除以下成果吗", free.getName(), "以下成果不能删除",
                "“" + withLearners.getName() + "”下还存储着 1 条学员成果", "“" + recognising.getName() + "”为“认定中”");
        assertThat(achievements.findById(free.getId())).isPresent();

        String after = followRedirect(mvc.perform(post("/institution/achievements/delete").with(csrf()).with(asMe)
                .param("ids", free.getId().toString(), withLearners.getId().toString(), recognising.getId().toString())),
                asMe).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("已删除 1 条成果", withLearners.getName() + "”下还存储着");
        assertThat(achievements.findById(free.getId())).isEmpty();
        assertThat(achievements.findById(withLearners.getId())).isPresent();
        assertThat(achievements.findById(recognising.getId())).isPresent();
        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("creditbank-achievement", free.getId().toString()))
                .anyMatch(e -> e.getAction().equals("CREDITBANK_ACHIEVEMENT_DELETED") && e.getActorId().equals(me.userId()));

        // Nothing selected: the list says so.
        assertThat(followRedirect(mvc.perform(post("/institution/achievements/delete/confirm").with(csrf()).with(asMe)),
                asMe).andReturn().getResponse().getContentAsString()).contains("请先勾选要删除的成果");
    }

    @Test
    void theCreditBankRecognisesAnAchievementAndItsLearnersMoveToTheBank() throws Exception {
        Achievement achievement = stored("待认定课程" + UniqueData.schoolCode());
        LearnerAchievement learnerAchievement = learnerAchievement(achievement);
        assertThat(page("/institution/achievements")).contains(
                "/institution/learner-achievements?achievementId=" + achievement.getId() + "\">1</a>");

        String details = followRedirect(mvc.perform(post("/institution/achievements/" + achievement.getId()
                + "/recognition").with(csrf()).with(asMe)), asMe).andReturn().getResponse().getContentAsString();
        assertThat(details).contains("已为“" + achievement.getName() + "”申请认定", "认定中");
        // Applying twice is refused.
        assertThat(followRedirect(mvc.perform(post("/institution/achievements/" + achievement.getId() + "/recognition")
                .with(csrf()).with(asMe)), asMe).andReturn().getResponse().getContentAsString())
                .contains("只有未认定的成果可以申请认定");

        Task task = taskService.createTaskQuery().processInstanceBusinessKey(
                AchievementRecognitionProcess.businessKey(achievement.getId())).singleResult();
        assertThat(task.getName()).isEqualTo("成果认定：" + achievement.getName() + "（" + me.institutionName() + "）");
        assertThat(task.getTenantId()).isNull();
        taskService.complete(task.getId(), Map.of(AchievementRecognitionProcess.VAR_DECISION,
                AchievementRecognitionProcess.DECISION_PASSED));
        runJobs();

        assertThat(achievements.findById(achievement.getId()).orElseThrow().getRecognition())
                .isEqualTo(RecognitionStatus.RECOGNISED);
        assertThat(learnerAchievements.findById(learnerAchievement.getId()).orElseThrow().getStatus())
                .isEqualTo(LearnerAchievementStatus.BANK_STORED);
        assertThat(page("/institution/achievements/" + achievement.getId())).contains("已认定").doesNotContain("申请认定</button>");
        assertThat(page("/institution/messages")).as("the institution's users are told in 我的消息")
                .contains("成果已认定：" + achievement.getName());
    }

    @Test
    void aSecondInstitutionFindsNoneOfTheFirstOnesAchievements() throws Exception {
        Achievement ours = stored("本校课程" + UniqueData.schoolCode());
        Long batchId = importGoodAndBadRows();
        InstitutionPrincipal other = principal(institutions.registered("湖南工学院" + UniqueData.schoolCode()));
        RequestPostProcessor asOther = as(other);
        String id = ours.getId().toString();

        mvc.perform(get("/institution/achievements/" + id).with(asOther)).andExpect(status().isNotFound());
        mvc.perform(get("/institution/achievements/delete").param("ids", id).with(asOther))
                .andExpect(status().isNotFound());
        mvc.perform(post("/institution/achievements/delete").param("ids", id).with(csrf()).with(asOther))
                .andExpect(status().isNotFound());
        mvc.perform(post("/institution/achievements/" + id + "/recognition").with(csrf()).with(asOther))
                .andExpect(status().isNotFound());
        mvc.perform(post("/institution/achievements/export").param("ids", id).param("code", "123456").with(csrf())
                .with(asOther)).andExpect(status().isNotFound());
        mvc.perform(get("/institution/achievements/imports/" + batchId + "/report").with(asOther))
                .andExpect(status().isNotFound());
        mvc.perform(get("/institution/achievements/import/HIGHER_COURSE/batches/" + batchId).with(asOther))
                .andExpect(status().isNotFound());
        String theirList = mvc.perform(get("/institution/achievements").with(asOther)).andReturn().getResponse()
                .getContentAsString();
        assertThat(theirList).doesNotContain(ours.getName());
        String theirImports = mvc.perform(get("/institution/achievements/import").with(asOther)).andReturn()
                .getResponse().getContentAsString();
        assertThat(theirImports).contains("尚无导入记录").doesNotContain("/imports/" + batchId + "/report");

        assertThat(achievements.findById(ours.getId()).orElseThrow().getRecognition())
                .isEqualTo(RecognitionStatus.UNRECOGNISED);
    }

    // ------------------------------------------------------------------------------------------------ import

    private byte[] template(String subtype) throws Exception {
        MvcResult result = mvc.perform(get("/institution/achievements/import/" + subtype + "/template").with(asMe))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment");
        return result.getResponse().getContentAsByteArray();
    }

    /** The template with rows filled in by header (the '*' of required headers ignored). */
    private static byte[] filled(byte[] template, List<Map<String, String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> columns = new HashMap<>();
            for (Cell cell : sheet.getRow(0)) {
                columns.put(cell.getStringCellValue().replace("*", "").strip(), cell.getColumnIndex());
            }
            int r = 1;
            for (Map<String, String> values : rows) {
                Row row = sheet.createRow(r++);
                values.forEach((header, value) -> {
                    Integer column = columns.get(header);
                    assertThat(column).as("column " + header + " in " + columns.keySet()).isNotNull();
                    row.createCell(column).setCellValue(value);
                });
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private MvcResult upload(String subtype, byte[] file) throws Exception {
        return mvc.perform(multipart("/institution/achievements/import/" + subtype)
                .file(new MockMultipartFile("file", "机构成果.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                .with(csrf()).with(asMe)).andExpect(status().is3xxRedirection()).andReturn();
    }

    private String goodCourse;
    private String secondCourse;

    private Long importGoodAndBadRows() throws Exception {
        goodCourse = "导入课程甲" + UniqueData.schoolCode();
        secondCourse = "导入课程乙" + UniqueData.schoolCode();
        byte[] file = filled(template("HIGHER_COURSE"), List.of(
                Map.of("成果名称", goodCourse, "成果子类型", "普通高等教育学历课程", "颁证机构", "长沙理工大学",
                        "原始学时", "32", "原始学分", "2", "有效期起始时间", "2023-09-01", "成果简介", "导入的课程"),
                Map.of("成果名称", secondCourse, "成果子类型", "普通高等教育学历课程", "原始学时", "16",
                        "原始学分", "1", "成果简介", "颁证机构留空"),
                Map.of("成果名称", "坏行一" + UniqueData.schoolCode(), "成果子类型", "普通高等教育学历课程",
                        "颁证机构", "x", "原始学时", "很多", "成果简介", "x"),
                Map.of("成果名称", "坏行二" + UniqueData.schoolCode(), "成果子类型", "职业教育学历课程",
                        "颁证机构", "x", "原始学时", "1", "原始学分", "1", "成果简介", "x")));
        MvcResult result = upload("HIGHER_COURSE", file);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).contains("/institution/achievements/import/HIGHER_COURSE/batches/");
        return Long.valueOf(location.replaceAll(".*/batches/(\\d+).*", "$1"));
    }

    @Test
    void anImportTakesTheGoodRowsAndReportsTheBadOnesWithReasons() throws Exception {
        MvcResult upload = upload("HIGHER_COURSE", filled(template("HIGHER_COURSE"), List.of()));
        // An empty file is refused as a whole.
        assertThat(upload.getResponse().getRedirectedUrl()).endsWith("#import");

        Long batchId = importGoodAndBadRows();
        String result = page("/institution/achievements/import/HIGHER_COURSE/batches/" + batchId);
        assertThat(result).contains("导入记录", "成功导入符合要求数据2条；未导入不符合要求数据2条", "点击下载表格",
                me.userId());
        assertThat(page("/institution/achievements")).contains(goodCourse, secondCourse).doesNotContain("坏行");
        Achievement second = achievements.findAll().stream().filter(a -> a.getName().equals(secondCourse))
                .findFirst().orElseThrow();
        assertThat(second.getIssuer()).isEqualTo(me.institutionName());
        assertThat(second.getInstitutionId()).isEqualTo(me.institutionId());

        MvcResult report = mvc.perform(get("/institution/achievements/imports/" + batchId + "/report").with(asMe))
                .andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                report.getResponse().getContentAsByteArray()))) {
            StringBuilder text = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
            assertThat(text.toString()).contains("原始学时“很多”不是数字", "原始学分不能为空",
                    "成果子类型“职业教育学历课程”与本次导入的类型“普通高等教育学历课程”不符");
        }

        // The report is the institution's: a colleague downloads it too; another institution does not.
        InstitutionPrincipal colleague = directory.principalOf(institutions.subUser(school, "郑老师", List.of()));
        mvc.perform(get("/institution/achievements/imports/" + batchId + "/report").with(as(colleague)))
                .andExpect(status().isOk());
        InstitutionPrincipal stranger = principal(institutions.registered("别校" + UniqueData.schoolCode()));
        mvc.perform(get("/institution/achievements/imports/" + batchId + "/report").with(as(stranger)))
                .andExpect(status().isNotFound());

        // Importing the same names again refuses them.
        String again = followRedirect(mvc.perform(multipart("/institution/achievements/import/HIGHER_COURSE")
                .file(new MockMultipartFile("file", "again.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        filled(template("HIGHER_COURSE"), List.of(Map.of("成果名称", goodCourse,
                                "成果子类型", "普通高等教育学历课程", "颁证机构", "x", "原始学时", "1", "原始学分", "1",
                                "成果简介", "x"))))).with(csrf()).with(asMe)), asMe)
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("本机构已存储名为“" + goodCourse + "”的成果");
    }

    @Test
    void aFileMadeFromAnotherTypesTemplateIsRefusedWithAClearMessage() throws Exception {
        byte[] courseFile = filled(template("VOCATIONAL_COURSE"), List.of(Map.of("成果名称", "课程" + UniqueData.schoolCode(),
                "成果子类型", "职业教育学历课程", "颁证机构", "x", "原始学时", "1", "原始学分", "1", "成果简介", "x")));
        String page = followRedirect(mvc.perform(multipart("/institution/achievements/import/VOCATIONAL_CERTIFICATE")
                .file(new MockMultipartFile("file", "course.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", courseFile))
                .with(csrf()).with(asMe)), asMe).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("这不是“职业教育学历证书”的导入模板", "层次");
        assertThat(page).contains("尚无导入记录");

        // X certificates have no import.
        mvc.perform(get("/institution/achievements/import/SKILL_LEVEL_X").with(asMe))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/institution/achievements/import/SKILL_LEVEL_MOHRSS")).contains("批量导入机构成果",
                "/institution/achievements/import/SKILL_LEVEL_MOHRSS/template");
        byte[] nonDegree = template("SKILL_LEVEL_MOHRSS");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(nonDegree))) {
            StringBuilder headers = new StringBuilder();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> headers.append(cell.getStringCellValue()).append('|'));
            assertThat(headers.toString()).contains("等级/层次").doesNotContain("原始学时");
        }
    }

    // ------------------------------------------------------------------------------------------------ export

    private String codeSentTo(String phone) {
        for (OutboxMessage message : outbox.findByRecipientOrderByIdDesc(phone)) {
            Matcher matcher = CODE.matcher(message.getBody());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no code was sent to " + phone);
    }

    @Test
    void anExportNeedsAFreshCodeAndStreamsTheSelectedOrFilteredRows() throws Exception {
        Achievement first = stored("导出课程一" + UniqueData.schoolCode());
        Achievement second = stored("导出课程二" + UniqueData.schoolCode());
        learnerAchievement(first);

        MvcResult noCode = mvc.perform(post("/institution/achievements/export").with(csrf()).with(asMe)
                .param("name", "导出课程").param("ids", first.getId().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(java.net.URLDecoder.decode(noCode.getResponse().getRedirectedUrl(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("name=导出课程", "ids=" + first.getId());
        String refused = followRedirect(mvc.perform(post("/institution/achievements/export").with(csrf()).with(asMe)
                .param("category", "DEGREE").param("ids", first.getId().toString())), asMe)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请先获取并填写手机验证码");
        assertThat(refused).containsPattern("value=\"" + first.getId() + "\"[^>]*checked");

        // 获取验证码 keeps the filters and the selection.
        MvcResult sent = mvc.perform(post("/institution/achievements/export/code").with(csrf()).with(asMe)
                .param("name", "导出课程").param("ids", first.getId().toString())).andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).contains("ids=" + first.getId()).contains("name=");
        String code = codeSentTo(school.adminPhone());
        String wrong = code.equals("000000") ? "111111" : "000000";
        String wrongPage = followRedirect(mvc.perform(post("/institution/achievements/export").with(csrf()).with(asMe)
                .param("ids", first.getId().toString()).param("code", wrong)), asMe)
                .andReturn().getResponse().getContentAsString();
        assertThat(wrongPage).contains("alert error");

        MvcResult file = mvc.perform(post("/institution/achievements/export").with(csrf()).with(asMe)
                .param("ids", first.getId().toString()).param("code", code)).andExpect(status().isOk()).andReturn();
        assertThat(file.getResponse().getHeader("Content-Disposition")).contains("attachment");
        String exported = cells(file.getResponse().getContentAsByteArray());
        assertThat(exported).contains(first.getName(), "普通高等教育学历课程", "未认定").doesNotContain(second.getName());
        assertThat(audit.findByActionOrderByIdDesc("CREDITBANK_ACHIEVEMENTS_EXPORTED",
                org.springframework.data.domain.PageRequest.of(0, 20)))
                .anyMatch(e -> e.getActorId().equals(me.userId()) && e.getDetail().startsWith("rows=1"));

        // The code is used up: the next export needs a new one.
        mvc.perform(post("/institution/achievements/export").with(csrf()).with(asMe).param("code", code))
                .andExpect(status().is3xxRedirection());

        // Nothing selected: every row matching the filters (a colleague, with a code to their own mobile).
        io.casehall.creditbank.InstitutionUser colleague = institutions.subUser(school, "王老师",
                List.of(io.casehall.creditbank.CreditBankGroups.INSTITUTION_USER));
        RequestPostProcessor asColleague = as(directory.principalOf(colleague));
        mvc.perform(post("/institution/achievements/export/code").with(csrf()).with(asColleague))
                .andExpect(status().is3xxRedirection());
        String all = cells(mvc.perform(post("/institution/achievements/export").with(csrf()).with(asColleague)
                .param("name", "导出课程").param("code", codeSentTo(colleague.getPhone())))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(all).contains(first.getName(), second.getName());
    }

    private static String cells(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder text = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
            return text.toString();
        }
    }
}
