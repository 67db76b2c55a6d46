package io.casehall.creditbank.conversion.records;

import static io.casehall.creditbank.conversion.ConversionWebSupport.follow;
import static io.casehall.creditbank.conversion.ConversionWebSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.creditbank.TestConversions;
import io.casehall.creditbank.TestConversions.Holder;
import io.casehall.creditbank.TestConversions.Scenario;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.creditbank.conversion.ConversionApplications;
import io.casehall.creditbank.conversion.ConversionApplications.Outcome;
import io.casehall.creditbank.conversion.ConversionCandidates.Filter;
import io.casehall.creditbank.conversion.ConversionDecisions;
import io.casehall.creditbank.conversion.ConversionDecisions.Decision;
import io.casehall.creditbank.conversion.ConversionItem;
import io.casehall.creditbank.conversion.ConversionItemRepository;
import io.casehall.creditbank.conversion.ConversionItemStatus;
import io.casehall.creditbank.conversion.ConversionWebSupport;
import io.casehall.creditbank.conversion.CreditConversionProcess;
import io.casehall.shared.masking.Masking;
import io.casehall.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 转换记录 over HTTP: the receiving institution sees the learners on 机构接收, the initiating one on 机构发起, the filters
 * narrow both, 审核记录 shows the application and every decision, the export needs a fresh code and writes the rows a
 * user checks, and another institution's record is not found.
 */
class ConversionRecordsWebTest extends IntegrationTest {

    static final String BASE = "/institution/conversion/records";

