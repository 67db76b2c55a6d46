package io.casehall.creditbank.learner;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.InstitutionDirectory;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.support.TestIdNumbers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Institutions signed in for MockMvc, their achievements, ID numbers no other test uses, and hand-made workbooks. */
@Component
class LearnerTestSupport {

    /** Birth dates spread over 30 years with a 3-digit sequence: unique across the shared test database. */
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 10_000_000L);

    private final InstitutionDirectory directory;
    private final AchievementRepository achievements;

    LearnerTestSupport(InstitutionDirectory directory, AchievementRepository achievements) {
        this.directory = directory;
        this.achievements = achievements;
    }

    static String idNumber() {
        long n = NEXT.incrementAndGet();
        LocalDate birth = LocalDate.of(1975, 1, 1).plusDays((n / 1000) % 11_000);
        return TestIdNumbers.withCheck("430102" + birth.toString().replace("-", "") + String.format("%03d", n % 1000));
    }

    /** The same number with a wrong check character. */
    static String badChecksum(String id) {
        char last = id.charAt(17);
        return id.substring(0, 17) + (last == '1' ? '2' : '1');
    }

    InstitutionPrincipal principal(String login) {
        return directory.principalOf(directory.user(login).orElseThrow());
    }

    RequestPostProcessor as(TestInstitutions.Registered institution) {
        return as(principal(institution.adminLogin()));
    }

    static RequestPostProcessor as(InstitutionPrincipal principal) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_INSTITUTION"));
        principal.groupIds().forEach(g -> authorities.add(new SimpleGrantedAuthority("GROUP_" + g)));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    Achievement achievement(TestInstitutions.Registered institution, String name) {
        return achievements.save(new Achievement(institution.institution().getId(), new AchievementData(name,
                AchievementSubtype.HIGHER_CERTIFICATE, "长沙理工大学", "本科", "经济学", "经济学类", "经济统计学", "020102",
                "毕业证书", new BigDecimal("4"), new BigDecimal("12"), new BigDecimal("4"), new BigDecimal("4"),
                LocalDate.of(2022, 3, 1), "测试"), "test", Instant.now()));
    }

    /** A workbook with the header row and the rows as text cells. */
    static byte[] xlsx(List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    row.createCell(i).setCellValue(rows.get(r).get(i));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Post/redirect/get as {@code IntegrationTest.followRedirect}, but the redirect's address is used as it is (it is
     * already encoded: building it from text again would encode Chinese filter values twice).
     */
    static String follow(org.springframework.test.web.servlet.MockMvc mvc,
                         org.springframework.test.web.servlet.ResultActions post, RequestPostProcessor as)
            throws Exception {
        org.springframework.test.web.servlet.MvcResult result = post.andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection()).andReturn();
        org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder next =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        java.net.URI.create(result.getResponse().getRedirectedUrl())).with(as);
        if (result.getResponse().getCookies().length > 0) {
            next.cookie(result.getResponse().getCookies());
        }
        next.flashAttrs(result.getFlashMap());
        return mvc.perform(next).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                .isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
