package io.casehall.deposit.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.deposit.DepositServiceType;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.seal.SealedPdfs;
import io.casehall.shared.seal.Verification.Result;
import io.casehall.shared.security.Actor;
import io.casehall.support.IntegrationTest;
import io.casehall.support.Programs;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

/** The archive office's three sealed PDFs, issued through the application as the deposit process will. */
class DepositDocumentsTest extends IntegrationTest {

    private static final String AGENCY = "辽宁省大连市人才服务中心";

    @Autowired
    DepositDocuments depositDocuments;
    @Autowired
    DocumentStore documents;
    @Autowired
    SealedPdfs sealedPdfs;
    @Autowired
    JdbcTemplate jdbc;

    private final long applicantId = Long.parseLong(UniqueData.studentNo());
    private final Actor applicant = Actor.of(Actor.Kind.APPLICANT, String.valueOf(applicantId));
    private final String idNumber = TestIdNumbers.next();

    @Test
    void theTransferNoticeIsSignedGenuineAndCarriesTheNumberAboveAndBelowTheCutLine() throws Exception {
        String number = applicationNumber();
        DepositDocument notice = depositDocuments.issueTransferNotice(notice(number));
        byte[] pdf = documents.read(notice.documentId(), applicant).bytes();
        writeSampleIfAsked("transfer-notice.pdf", pdf);

        SignatureCheck.assertValid(pdf);
        assertThat(sealedPdfs.verify(pdf).result()).isEqualTo(Result.GENUINE);
        assertThat(notice.fileName()).isEqualTo(number + "-调档通知单.pdf");
        mvc.perform(multipart("/verify").file(new MockMultipartFile("file", notice.fileName(), "application/pdf", pdf))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("真实有效")))
                .andExpect(content().string(containsString("调档通知单 Notice of Personnel Archive Transfer")))
                .andExpect(content().string(containsString(notice.verificationNumber())));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("notice and slip on one sheet").isEqualTo(1);
        }
        String text = text(pdf);
        int cut = text.indexOf("沿虚线剪下 Cut along the dashed line");
        assertThat(cut).as("the cut line").isPositive();
        String upper = text.substring(0, cut);
        String slip = text.substring(cut);
        assertThat(upper).contains("调档通知单", "致" + AGENCY + "：", "王芳", "女", "1998年5月12日", idNumber,
                "出国（境）存档", "申请编号：" + number, "特此通知。", "示范大学档案馆", "示范市学府路1号",
                "证明专用章", "签发日期：2026年12月2日");
        assertThat(slip).contains("沿虚线剪下 Cut along the dashed line", "调档通知单（下联）", number, "王芳", AGENCY,
                "贴于密封的档案袋封面");
        assertThat(slip).doesNotContain(idNumber);
    }

    /** Poppler's verifier, where the machine has it (the issue checks the notice with it); skipped elsewhere. */
    @Test
    void pdfsigFindsTheNoticeSignatureValidAndCoveringTheWholeFile() throws Exception {
        Optional<Path> pdfsig = Programs.onPath("pdfsig");
        assumeTrue(pdfsig.isPresent(), "pdfsig (poppler-utils) is not installed");
        String number = applicationNumber();
        DepositDocument notice = depositDocuments.issueTransferNotice(notice(number));
        Path file = Files.createTempFile("transfer-notice", ".pdf");
        try {
            Files.write(file, documents.read(notice.documentId(), applicant).bytes());
            Programs.Result result = Programs.run(pdfsig.get(), file.toString());
            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("Signature is Valid.", "Total document signed", "ETSI.CAdES.detached");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void issuingAgainWithTheSameApplicationNumberReturnsTheFirstDocument() {
        String number = applicationNumber();
        DepositDocument first = depositDocuments.issueTransferNotice(notice(number));
        DepositDocument again = depositDocuments.issueTransferNotice(notice(number));

        assertThat(again).isEqualTo(first);
        assertThat(depositDocuments.find(number, DepositDocumentKind.TRANSFER_NOTICE)).contains(first);
        assertThat(jdbc.queryForObject("select count(*) from sealed_document where case_key = ?", Integer.class,
                caseKey(number))).isEqualTo(1);
        assertThat(depositDocuments.find(number, DepositDocumentKind.CERTIFICATE)).isEmpty();
    }

    @Test
    void theTransferLetterNamesTheReceivingAgencyAndVerifies() throws Exception {
        String number = applicationNumber();
        DepositDocument letter = depositDocuments.issueTransferLetter(new TransferLetter(number, caseKey(number),
                applicantId, "CZ2026000123", "王芳", idNumber, "北京市海淀区人才服务中心", "工作调动",
                LocalDate.of(2026, 12, 2)));
        byte[] pdf = documents.read(letter.documentId(), applicant).bytes();
        writeSampleIfAsked("transfer-letter.pdf", pdf);

        SignatureCheck.assertValid(pdf);
        assertThat(sealedPdfs.verify(pdf).result()).isEqualTo(Result.GENUINE);
        assertThat(text(pdf)).contains("人事档案转递函", "Letter of Personnel Archive Transfer",
                "致北京市海淀区人才服务中心：", "因工作调动，申请将其人事档案转出", "CZ2026000123", idNumber, "特此函告。");
    }

    @Test
    void theCertificateStatesSinceWhenTheArchiveIsKeptAndVerifies() throws Exception {
        String number = applicationNumber();
        DepositDocument certificate = depositDocuments.issueCertificate(new DepositCertificate(number,
                caseKey(number), applicantId, "CZ2026000124", "王芳", idNumber, LocalDate.of(2025, 7, 1),
                "办理落户手续", LocalDate.of(2026, 12, 2)));
        byte[] pdf = documents.read(certificate.documentId(), applicant).bytes();
        writeSampleIfAsked("certificate.pdf", pdf);

        SignatureCheck.assertValid(pdf);
        assertThat(sealedPdfs.verify(pdf).result()).isEqualTo(Result.GENUINE);
        assertThat(text(pdf)).contains("存档证明", "Certificate of Archive Deposit", "兹证明王芳",
                "自2025年7月1日起存放于", "示范大学档案馆", "CZ2026000124", "本证明用于办理落户手续。", "特此证明。");
    }

    @Test
    void aTransferNoticeIsOnlyForTheTwoDepositServicesAndNeedsTheAgency() {
        assertThatThrownBy(() -> new TransferNotice("1", "k", 1, "王芳", "女", idNumber, LocalDate.of(1998, 5, 12),
                DepositServiceType.TRANSFER_OUT, AGENCY, LocalDate.of(2026, 12, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TransferNotice("1", "k", 1, "王芳", "女", idNumber, LocalDate.of(1998, 5, 12),
                DepositServiceType.GOING_ABROAD, " ", LocalDate.of(2026, 12, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private TransferNotice notice(String number) {
        return new TransferNotice(number, caseKey(number), applicantId, "王芳", "女", idNumber,
                LocalDate.of(1998, 5, 12), DepositServiceType.GOING_ABROAD, AGENCY, LocalDate.of(2026, 12, 2));
    }

    private static String applicationNumber() {
        return "D" + UniqueData.studentNo();
    }

    private static String caseKey(String number) {
        return "deposit-" + number;
    }

    /** With -Ddeposit.samples=<folder>, keeps the PDFs to look at or to check with other verifiers (pdfsig). */
    private static void writeSampleIfAsked(String name, byte[] pdf) throws IOException {
        String folder = System.getProperty("deposit.samples");
        if (folder != null) {
            Files.write(Path.of(folder, name), pdf);
        }
    }

    /**
     * The text in drawing order (top down, the seal after the lines it covers, the page frame last) with the line
     * breaks of wrapping removed, so that Chinese reads on unbroken.
     */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\R", "");
        }
    }
}
