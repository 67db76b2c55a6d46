package io.casehall.shared.seal;

import io.casehall.shared.seal.BilingualPdfRenderer.SealPlacement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The issuing block: how to verify the document, then the issuer's name and the date of issue at the right
 * with the seal drawn over them, as a paper document is sealed over its signature line.
 */
final class IssuerBlock {

    static final float SEAL_RADIUS = 60;
    private static final DateTimeFormatter DATE_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private IssuerBlock() {
    }

    static SealPlacement draw(PdfCanvas canvas, SealSettings settings, String number, LocalDate issued) {
        String url = settings.verificationUrl();
        canvas.down(6);
        FlowingText.flowing(canvas, "本文件由" + settings.universityName() + "加盖电子印章签发。核验真伪请访问 " + url
                + "，上传本文件或输入验证编号 " + number + "。", 9.5f, 15, PdfCanvas.INK);
        FlowingText.flowing(canvas, "This document was issued with the electronic seal of "
                + settings.universityNameEn() + ". To check that it is genuine, visit " + url
                + " and upload this file or enter the verification number " + number + ".", 8.5f, 13, PdfCanvas.GREY);
        float blockHeight = 2 * SEAL_RADIUS + 24;
        canvas.ensure(blockHeight);
        TextKit text = canvas.text();
        float right = PdfCanvas.RIGHT - 10;
        float top = canvas.y() - 30;
        String[] lines = {text.safe(settings.universityName()), text.safe(settings.universityNameEn()),
                text.safe("签发日期：" + DATE_ZH.format(issued)), "Date of issue: " + DATE_EN.format(issued)};
        float[] sizes = {11.5f, 9, 10.5f, 9};
        float baseline = top;
        float centreY = 0;
        for (int i = 0; i < lines.length; i++) {
            float width = text.width(lines[i], sizes[i]);
            canvas.line(lines[i], right - width, baseline, sizes[i], i % 2 == 0 ? PdfCanvas.INK : PdfCanvas.GREY,
                    i == 0);
            if (i == 1) {
                centreY = baseline - 4;
            }
            baseline -= sizes[i] * 1.7f;
        }
        float cx = right - 75;
        SealStamp.draw(canvas.stream(), text, cx, centreY, SEAL_RADIUS, settings.universityName(),
                settings.sealText());
        canvas.down(blockHeight);
        return new SealPlacement(canvas.pageIndex(),
                new PDRectangle(cx - SEAL_RADIUS, centreY - SEAL_RADIUS, 2 * SEAL_RADIUS, 2 * SEAL_RADIUS));
    }
}
