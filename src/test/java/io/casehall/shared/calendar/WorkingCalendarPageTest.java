package io.casehall.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.staff.StaffPrincipal;
import io.casehall.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrators' calendar page through HTTP: access, the seeded 2026 schedule, edits, validation, import. */
class WorkingCalendarPageTest extends IntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PAGE = "/staff/admin/calendar";
    private static final Pattern REPORT_LINK = Pattern.compile("/staff/admin/calendar/imports/(\\d+)/report");
    /** Each test works in a year of its own, far from any real deadline, as the tests share one database. */
    private static final AtomicInteger YEARS = new AtomicInteger(2100 + (int) (System.nanoTime() % 40));

    @Autowired
    WorkingCalendar workingCalendar;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void staffWhoAreNotAdministratorsAreRefused() throws Exception {
        RequestPostProcessor reviewer = staff("reviewer", "realNameReview");
        mvc.perform(get(PAGE).with(reviewer)).andExpect(status().isForbidden());
        mvc.perform(get(PAGE + "/template").with(reviewer)).andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/days").param("day", "2150-03-02").param("kind", "HOLIDAY").param("name", "x")
                .with(csrf()).with(reviewer)).andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/days/2026-10-01/delete").with(csrf()).with(reviewer)).andExpect(status().isForbidden());
        mvc.perform(multipart(PAGE + "/import").file(new MockMultipartFile("file", "a.xlsx", XLSX, new byte[10]))
                .with(csrf()).with(reviewer)).andExpect(status().isForbidden());
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection());
        assertThat(workingCalendar.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
    }

    @Test
    void theSeededScheduleIsTheStateCouncilNoticeFor2026() throws Exception {
        WorkingCalendar notice = new WorkingCalendar(InMemoryCalendarDays.schedule2026(), clock, "17:00");
        for (LocalDate day = LocalDate.parse("2026-01-01"); day.getYear() == 2026; day = day.plusDays(1)) {
            assertThat(workingCalendar.isWorkingDay(day)).as(day.toString()).isEqualTo(notice.isWorkingDay(day));
        }
        assertThat(workingCalendar.addWorkingDays(LocalDate.parse("2026-09-30"), 1)).isEqualTo("2026-10-08");
        assertThat(workingCalendar.workingDaysBetween(LocalDate.parse("2025-12-31"), LocalDate.parse("2026-12-31")))
                .isEqualTo(248);

        String page = page(get(PAGE).param("year", "2026"));
        assertThat(page).contains("2026 年共有放假 33 天、调休上班 6 天。", "国庆节调休", "春节", "清明节")
                .contains("<td class=\"workday\" title=\"春节调休\">")
                .contains("href=\"/staff/admin/calendar?year=2026&amp;edit=2026-02-14#day-form\"")
                .contains("国务院办公厅");
    }

    @Test
    void aHolidayAnAdministratorAddsCountsAtOnceAndEveryChangeIsAudited() throws Exception {
        int year = YEARS.incrementAndGet();
        LocalDate monday = LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        LocalDate friday = monday.minusDays(3);
        LocalDate saturday = monday.plusDays(5);
        assertThat(workingCalendar.addWorkingDays(friday, 1)).isEqualTo(monday);

        MvcResult saved = setDay(monday, "HOLIDAY", "校庆日")
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(PAGE + "?year=" + year)).andReturn();
        assertThat((String) saved.getFlashMap().get("okMessage")).contains("已保存", monday.toString(), "放假", "校庆日");
        assertThat(workingCalendar.addWorkingDays(friday, 1)).isEqualTo(monday.plusDays(1));
        assertThat(workingCalendar.isWorkingDay(monday)).isFalse();

        setDay(saturday, "WORKDAY", "校庆调休").andExpect(status().is3xxRedirection());
        assertThat(workingCalendar.addWorkingDays(saturday.minusDays(1), 1)).isEqualTo(saturday);

        String page = page(get(PAGE).param("year", String.valueOf(year)));
        assertThat(page).contains("<tr id=\"day-" + monday + "\">", "校庆日", "校庆调休")
                .contains("<td class=\"holiday\" title=\"校庆日\">")
                .contains(year + " 年共有放假 1 天、调休上班 1 天。");

        setDay(monday, "HOLIDAY", "校庆").andExpect(status().is3xxRedirection());
        MvcResult unchanged = setDay(monday, "HOLIDAY", "校庆").andReturn();
        assertThat((String) unchanged.getFlashMap().get("okMessage")).contains("没有修改");
        assertThat(audit("CALENDAR_DAY_SET", monday)).containsExactly(
                "kind=HOLIDAY name=校庆日 via=form",
                "kind=HOLIDAY name=校庆 previous=kind=HOLIDAY name=校庆日 via=form");

        MvcResult removed = mvc.perform(post(PAGE + "/days/{day}/delete", monday).with(csrf()).with(admin()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(PAGE + "?year=" + year)).andReturn();
        assertThat((String) removed.getFlashMap().get("okMessage")).contains("已删除");
        assertThat(workingCalendar.addWorkingDays(friday, 1)).isEqualTo(monday);
        assertThat(audit("CALENDAR_DAY_REMOVED", monday)).containsExactly("kind=HOLIDAY name=校庆");

        MvcResult again = mvc.perform(post(PAGE + "/days/{day}/delete", monday).with(csrf()).with(admin()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) again.getFlashMap().get("errorMessage")).contains("不是特殊日期");
        mvc.perform(post(PAGE + "/days/not-a-date/delete").with(csrf()).with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void invalidInputIsShownAgainAsTypedWithAMessage() throws Exception {
        int year = YEARS.incrementAndGet();
        String badDate = year + "-02-30";
        String page = body(setDay(badDate, "HOLIDAY", "测试节").andExpect(status().isUnprocessableEntity()));
        assertThat(page).contains("日期“" + badDate + "”不是有效日期", "value=\"" + badDate + "\"", "value=\"测试节\"");

        LocalDate wednesday = LocalDate.of(year, 4, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
        page = body(setDay(wednesday.toString(), "WORKDAY", "无用的调休").andExpect(status().isUnprocessableEntity()));
        assertThat(page).contains(wednesday + " 是周一至周五，本来就是工作日")
                .contains("<option value=\"WORKDAY\" selected=\"selected\">调休上班</option>")
                .contains("value=\"无用的调休\"");
        assertThat(jdbc.queryForObject("select count(*) from working_calendar_day where calendar_day = ?",
                Integer.class, wednesday)).isZero();

        page = body(setDay(wednesday.toString(), "HOLIDAY", "  ").andExpect(status().isUnprocessableEntity()));
        assertThat(page).contains("请填写名称", "value=\"" + wednesday + "\"");
        page = body(setDay("", "SOMETIMES", "节").andExpect(status().isUnprocessableEntity()));
        assertThat(page).contains("请填写日期", "请选择类型");

        assertThat(page(get(PAGE).param("year", "abc"))).contains("年份“abc”无效");
        assertThat(page(get(PAGE).param("year", "9999"))).contains("年份“9999”无效");
        // A day that is set comes into the form to be changed.
        assertThat(page(get(PAGE).param("edit", "2026-10-10"))).contains("value=\"2026-10-10\"", "value=\"国庆节调休\"")
                .contains("<option value=\"WORKDAY\" selected=\"selected\">");
    }

    @Test
    void anImportAppliesTheGoodRowsAndReportsTheBadOnes() throws Exception {
        int year = YEARS.incrementAndGet();
        LocalDate monday = LocalDate.of(year, 10, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        LocalDate saturday = monday.plusDays(5);
        LocalDate wednesday = monday.plusDays(2);
        byte[] file = workbook(
                new String[] {"日期", "类型", "名称"},
                new String[] {monday.toString(), "放假", "国庆节"},
                new String[] {saturday.toString().replace('-', '/'), "调休上班", "国庆节调休"},
                new String[] {wednesday.toString(), "调休上班", "多余的调休"},
                new String[] {year + "-02-30", "放假", "春节"},
                new String[] {monday.toString(), "放假", "国庆节"},
                new String[] {monday.plusDays(1).toString(), "半天", "国庆节"});

        String page = body(importFile("节假日" + year + ".xlsx", file).andExpect(status().isOk()));
        assertThat(page).contains("共 6 行", "新增 2 行", "未导入 4 行")
                .contains("本来就是工作日", "日期“" + year + "-02-30”不是有效日期", "与第 2 行重复", "只能填写 放假/调休上班");
        assertThat(workingCalendar.isWorkingDay(monday)).isFalse();
        assertThat(workingCalendar.isWorkingDay(saturday)).isTrue();
        assertThat(workingCalendar.isWorkingDay(wednesday)).isTrue();
        assertThat(audit("CALENDAR_DAY_SET", monday)).singleElement().asString()
                .isEqualTo("kind=HOLIDAY name=国庆节 via=import 节假日" + year + ".xlsx");

        Matcher link = REPORT_LINK.matcher(page);
        assertThat(link.find()).as("report link").isTrue();
        byte[] report = mvc.perform(get(PAGE + "/imports/{id}/report", link.group(1)).with(admin()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet refused = workbook.getSheetAt(0);
            assertThat(refused.getLastRowNum()).isEqualTo(4);
            assertThat(texts(refused.getRow(1))).startsWith("4", wednesday.toString()).last().asString()
                    .contains("本来就是工作日");
        }

        String again = body(importFile("again.xlsx", workbook(new String[] {"日期", "类型", "名称"},
                new String[] {monday.toString(), "放假", "国庆节"},
                new String[] {saturday.toString(), "放假", "改为放假"})));
        assertThat(again).contains("无变化 1 行", "修改 1 行", "未导入 0 行");
        assertThat(workingCalendar.isWorkingDay(saturday)).isFalse();
    }

    @Test
    void theTemplateAndBadFiles() throws Exception {
        byte[] template = mvc.perform(get(PAGE + "/template").with(admin()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(texts(workbook.getSheetAt(0).getRow(0))).containsExactly("日期*", "类型*", "名称*");
            assertThat(workbook.getSheet("填写说明")).isNotNull();
        }
        String page = body(followRedirect(mvc.perform(multipart(PAGE + "/import")
                        .file(new MockMultipartFile("file", "日历.csv", "text/csv", "日期,类型\n".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(admin())), admin())
                .andExpect(status().isOk()));
        assertThat(page).contains("不支持文件", "从 Excel 导入节假日安排");
        page = body(followRedirect(mvc.perform(multipart(PAGE + "/import").with(csrf()).with(admin())), admin())
                .andExpect(status().isOk()));
        assertThat(page).contains("请选择要上传的文件");
        assertThat(page(get(PAGE + "/import"))).contains("从 Excel 导入节假日安排");
    }

    @Test
    void everyTextExistsInChineseAndEnglish() throws Exception {
        String chinese = page(get(PAGE).param("year", "2026"));
        String english = page(get(PAGE).param("year", "2026").param("lang", "en"));
        assertThat(chinese).doesNotContain("??").contains("工作日历", "调休上班");
        assertThat(english).doesNotContain("??").contains("Working-day calendar", "Adjusted working day");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private org.springframework.test.web.servlet.ResultActions setDay(Object day, String kind, String name)
            throws Exception {
        return mvc.perform(post(PAGE + "/days").param("day", day.toString()).param("kind", kind).param("name", name)
                .param("year", day.toString().length() >= 4 ? day.toString().substring(0, 4) : "")
                .with(csrf()).with(admin()));
    }

    /** Uploads a calendar file and follows the redirect to its result page (post/redirect/get). */
    private org.springframework.test.web.servlet.ResultActions importFile(String name, byte[] content) throws Exception {
        return followRedirect(mvc.perform(multipart(PAGE + "/import").file(new MockMultipartFile("file", name, XLSX, content))
                .with(csrf()).with(admin())), admin());
    }

    private List<String> audit(String action, LocalDate day) {
        return jdbc.queryForList("select detail from audit_event where action = ? and object_type = 'calendar-day' "
                + "and object_id = ? and actor_id = 'admin' order by id", String.class, action, day.toString());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return body(mvc.perform(request.with(admin())).andExpect(status().isOk()));
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static byte[] workbook(String[]... rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("工作日历");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
        }
        return texts;
    }

    private static RequestPostProcessor staff(String userId, String group) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal(userId, userId, List.of(group)), null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF", "GROUP_" + group)));
    }

    private static RequestPostProcessor admin() {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal("admin", "系统管理员", List.of("camunda-admin")), null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF", "ROLE_ADMIN", "GROUP_camunda-admin")));
    }
}
