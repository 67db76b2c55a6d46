package io.casehall.shared.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.shared.seal.BilingualDocument.Block;
import io.casehall.shared.seal.BilingualDocument.Box;
import io.casehall.shared.seal.BilingualDocument.CutLine;
import io.casehall.shared.seal.BilingualDocument.Field;
import io.casehall.shared.seal.BilingualDocument.Issuer;
import io.casehall.shared.seal.BilingualDocument.Paragraph;
import io.casehall.shared.seal.Verification.Result;
import io.casehall.shared.security.Actor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tear-off layout: the seal placed above a dashed cut line, and a framed slip that is never split. */
class SlipLayoutTest {

    private static final Actor OWNER = Actor.of(Actor.Kind.APPLICANT, "4712");

    @TempDir
    static java.nio.file.Path folder;

    static SealFixture seal;

    @BeforeAll
    static void keystore() {
        seal = new SealFixture(folder);
    }

    @Test
    void theSealSitsAboveTheCutLineAndTheSlipBelowItStillVerifies() throws IOException {
        seal.sealedPdfs.issue("C-SLIP-1", OWNER, "notice.pdf", notice(0));
        byte[] pdf = seal.lastStored();

        assertThat(seal.sealedPdfs.verify(pdf).result()).isEqualTo(Result.GENUINE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = pageText(document, 1);
            assertThat(text).contains("沿虚线剪下 Cut along the dashed line", "调档通知单（下联）", "申请编号",
                    "20261202-0007", "某市人才服务中心", "请将本联贴于档案袋封面。");
            int cut = text.indexOf("沿虚线剪下");
            assertThat(text.indexOf("签发日期：")).isBetween(0, cut);
            assertThat(text.indexOf("调档通知单（下联）")).isGreaterThan(cut);

            float cutY = baselineOf(document, "沿虚线剪下");
            PDRectangle widget = document.getPage(0).getAnnotations().get(0).getRectangle();
            assertThat(widget.getLowerLeftY()).isGreaterThan(cutY);
            assertThat(dashPatterns(document.getPage(0))).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void aCutLineGoesOverToTheNextPageWithTheSlipThatNoLongerFits() throws IOException {
        // Thirteen short paragraphs leave room under the seal for the cut line alone, not for the slip.
        seal.sealedPdfs.issue("C-SLIP-2", OWNER, "notice.pdf", notice(13));
        try (PDDocument document = Loader.loadPDF(seal.lastStored())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String first = pageText(document, 1);
            String second = pageText(document, 2);
            assertThat(first).contains("签发日期：").doesNotContain("沿虚线剪下", "调档通知单（下联）");
            assertThat(second).contains("沿虚线剪下", "调档通知单（下联）", "20261202-0007", "某市人才服务中心");
        }
    }

    @Test
    void aDocumentIsSealedOnlyOnce() {
        assertThatThrownBy(() -> new BilingualDocument("通知", "Notice", List.of(new Issuer(), new Issuer())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A notice with {@code filler} extra paragraphs before the issuer, to push the slip off the first page. */
    private static BilingualDocument notice(int filler) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("致某市人才服务中心：", "To the Talent Service Centre:"));
        for (int i = 0; i < filler; i++) {
            blocks.add(new Paragraph("第" + (i + 1) + "段。", null));
        }
        blocks.add(new Issuer());
        blocks.add(new CutLine("沿虚线剪下", "Cut along the dashed line"));
        blocks.add(new Box("调档通知单（下联）", "Slip", List.of(
                new Field("申请编号", "Application No.", "20261202-0007"),
                new Field("姓名", "Name", "王芳"),
                new Field("档案保管机构", "Archive held by", "某市人才服务中心")),
                new Paragraph("请将本联贴于档案袋封面。", "Stick this slip on the envelope.")));
        return new BilingualDocument("调档通知单", "Notice of Personnel Archive Transfer", blocks);
    }

    /** A page's text in drawing order: sorted by position, the seal's letters would mix into the lines they cover. */
    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The baseline (in PDF coordinates, from the bottom) of the first line starting with {@code start}. */
    private static float baselineOf(PDDocument document, String start) throws IOException {
        float[] found = {Float.NaN};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (Float.isNaN(found[0]) && text.startsWith(start)) {
                    found[0] = positions.get(0).getPageHeight() - positions.get(0).getYDirAdj();
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(document);
        assertThat(found[0]).as("position of %s", start).isNotNaN();
        return found[0];
    }

    /** How many non-empty dash patterns ({@code [..] phase d}) the page content sets. */
    private static int dashPatterns(PDPage page) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator operator && "d".equals(operator.getName()) && i >= 2
                    && tokens.get(i - 2) instanceof COSArray dashes && dashes.size() > 0) {
                count++;
            }
        }
        return count;
    }
}
