package io.casehall.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.shared.audit.AuditEvent;
import io.casehall.shared.audit.AuditEventRepository;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.security.Actor;
import io.casehall.support.IntegrationTest;
import io.casehall.support.UniqueData;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrators' audit log page: filters, labels, paging, validation, access and the audited export. */
class AuditLogPageTest extends IntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern TBODY = Pattern.compile("<tbody>(.*?)</tbody>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditEventRepository events;
    @Autowired
    Clock clock;

    @Test
    void filteringByObjectFindsExactlyItsEventsNewestFirstWithChineseLabels() throws Exception {
        String documentId = uniqueObjectId();
        auditLog.record(Actor.of(Actor.Kind.APPLICANT, "12"), "DOCUMENT_STORED", "document", documentId, "realname id-front.jpg");
        auditLog.record(Actor.of(Actor.Kind.STAFF, "reviewer"), "DOCUMENT_READ", "document", documentId, "reviewer read");
        auditLog.record(Actor.of(Actor.Kind.STAFF, "clerk"), "DOCUMENT_READ_REFUSED", "document", documentId, null);
        auditLog.record(Actor.SYSTEM, "SOMETHING_NEW", "document", documentId, "from a later release");
        auditLog.record(Actor.of(Actor.Kind.STAFF, "reviewer"), "DOCUMENT_READ", "document", uniqueObjectId(), "another");

        String html = page("/staff/admin/audit?objectType=document&objectId=" + documentId);

        List<List<String>> rows = tableRows(html);
        assertThat(rows).hasSize(4);
        assertThat(rows).extracting(row -> row.get(1))
                .containsExactly("系统", "工作人员 clerk", "工作人员 reviewer", "申请人 #12");
        assertThat(rows).extracting(row -> row.get(2)).containsExactly("SOMETHING_NEW",
                "查看文件被拒绝 DOCUMENT_READ_REFUSED", "查看文件 DOCUMENT_READ", "保存文件 DOCUMENT_STORED");
        assertThat(rows).extracting(row -> row.get(3)).containsOnly("文件 " + documentId);
        assertThat(rows.get(3).get(4)).isEqualTo("realname id-front.jpg");
        assertThat(rows.get(0).get(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(html).contains("共 4 条");
        // The filters stay in the form and in the export link.
        assertThat(html).contains("value=\"" + documentId + "\"")
                .contains("/staff/admin/audit/export?objectType=document&amp;objectId=" + documentId);

        List<List<String>> reads = tableRows(page("/staff/admin/audit?action=DOCUMENT_READ&objectId=" + documentId));
        assertThat(reads).extracting(row -> row.get(1)).containsExactly("工作人员 reviewer");
        List<List<String>> byActor = tableRows(page(get("/staff/admin/audit")
                .param("actor", "#12").param("objectId", documentId)));
        assertThat(byActor).extracting(row -> row.get(2)).containsExactly("保存文件 DOCUMENT_STORED");
    }

    @Test
    void daysAreShanghaiDaysAndBothEndsCount() throws Exception {
        String objectId = uniqueObjectId();
        auditLog.record(Actor.of(Actor.Kind.STAFF, "reviewer"), "REALNAME_REVIEWED", "realname-request", objectId, "APPROVED");
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));

        assertThat(tableRows(page("/staff/admin/audit?objectId=" + objectId + "&from=" + today + "&to=" + today)))
                .extracting(row -> row.get(2)).containsExactly("审核实名认证 REALNAME_REVIEWED");
        assertThat(tableRows(page("/staff/admin/audit?objectId=" + objectId + "&from=" + today.plusDays(1))))
                .isEmpty();
        assertThat(tableRows(page("/staff/admin/audit?objectId=" + objectId + "&to=" + today.minusDays(1))))
                .isEmpty();
    }

    @Test
    void fiftyAPageWithPreviousAndNextKeepingTheFilters() throws Exception {
        String objectId = uniqueObjectId();
        for (int i = 0; i < AuditLogController.PAGE_SIZE + 1; i++) {
            auditLog.record(Actor.of(Actor.Kind.APPLICANT, "7"), "LOGIN", "applicant", objectId, "#" + i);
        }

        String first = page("/staff/admin/audit?objectId=" + objectId + "&action=LOGIN");
        assertThat(tableRows(first)).hasSize(AuditLogController.PAGE_SIZE);
        assertThat(tableRows(first).get(0).get(4)).isEqualTo("#50");
        assertThat(first).contains("/staff/admin/audit?action=LOGIN&amp;objectId=" + objectId + "&amp;page=1\"");

        String second = page("/staff/admin/audit?action=LOGIN&objectId=" + objectId + "&page=1");
        assertThat(tableRows(second)).extracting(row -> row.get(4)).containsExactly("#0");
        assertThat(second).contains("/staff/admin/audit?action=LOGIN&amp;objectId=" + objectId + "\"")
                .doesNotContain("page=2");
    }

    @Test
    void aReviewerMayNotReadOrExportTheLog() throws Exception {
        mvc.perform(get("/staff/admin/audit").with(reviewer())).andExpect(status().isForbidden());
        mvc.perform(get("/staff/admin/audit/export").with(reviewer())).andExpect(status().isForbidden());
    }

    @Test
    void badDatesGiveAMessageNotAnError() throws Exception {
        assertThat(page("/staff/admin/audit?from=2026-02-30")).contains("开始日期“2026-02-30”不是有效日期");
        assertThat(page("/staff/admin/audit?to=yesterday")).contains("结束日期“yesterday”不是有效日期");
        assertThat(page(get("/staff/admin/audit").param("from", "+999999999-12-31"))).contains("不是有效日期");
        String reversed = page("/staff/admin/audit?from=2026-03-02&to=2026-03-01&page=x");
        assertThat(reversed).contains("开始日期不能晚于结束日期。").doesNotContain("<tbody>");
        // The export of a bad filter shows the page with the message instead of a file.
        assertThat(page("/staff/admin/audit/export?from=2026-13-01")).contains("开始日期“2026-13-01”不是有效日期");
    }

    @Test
    void exportIsAnXlsxOfTheFilteredRowsAndIsItselfAudited() throws Exception {
        String documentId = uniqueObjectId();
        auditLog.record(Actor.of(Actor.Kind.APPLICANT, "31"), "DOCUMENT_STORED", "document", documentId, "photo.png");
        auditLog.record(Actor.of(Actor.Kind.STAFF, "reviewer"), "DOCUMENT_READ", "document", documentId, "review");
        auditLog.record(Actor.of(Actor.Kind.STAFF, "reviewer"), "DOCUMENT_READ", "document", uniqueObjectId(), "other");

        byte[] file = mvc.perform(get("/staff/admin/audit/export?objectType=document&objectId=" + documentId)
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("时间", "操作人类型", "操作人编号", "操作", "操作代码",
                    "对象类型", "对象编号", "详情");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(texts(sheet.getRow(1)).subList(1, 8))
                    .containsExactly("工作人员", "reviewer", "查看文件", "DOCUMENT_READ", "文件", documentId, "review");
            assertThat(texts(sheet.getRow(2)).subList(1, 8))
                    .containsExactly("申请人", "31", "保存文件", "DOCUMENT_STORED", "文件", documentId, "photo.png");
            assertThat(sheet.getRow(1).getCell(0).getLocalDateTimeCellValue()).isNotNull();
        }

        AuditEvent exported = events.findByActionOrderByIdDesc("AUDIT_EXPORTED", PageRequest.of(0, 20)).stream()
                .filter(e -> e.getDetail().contains(documentId)).findFirst().orElseThrow();
        assertThat(exported.getActorKind()).isEqualTo("STAFF");
        assertThat(exported.getActorId()).isEqualTo("admin");
        assertThat(exported.getObjectType()).isEqualTo("audit");
        assertThat(exported.getDetail()).isEqualTo("objectType=document objectId=" + documentId + " rows=2");
    }

    private String page(String url) throws Exception {
        return page(get(url));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The result table's rows, each cell's text with tags removed and blanks collapsed. */
    private static List<List<String>> tableRows(String html) {
        Matcher body = TBODY.matcher(html);
        assertThat(body.find()).as("result table").isTrue();
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(body.group(1));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
            }
            if (cells.size() > 1) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
        return texts;
    }

    private static String uniqueObjectId() {
        return "audit-test-" + UniqueData.studentNo();
    }

    private static RequestPostProcessor admin() {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal("admin", "系统管理员", List.of("camunda-admin")), null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF", "ROLE_ADMIN", "GROUP_camunda-admin")));
    }

    private static RequestPostProcessor reviewer() {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal("reviewer", "王审核", List.of("realNameReview")), null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF", "GROUP_realNameReview")));
    }
}
