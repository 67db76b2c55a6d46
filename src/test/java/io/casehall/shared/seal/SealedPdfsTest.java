package io.casehall.shared.seal;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.shared.seal.Verification.Result;
import io.casehall.shared.security.Actor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issuing and verifying sealed PDFs without Spring: render, seal, sign, read back, tamper, verify. */
class SealedPdfsTest {

    private static final Actor OWNER = Actor.of(Actor.Kind.APPLICANT, "4711");

    @TempDir
    static Path folder;

    static SealFixture seal;

    @BeforeAll
    static void keystore() {
        seal = new SealFixture(folder);
    }

    @Test
    void anIssuedTranscriptVerifiesAsGenuineAndReadsBackInChineseAndEnglish() throws IOException {
        SealedPdf issued = seal.sealedPdfs.issue("202109090029", OWNER, "202109090029成绩单.pdf",
                SealFixture.transcript(60));
        byte[] pdf = seal.lastStored();
        writeSampleIfAsked(pdf);

        Verification verification = seal.sealedPdfs.verify(pdf);
        assertThat(verification.result()).isEqualTo(Result.GENUINE);
        assertThat(verification.verificationNumber()).isEqualTo(issued.verificationNumber());
        assertThat(verification.title()).isEqualTo("硕士研究生成绩单 Transcript of Records (Master's Degree)");
        assertThat(verification.issuedAt()).isEqualTo(SealFixture.CLOCK.instant());
        assertThat(verification.signer()).isEqualTo("CaseHall 示范大学 证明专用章");
        assertThat(issued.sha256()).isEqualTo(Hashes.sha256Hex(pdf));
        assertThat(issued.verificationNumber()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("硕士研究生成绩单", "Transcript of Records (Master's Degree)", "张伟 ZHANG Wei",
                    "大连理工大学档案馆", "成绩单", "毕业证书与學位證書另附。", "如下：", "Advanced Chemical Engineering",
                    "化工热力学（高等）", "证明专用章", "签发日期：2026年1月2日", "Date of issue: 2 January 2026");
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(document);
                assertThat(pageText).as("page %d", page)
                        .contains(issued.verificationNumber(), "/verify", "2026-01-02",
                                "Page " + page + " of " + document.getNumberOfPages(), "课程 Course");
            }
        }
    }

    @Test
    void theSignatureIsPadesBaselineWithTheWidgetOverTheSeal() throws Exception {
        seal.sealedPdfs.issue("C-1", OWNER, "diploma.pdf", SealFixture.transcript(3));
        byte[] pdf = seal.lastStored();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getName()).isEqualTo("CaseHall 示范大学 证明专用章");
            assertThat(signature.getReason()).contains("证明专用章", "Archive certificate");
            assertThat(signature.getSignDate()).isNotNull();
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).isEqualTo(pdf.length);

            CMSSignedData cms = new CMSSignedData(PdfSignatureInspector.contentInfo(signature.getContents()));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getDigestAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256.getId());
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
            assertThat(cms.getCertificates().getMatches(null)).hasSize(1);

            PDPage last = document.getPage(document.getNumberOfPages() - 1);
            List<PDAnnotation> widgets = last.getAnnotations();
            assertThat(widgets).hasSize(1);
            PDRectangle area = widgets.get(0).getRectangle();
            assertThat(area.getWidth()).isEqualTo(2 * IssuerBlock.SEAL_RADIUS);
            assertThat(widgets.get(0).getCOSObject().getCOSName(COSName.FT)).isEqualTo(COSName.SIG);
        }
    }

    @Test
    void oneChangedByteInsideTheSignedRangeIsNoLongerGenuine() throws IOException {
        seal.sealedPdfs.issue("C-2", OWNER, "t.pdf", SealFixture.transcript(5));
        byte[] pdf = seal.lastStored();
        byte[] tampered = pdf.clone();
        int insideContent = indexOf(tampered, "stream") + 40;
        assertThat(insideContent).isGreaterThan(40);
        tampered[insideContent] ^= 0x01;

        Verification verification = seal.sealedPdfs.verify(tampered);
        assertThat(verification.result()).isEqualTo(Result.MODIFIED);
        assertThat(seal.sealedPdfs.verify(pdf).result()).isEqualTo(Result.GENUINE);
    }

    @Test
    void aChangedSignatureValueIsAnInvalidSignature() throws IOException {
        seal.sealedPdfs.issue("C-3", OWNER, "t.pdf", SealFixture.transcript(2));
        byte[] pdf = seal.lastStored();
        int[] range;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            range = document.getLastSignatureDictionary().getByteRange();
        }
        byte[] tampered = pdf.clone();
        int inSignature = range[1] + 1 + 1200;
        tampered[inSignature] = (byte) (tampered[inSignature] == '0' ? '1' : '0');

        assertThat(seal.sealedPdfs.verify(tampered).result()).isEqualTo(Result.INVALID_SIGNATURE);
    }

    @Test
    void somethingAppendedAfterSigningIsAModification() throws IOException {
        SealedPdf issued = seal.sealedPdfs.issue("C-4", OWNER, "t.pdf", SealFixture.transcript(2));
        byte[] pdf = seal.lastStored();
        byte[] appended = Arrays.copyOf(pdf, pdf.length + 40);
        System.arraycopy("\n% a later revision\n".getBytes(StandardCharsets.US_ASCII), 0, appended, pdf.length, 20);

        Verification verification = seal.sealedPdfs.verify(appended);
        assertThat(verification.result()).isEqualTo(Result.MODIFIED);
        assertThat(verification.verificationNumber()).isEqualTo(issued.verificationNumber());
    }

    @Test
    void aValidSealOnAFileTheRegistryDoesNotHoldIsUnknown() {
        SealFixture other = new SealFixture(folder);
        other.sealedPdfs.issue("C-5", OWNER, "t.pdf", SealFixture.transcript(2));
        other.issued.clear();

        assertThat(other.sealedPdfs.verify(other.lastStored()).result()).isEqualTo(Result.UNKNOWN);
    }

    @Test
    void aFileSealedWithAnotherKeyIsAnInvalidSignature(@TempDir Path elsewhere) {
        SealFixture forger = new SealFixture(elsewhere);
        forger.sealedPdfs.issue("C-6", OWNER, "fake.pdf", SealFixture.transcript(2));

        Verification verification = seal.sealedPdfs.verify(forger.lastStored());
        assertThat(verification.result()).isEqualTo(Result.INVALID_SIGNATURE);
        assertThat(verification.signer()).isEqualTo("CaseHall 示范大学 证明专用章 (demo)");
    }

    @Test
    void documentsSealedBeforeTheCertificateWasRenewedStillVerify(@TempDir Path renewedKey) {
        SealedPdf issued = seal.sealedPdfs.issue("C-9", OWNER, "t.pdf", SealFixture.transcript(1));
        byte[] before = seal.lastStored();
        SealFixture renewed = new SealFixture(renewedKey, seal.issued);

        assertThat(renewed.sealedPdfs.verify(before).result()).isEqualTo(Result.GENUINE);
        assertThat(renewed.sealedPdfs.verify(before).verificationNumber()).isEqualTo(issued.verificationNumber());
    }

    @Test
    void unsignedAndUnreadableFilesAreToldApart() throws IOException {
        byte[] plain;
        try (PDDocument document = new PDDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            plain = out.toByteArray();
        }
        assertThat(seal.sealedPdfs.verify(plain).result()).isEqualTo(Result.NOT_SIGNED);
        assertThat(seal.sealedPdfs.verify("%PDF-1.7 nothing else".getBytes(StandardCharsets.US_ASCII)).result())
                .isEqualTo(Result.UNREADABLE);
        assertThat(seal.sealedPdfs.verify(new byte[0]).result()).isEqualTo(Result.UNREADABLE);
    }

    @Test
    void theNumberOnTheDocumentFindsItHoweverItIsTyped() {
        SealedPdf issued = seal.sealedPdfs.issue("C-7", OWNER, "t.pdf", SealFixture.transcript(1));
        String typed = " " + issued.verificationNumber().replace("-", "").toLowerCase() + " ";

        Verification verification = seal.sealedPdfs.verifyNumber(typed);
        assertThat(verification.result()).isEqualTo(Result.ISSUED);
        assertThat(verification.verificationNumber()).isEqualTo(issued.verificationNumber());
        assertThat(verification.title()).startsWith("硕士研究生成绩单");
        assertThat(seal.sealedPdfs.verifyNumber("0000-0000-0000-0000").result()).isEqualTo(Result.UNKNOWN);
        assertThat(seal.sealedPdfs.verifyNumber("not a number").result()).isEqualTo(Result.UNKNOWN);
        assertThat(seal.sealedPdfs.verifyNumber(null).result()).isEqualTo(Result.UNKNOWN);
    }

    @Test
    void charactersTheFontLacksArePrintedAsQuestionMarksInsteadOfFailing() throws IOException {
        BilingualDocument document = new BilingualDocument("证明 😀", "Certificate\tof 𠀀", List.of(
                new BilingualDocument.Paragraph("姓名：\u0000王𠀀", "Name:\r\nWANG")));
        seal.sealedPdfs.issue("C-8", OWNER, "odd.pdf", document);
        try (PDDocument pdf = Loader.loadPDF(seal.lastStored())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("证明 ?", "姓名： 王?", "WANG");
        }
    }

    private static int indexOf(byte[] haystack, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle))
                .matcher(new String(haystack, StandardCharsets.ISO_8859_1));
        return matcher.find() ? matcher.start() : -1;
    }

    /** {@code -Dseal.sample=/path/file.pdf} keeps a sample for looking at it (pdftoppm, pdfsig). */
    private static void writeSampleIfAsked(byte[] pdf) throws IOException {
        String target = System.getProperty("seal.sample");
        if (target != null) {
            Files.write(Path.of(target), pdf);
        }
    }
}
