package io.casehall.creditbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.creditbank.feedback.AchievementFeedbacks;
import io.casehall.creditbank.feedback.Feedback;
import io.casehall.creditbank.feedback.FeedbackCategory;
import io.casehall.creditbank.learner.LearnerAccounts;
import io.casehall.creditbank.learner.LearnerAchievements;
import io.casehall.staff.StaffPrincipal;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every page of the credit bank reads fully in English with {@code ?lang=en}: the institution space (an administrator
 * of an institution with Latin-named data), the registration and setup steps, the learner's portal pages and the
 * staff's school list. What may stay Chinese is data: the strings a test institution is given by
 * {@link TestInstitutions} and the reference list's department; they are removed before the check. The language
 * switch names Chinese in Chinese ("中文"), as language switches do; the values a form posts (option values) are the
 * stored codes, not text.
 */
class CreditBankEnglishPagesTest extends IntegrationTest {

    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}，。：；（）、“”？！【】《》]");

    /** Data that TestInstitutions writes in Chinese, and the language switch. */
    private static final List<String> DATA = List.of("湖南省教育厅", "高职（专科）", "李校长", "王老师", "王登记",
            "长沙市岳麓区学府路1号", "职业教育", "中文");

    @Autowired
    TestInstitutions institutions;
    @Autowired
    InstitutionDirectory directory;
    @Autowired
    InstitutionAccounts accounts;
    @Autowired
    InstitutionRepository institutionRepository;
    @Autowired
    AchievementRepository achievements;
    @Autowired
    LearnerAccounts learners;
    @Autowired
    LearnerAchievements learnerAchievements;
    @Autowired
    TestApplicants applicants;
    @Autowired
    AccountService applicantAccounts;
    @Autowired
    AchievementFeedbacks feedbacks;

    private final List<String> problems = new ArrayList<>();

    @Test
    void everyPageOfTheCreditBankReadsInEnglish() throws Exception {
        TestInstitutions.Registered school =
                institutions.registered("Riverside Polytechnic " + UniqueData.schoolCode());
        InstitutionPrincipal admin = principal(school.adminLogin());
        RequestPostProcessor as = as(admin);
        Achievement degree = achievements.save(new Achievement(school.institution().getId(), new AchievementData(
                "Logistics Diploma", AchievementSubtype.HIGHER_CERTIFICATE, "Riverside Polytechnic", "本科",
                "Economics", "Statistics", "Economic statistics", "020102", "毕业", new BigDecimal("4"),
                new BigDecimal("12"), new BigDecimal("4"), new BigDecimal("4"), LocalDate.of(2022, 3, 1),
                "A test diploma"), school.adminLogin(), Instant.now()));
        String idNumber = TestIdNumbers.next();
        Learner learner = learners.add(admin, "Alice Smith", idNumber);
        LearnerAchievement held = learnerAchievements.store(admin, degree.getId(),
                new LearnerAchievements.NewEntry("Alice Smith", idNumber, "NO" + UniqueData.schoolCode(),
                        LocalDate.of(2022, 7, 1)));
        String list = page("/institution/achievements", as);
        assertThat(list).contains("Institution achievements", "Logistics Diploma",
                "General higher education certificate", "Not recognised", "Degree achievement");
        String chinese = mvc.perform(get("/institution/achievements/" + degree.getId()).with(as)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(chinese).as("Chinese stays the default").contains("学历成果", "普通高等教育学历证书", "未认定",
                "毕业结论", "本科", "颁证机构");
        String details = page("/institution/achievements/" + degree.getId(), as);
        assertThat(details).contains("Graduated", "Bachelor", "Graduation conclusion", "Issuing body");
        assertThat(page("/institution/achievements/new/HIGHER_CERTIFICATE", as)).contains("Choose Level",
                "Secondary vocational", "Save");
        page("/institution", as);
        page("/institution/achievements/new", as);
        page("/institution/achievements/import", as);
        page("/institution/achievements/import/HIGHER_CERTIFICATE", as);
        page("/institution/achievements/delete?ids=" + degree.getId(), as);
        assertThat(page("/institution/learners", as)).contains("Alice Smith", "Not activated");
        page("/institution/learners/" + learner.getId() + "/edit", as);
        page("/institution/learners/delete?ids=" + learner.getId(), as);
        page("/institution/learners/import", as);
        assertThat(page("/institution/learner-achievements", as)).contains("Stored by the institution");
        page("/institution/learner-achievements/" + held.getId(), as);
        page("/institution/learner-achievements/withdraw?ids=" + held.getId(), as);
        page("/institution/learner-achievements/store", as);
        page("/institution/learner-achievements/store/" + degree.getId(), as);
        page("/institution/learner-achievements/imports", as);
        page("/institution/feedback", as);
        page("/institution/messages", as);
        page("/institution/profile", as);
        page("/institution/profile/edit", as);
        page("/institution/account/password", as);
        page("/institution/account/phone", as);
        InstitutionUser bob = institutions.subUser(school, "Bob Jones", List.of(CreditBankGroups.INSTITUTION_USER));
        assertThat(page("/institution/users", as)).contains("Bob Jones", "Institution user");
        page("/institution/users/new", as);
        page("/institution/users/" + bob.getUserId() + "/edit", as);
        page("/institution/users/" + bob.getUserId() + "/delete", as);
        page("/institution/setup/done", as);

        String refused = check("refused achievement form", followRedirect(mvc.perform(
                post("/institution/achievements/new/HIGHER_CERTIFICATE").param("lang", "en").param("studyYears", "x")
                        .with(csrf()).with(as)), as).andReturn());
        assertThat(refused).contains("Achievement name is required", "Years of study &quot;x&quot; is not a number");

        RequestPostProcessor nobody = request -> request;
        page("/institution/login", nobody);
        page("/institution/register", nobody);
        page("/institution/register/agreement", nobody);
        page("/institution/password/forgot", nobody);

        School hillside = institutions.school("Hillside College " + UniqueData.schoolCode());
        Institution fresh = accounts.open(hillside, TestInstitutions.PASSWORD, UniqueData.mobile());
        RequestPostProcessor newcomer = as(principal(InstitutionAccounts.administratorLogin(hillside)));
        page("/institution/setup/registrant", newcomer);
        fresh = institutionRepository.findById(fresh.getId()).orElseThrow();
        fresh.recordRegistrant("Carol White", TestIdNumbers.next(), Instant.now());
        institutionRepository.save(fresh);
        page("/institution/setup/details", newcomer);

        ApplicantPrincipal applicant = applicants.create("Alice Smith");
        applicantAccounts.markRealNameVerified(applicant.applicantId(), idNumber, null);
        RequestPostProcessor portal = authentication(UsernamePasswordAuthenticationToken.authenticated(applicant, null,
                AuthorityUtils.createAuthorityList("ROLE_APPLICANT")));
        assertThat(main(page("/achievements", portal))).contains("Logistics Diploma", "Stored by the institution");
        Feedback feedback = feedbacks.submit(applicant.applicantId(), held.getId(), FeedbackCategory.PHOTO,
                "The photo is not mine");
        assertThat(main(page("/achievements/feedback", portal))).contains("The photo is not mine");
        assertThat(page("/institution/feedback/" + feedback.getId(), as)).contains("The photo is not mine");
        page("/achievements/" + held.getId() + "/feedback", portal);

        RequestPostProcessor staff = authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal("admin", "Administrator", List.of("camunda-admin")), null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF", "ROLE_ADMIN", "GROUP_camunda-admin")));
        page("/staff/admin/creditbank/schools", staff);

        byte[] file = courses(mvc.perform(get("/institution/achievements/import/HIGHER_COURSE/template").with(as))
                .andReturn().getResponse().getContentAsByteArray());
        String batch = check("achievement import", followRedirect(mvc.perform(
                multipart("/institution/achievements/import/HIGHER_COURSE").file(new MockMultipartFile("file",
                        "courses.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                        .param("lang", "en").with(csrf()).with(as)), as).andReturn());
        assertThat(batch).contains("Import log", "1 imported", "1 refused");
        page("/institution/achievements/import", as);
        page("/institution/achievements", as);

        assertThat(check("learner added", followRedirect(mvc.perform(post("/institution/learners/add")
                .param("name", "David Brown").param("idNumber", TestIdNumbers.next()).param("lang", "en")
                .with(csrf()).with(as)), as).andReturn())).contains("David Brown", "Not activated");
        String learnerBatch = check("learner import", followRedirect(mvc.perform(
                multipart("/institution/learners/import").file(new MockMultipartFile("file", "learners.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        learnersWorkbook("Erin Green", TestIdNumbers.next(), "Frank Hall", "123")))
                        .param("lang", "en").with(csrf()).with(as)), as).andReturn());
        assertThat(learnerBatch).contains("Frank Hall", "The ID number must have 18 characters");

        assertThat(problems).as("Chinese text in English pages").isEmpty();
    }

    /** The page in English (status 200); the Chinese it shows outside the known data is recorded as a problem. */
    private String page(String url, RequestPostProcessor as) throws Exception {
        return check(url, mvc.perform(get(url).param("lang", "en").with(as)).andReturn());
    }

    private String check(String url, MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (result.getResponse().getStatus() != 200) {
            problems.add(url + " answered " + result.getResponse().getStatus());
            return body;
        }
        String checked = url.startsWith("/achievements") || url.startsWith("/staff") ? main(body) : body;
        checked = checked.replaceAll("(?s)<!--.*?-->", "").replaceAll(" value=\"[^\"]*\"", "");
        for (String data : DATA) {
            checked = checked.replace(data, "");
        }
        Matcher han = HAN.matcher(checked);
        while (han.find()) {
            int from = Math.max(0, han.start() - 60);
            int to = Math.min(checked.length(), han.end() + 60);
            problems.add(url + ": …" + checked.substring(from, to).replaceAll("\\s+", " ") + "…");
            checked = checked.substring(to);
            han = HAN.matcher(checked);
        }
        assertThat(body).doesNotContain("??");
        return body;
    }

    /** The course template with a good row and a row whose hours are not a number (headers and subtype are Chinese). */
    private static byte[] courses(byte[] template) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> columns = new HashMap<>();
            for (Cell cell : sheet.getRow(0)) {
                columns.put(cell.getStringCellValue().replace("*", "").strip(), cell.getColumnIndex());
            }
            String[][] rows = {
                    {"Imported Course " + UniqueData.schoolCode(), "32", "2"},
                    {"Bad Course " + UniqueData.schoolCode(), "many", "1"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(columns.get("成果名称")).setCellValue(rows[r][0]);
                row.createCell(columns.get("成果子类型")).setCellValue("普通高等教育学历课程");
                row.createCell(columns.get("颁证机构")).setCellValue("Riverside Polytechnic");
                row.createCell(columns.get("原始学时")).setCellValue(rows[r][1]);
                row.createCell(columns.get("原始学分")).setCellValue(rows[r][2]);
                row.createCell(columns.get("成果简介")).setCellValue("An imported course");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A learner workbook (the template's Chinese headers) with the names and ID numbers given. */
    private static byte[] learnersWorkbook(String... namesAndIds) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("learners");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("学员姓名");
            header.createCell(1).setCellValue("身份证号");
            for (int i = 0; i < namesAndIds.length; i += 2) {
                Row row = sheet.createRow(i / 2 + 1);
                row.createCell(0).setCellValue(namesAndIds[i]);
                row.createCell(1).setCellValue(namesAndIds[i + 1]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The module's own part of a page that another module frames (portal, staff console). */
    private static String main(String body) {
        int from = body.indexOf("<main");
        int to = body.lastIndexOf("</main>");
        return from < 0 || to < 0 ? body : body.substring(from, to);
    }

    private InstitutionPrincipal principal(String login) {
        return directory.principalOf(directory.user(login).orElseThrow());
    }

    private static RequestPostProcessor as(InstitutionPrincipal principal) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_INSTITUTION"));
        principal.groupIds().forEach(g -> authorities.add(new SimpleGrantedAuthority("GROUP_" + g)));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }
}
