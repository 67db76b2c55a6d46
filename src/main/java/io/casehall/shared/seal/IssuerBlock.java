package io.casehall.shared.seal;

import io.casehall.shared.seal.BilingualPdfRenderer.SealPlacement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The issuing block: at the right the issuer's name and the date of issue with the seal drawn over them, as a
 * paper document is sealed over its signature line; at the left, beside them, how to check the document.
 */
final class IssuerBlock {

    static final float SEAL_RADIUS = 60;
    private static final DateTimeFormatter DATE_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final float[] SIZES = {11.5f, 9, 10.5f, 9};
    /** From the block's top to the first issuer line's baseline, leaving room for the seal's upper rim. */
    private static final float FIRST_BASELINE = 30;
    private static final float GUTTER = 20;
    private static final float NOTICE_ZH = 9.5f;
    private static final float NOTICE_EN = 8.5f;

    private IssuerBlock() {
    }

    static SealPlacement draw(PdfCanvas canvas, SealSettings settings, String number, LocalDate issued) {
        TextKit text = canvas.text();
        String[] lines = {text.safe(settings.universityName()), text.safe(settings.universityNameEn()),
                text.safe("签发日期：" + DATE_ZH.format(issued)), "Date of issue: " + DATE_EN.format(issued)};
        float right = PdfCanvas.RIGHT - 10;
        float issuerLeft = right;
        for (int i = 0; i < lines.length; i++) {
            issuerLeft = Math.min(issuerLeft, right - text.width(lines[i], SIZES[i]));
        }
        float cx = right - 75;
        float noticeWidth = Math.max(PdfCanvas.width() * 0.4f, Math.min(issuerLeft, cx - SEAL_RADIUS) - GUTTER
                - PdfCanvas.LEFT);
        String url = settings.verificationUrl();
        List<String> zh = text.wrap("本文件由" + settings.universityName() + "加盖电子印章签发。核验真伪请访问 " + url
                + "，上传本文件或输入验证编号 " + number + "。", NOTICE_ZH, noticeWidth);
        List<String> en = text.wrap("This document was issued with the electronic seal of "
                + settings.universityNameEn() + ". To check that it is genuine, visit " + url
                + " and upload this file or enter the verification number " + number + ".", NOTICE_EN, noticeWidth);
        Cell notice = new Cell().add(zh, NOTICE_ZH, PdfCanvas.INK).add(en, NOTICE_EN, PdfCanvas.GREY);

        float sealBottom = FIRST_BASELINE + SIZES[0] * 1.7f + 4 + SEAL_RADIUS;
        float blockHeight = Math.max(sealBottom + 6, FIRST_BASELINE - 12 + notice.height()) + 6;
        canvas.down(6);
        canvas.ensure(blockHeight);
        float top = canvas.y();
        notice.draw(canvas, PdfCanvas.LEFT, top - FIRST_BASELINE + 12, false, noticeWidth);
        float baseline = top - FIRST_BASELINE;
        float centreY = 0;
        for (int i = 0; i < lines.length; i++) {
            float width = text.width(lines[i], SIZES[i]);
            canvas.line(lines[i], right - width, baseline, SIZES[i], i % 2 == 0 ? PdfCanvas.INK : PdfCanvas.GREY,
                    i == 0);
            if (i == 1) {
                centreY = baseline - 4;
            }
            baseline -= SIZES[i] * 1.7f;
        }
        SealStamp.draw(canvas.stream(), text, cx, centreY, SEAL_RADIUS, settings.universityName(),
                settings.sealText());
        canvas.down(blockHeight);
        return new SealPlacement(canvas.pageIndex(),
                new PDRectangle(cx - SEAL_RADIUS, centreY - SEAL_RADIUS, 2 * SEAL_RADIUS, 2 * SEAL_RADIUS));
    }
}