    @Autowired
    TestConversions conversions;
    @Autowired
    TestInstitutions institutions;
    @Autowired
    ConversionWebSupport support;
    @Autowired
    ConversionApplications applications;
    @Autowired
    ConversionDecisions decisions;
    @Autowired
    ConversionItemRepository items;
    @Autowired
    Masking mask;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bothTabsFiltersHistoryAndIsolation() throws Exception {
        Scenario s = conversions.scenario(3);
        Outcome outcome = applications.applyForBatch(support.principal(s.source()), s.rule().getId(), List.of(),
                Filter.NONE);
        assertThat(outcome.accepted()).isEqualTo(3);
        RequestPostProcessor a = support.as(s.target());
        RequestPostProcessor b = support.as(s.source());
        Holder first = s.holders().get(0);
        Holder second = s.holders().get(1);
        String code = s.rule().getCode();
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

        String received = page(mvc, get(BASE), a);
        assertThat(received).contains("转换记录", "机构接收 (3)", "机构发起 (0)", code, first.name(), second.name(),
                mask.idNumber(first.idNumber()), "物流管理职业技能等级证书（中级）", "专业 现代物流管理毕业证书", "审核中",
                "审核记录", "共 3 条").doesNotContain(first.idNumber());
        String initiated = page(mvc, get(BASE).param("tab", "initiated"), b);
        assertThat(initiated).contains("机构接收 (0)", "机构发起 (3)", code, first.name(), s.target().institution().getName());
        assertThat(page(mvc, get(BASE).param("tab", "received"), b)).contains("暂无数据").doesNotContain(first.name());
        assertThat(page(mvc, get(BASE).param("tab", "initiated"), a)).contains("暂无数据").doesNotContain(first.name());

        // Filters: name prefix, ID number, rule code prefix, year, status.
        assertThat(page(mvc, get(BASE).param("learnerName", first.name()), a)).contains("机构接收 (1)", first.name())
                .doesNotContain(second.name());
        assertThat(page(mvc, get(BASE).param("idNumber", second.idNumber()), a)).contains("机构接收 (1)", second.name())
                .doesNotContain(first.name());
        assertThat(page(mvc, get(BASE).param("ruleCode", code.substring(0, 10)), a)).contains(first.name());
        assertThat(page(mvc, get(BASE).param("year", String.valueOf(year - 1)), a)).contains("机构接收 (0)");
        assertThat(page(mvc, get(BASE).param("status", "PASSED"), a)).contains("机构接收 (0)");
        assertThat(page(mvc, get(BASE).param("status", "NONSENSE").param("year", "x"), a)).contains("机构接收 (3)");

        // The first learner is not passed at the approval step, the rest are; the model records the results.
        ConversionItem firstItem = item(s, first);
        decisions.decide(outcome.applicationId(), List.of(firstItem.getId()), new Decision(
                CreditConversionProcess.TASK_APPROVE, "转换审核", false, "证书信息与学籍不符", s.target().adminLogin(),
                "王审核"));
        support.passRest(outcome.applicationId());
        runJobs();
        assertThat(items.findById(firstItem.getId()).orElseThrow().getStatus()).isEqualTo(ConversionItemStatus.FAILED);
        assertThat(item(s, second).getStatus()).isEqualTo(ConversionItemStatus.PASSED);
        assertThat(page(mvc, get(BASE).param("status", "PASSED"), a)).contains("机构接收 (2)", second.name())
                .doesNotContain(first.name());
        assertThat(page(mvc, get(BASE).param("status", "FAILED").param("tab", "initiated"), b))
                .contains("机构发起 (1)", first.name(), "转换失败");

        String history = page(mvc, get(BASE + "/" + firstItem.getId()), a);
        assertThat(history).contains("审核记录", code, first.name(), mask.idNumber(first.idNumber()), "机构发起申请",
                s.source().institution().getName(), "转换审核", "不通过", "证书信息与学籍不符", "王审核", "转换失败");
        String passedHistory = page(mvc, get(BASE + "/" + item(s, second).getId()), b);
        assertThat(passedHistory).contains("转换审核", "通过", "转换成功").doesNotContain("证书信息与学籍不符");

        String english = ConversionWebSupport.shown(page(mvc, get(BASE).param("tab", "initiated").param("lang", "en"), b));
        assertThat(english).contains("Conversion records", "Received (0)", "Initiated (3)", "Rule code",
                "Target achievement", "Not converted", "Review history").doesNotContain("转换状态", "审核记录", "机构发起");
        assertThat(ConversionWebSupport.shown(page(mvc, get(BASE + "/" + firstItem.getId()).param("lang", "en"), a))).contains("Review history",
                "Applied by the institution", "Not passed").doesNotContain("审核环节", "不通过");
        page(mvc, get(BASE + "/export").param("lang", "en"), a);

        TestInstitutions.Registered other = institutions.registered("旁观学院");
        mvc.perform(get(BASE + "/" + firstItem.getId()).with(support.as(other))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/999999999").with(a)).andExpect(status().isNotFound());
        assertThat(page(mvc, get(BASE), support.as(other))).contains("机构接收 (0)").doesNotContain(first.name());
    }

    @Test
    void theExportNeedsAFreshCodeAndWritesTheRowsOfTheTab() throws Exception {
        Scenario s = conversions.scenario(2);
        Outcome outcome = applications.applyForBatch(support.principal(s.source()), s.rule().getId(), List.of(),
                Filter.NONE);
        RequestPostProcessor a = support.as(s.target());
        Holder first = s.holders().get(0);
        ConversionItem firstItem = item(s, first);

        assertThat(page(mvc, get(BASE + "/export"), a)).contains("共查询出 2 条数据", "获取验证码");
        assertThat(page(mvc, get(BASE + "/export").param("ids", firstItem.getId().toString()), a))
                .contains("已选择 1 条数据");
        assertThat(follow(mvc, mvc.perform(post(BASE + "/export").with(csrf()).with(a)), a))
                .contains("请先获取并填写手机验证码");
        follow(mvc, mvc.perform(post(BASE + "/export/code").with(csrf()).with(a)), a);
        String code = support.codeSentTo(s.target().adminPhone());
        assertThat(follow(mvc, mvc.perform(post(BASE + "/export").param("code", code.equals("000000") ? "111111"
                : "000000").with(csrf()).with(a)), a)).contains("验证码");

        MvcResult file = mvc.perform(post(BASE + "/export").param("tab", "received").param("code", code)
                .with(csrf()).with(a)).andExpect(status().isOk()).andReturn();
        assertThat(file.getResponse().getContentType()).contains("spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                file.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("规则编码");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("身份证号");
            Row last = sheet.getRow(2);
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo(s.rule().getCode());
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo("机构发起");
            assertThat(last.getCell(2).getStringCellValue()).isEqualTo(first.name());
            assertThat(last.getCell(3).getStringCellValue()).isEqualTo(mask.idNumber(first.idNumber()));
            assertThat(last.getCell(4).getStringCellValue()).startsWith("物流管理职业技能等级证书（中级）");
            assertThat(last.getCell(7).getStringCellValue()).startsWith("专业 现代物流管理毕业证书");
            assertThat(last.getCell(8).getStringCellValue()).isEqualTo(s.target().institution().getName());
            assertThat(last.getCell(10).getStringCellValue()).isEqualTo("审核中");
        }
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE action ="
                        + " 'CREDITBANK_CONVERSION_RECORDS_EXPORTED' AND actor_id = ? ORDER BY id DESC LIMIT 1",
                String.class, s.target().adminLogin())).startsWith("tab=received count=2");
        assertThat(outcome.accepted()).isEqualTo(2);
    }

    @Test
    void tenThousandRecordsArePagedAndFilteredQuickly() throws Exception {
        Scenario s = conversions.scenario(1);
        Outcome outcome = applications.applyForBatch(support.principal(s.source()), s.rule().getId(), List.of(),
                Filter.NONE);
        ConversionItem one = item(s, s.holders().get(0));
        int year = one.getAppliedYear();
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(new Object[] {outcome.applicationId(), s.rule().getId(), s.rule().getCode(),
                    s.target().institution().getId(), s.source().institution().getId(), "批量学员" + i,
                    one.getIdNumber(), one.getSourceLearnerAchievementId(), one.getSourceName(), "N" + i,
                    java.sql.Date.valueOf(one.getIssueDate()), java.sql.Timestamp.from(one.getAppliedAt()),
                    i % 2 == 0 ? year : year - 1, i % 3 == 0 ? "PASSED" : "PENDING"});
        }
        jdbc.batchUpdate("INSERT INTO cb_conversion_item (application_id, rule_id, rule_code, target_institution_id,"
                + " initiator_institution_id, channel, learner_name, id_number, source_learner_achievement_id,"
                + " source_name, personal_no, issue_date, applied_at, applied_year, status)"
                + " VALUES (?, ?, ?, ?, ?, 'INSTITUTION', ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        RequestPostProcessor a = support.as(s.target());

        long started = System.nanoTime();
        String first = page(mvc, get(BASE), a);
        String last = page(mvc, get(BASE).param("page", "1000"), a);
        String named = page(mvc, get(BASE).param("learnerName", "批量学员9999"), a);
        String filtered = page(mvc, get(BASE).param("year", String.valueOf(year)).param("status", "PASSED"), a);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(first).contains("机构接收 (10001)", "批量学员9999", "下一页", "共 10,001 条");
        assertThat(last).contains(s.holders().get(0).name()).doesNotContain("批量学员9999");
        assertThat(named).contains("机构接收 (1)", "N9999");
        assertThat(filtered).contains("机构接收 (1667)");
        assertThat(page(mvc, get(BASE).param("tab", "initiated"), support.as(s.source()))).contains("机构发起 (10001)");
        assertThat(page(mvc, get(BASE + "/export").param("status", "PASSED"), a)).contains("共查询出 3,334 条数据");
        assertThat(millis).as("four list pages over 10,001 rows, in ms").isLessThan(10_000);
    }

    private ConversionItem item(Scenario s, Holder holder) {
        return items.findAll().stream().filter(i -> i.getRuleId().equals(s.rule().getId())
                && i.getIdNumber().equals(holder.idNumber())).findFirst().orElseThrow();
    }
}
