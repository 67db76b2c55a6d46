package io.casehall.shared.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.seal.BilingualDocument.Field;
import io.casehall.shared.seal.BilingualDocument.Fields;
import io.casehall.shared.security.Actor;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestFiles;
import io.casehall.support.UniqueData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

/** The public verification page through HTTP, as a third party without an account uses it. */
class VerifyPageTest extends IntegrationTest {

    @Autowired
    SealedPdfs sealedPdfs;
    @Autowired
    DocumentStore documents;
    @Autowired
    JdbcTemplate jdbc;

    private final Actor graduate = Actor.of(Actor.Kind.APPLICANT, "seal-" + UniqueData.studentNo());

    @Test
    void anyoneCanOpenThePageWithBothForms() throws Exception {
        mvc.perform(get("/verify"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文件真伪核验")))
                .andExpect(content().string(containsString("name=\"file\"")))
                .andExpect(content().string(containsString("name=\"number\"")))
                .andExpect(content().string(containsString("_csrf")));
        mvc.perform(get("/verify").param("lang", "en"))
                .andExpect(content().string(containsString("Verify a document")));
    }

    @Test
    void anIssuedPdfIsGenuineAndTheCheckIsAudited() throws Exception {
        Issued issued = issue();
        int before = verifications();

        mvc.perform(multipart("/verify").file(pdf("成绩单.pdf", issued.bytes())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("真实有效")))
                .andExpect(content().string(containsString(issued.sealed().verificationNumber())))
                .andExpect(content().string(containsString("毕业证书英文翻译 Diploma (English Translation)")))
                .andExpect(content().string(containsString("CaseHall 示范大学 证明专用章")));

        assertThat(verifications()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'PDF_VERIFIED'"
                + " and object_id = ? order by id desc limit 1", String.class, issued.sealed().verificationNumber()))
                .startsWith("upload GENUINE sha256=" + issued.sealed().sha256());
    }

    @Test
    void aTamperedPdfIsReportedAsModifiedInEitherLanguage() throws Exception {
        Issued issued = issue();
        byte[] tampered = issued.bytes().clone();
        int inside = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("stream") + 40;
        tampered[inside] ^= 0x01;

        mvc.perform(multipart("/verify").file(pdf("成绩单.pdf", tampered)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文件已被修改")))
                .andExpect(content().string(not(containsString("真实有效"))));
        mvc.perform(multipart("/verify").file(pdf("transcript.pdf", tampered)).param("lang", "en").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The document has been modified")));
    }

    @Test
    void garbageAndImpostorsGetAClearMessageNeverAnError() throws Exception {
        mvc.perform(multipart("/verify").file(pdf("scan.pdf", "just some text".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不是真正的 PDF 文件")));
        mvc.perform(multipart("/verify").file(pdf("photo.png", TestFiles.png())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请上传 PDF 格式的文件")));
        mvc.perform(multipart("/verify").file(pdf("broken.pdf", "%PDF-1.7\n garbage".getBytes(StandardCharsets.US_ASCII)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("无法读取")));
        mvc.perform(multipart("/verify").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择要核验的 PDF 文件")));
    }

    @Test
    void theNumberPrintedOnTheDocumentFindsItsIssueRecord() throws Exception {
        Issued issued = issue();
        String number = issued.sealed().verificationNumber();

        mvc.perform(post("/verify/number").param("number", number.toLowerCase().replace("-", " ")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("验证编号有效")))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("毕业证书英文翻译 Diploma (English Translation)")));
        mvc.perform(post("/verify/number").param("number", "ZZZZ-ZZZZ-ZZZZ-ZZZZ").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未找到该验证编号")))
                .andExpect(content().string(containsString("value=\"ZZZZ-ZZZZ-ZZZZ-ZZZZ\"")));
        mvc.perform(post("/verify/number").param("number", "  ").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请输入验证编号")));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/verify/number").param("number", "ZZZZ-ZZZZ-ZZZZ-ZZZZ"))
                .andExpect(status().isForbidden());
    }

    private Issued issue() {
        SealedPdf sealed = sealedPdfs.issue("ARCHIVE-" + UniqueData.studentNo(), graduate, "毕业证书英文翻译.pdf",
                new BilingualDocument("毕业证书英文翻译", "Diploma (English Translation)", List.of(new Fields(List.of(
                        new Field("姓名", "Name", "李娜 LI Na"),
                        new Field("专业", "Major", "法学 Law"))))));
        return new Issued(sealed, documents.read(sealed.documentId(), graduate).bytes());
    }

    private int verifications() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'PDF_VERIFIED'", Integer.class);
    }

    private static MockMultipartFile pdf(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/pdf", content);
    }

    private record Issued(SealedPdf sealed, byte[] bytes) {
    }
}
