package io.casehall.archive.content;

import io.casehall.archive.ArchiveApplication;
import io.casehall.archive.ArchiveItem;
import io.casehall.archive.ArchiveServiceType;
import io.casehall.shared.seal.BilingualDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The content of each produced document as data: a first draft built from the case (header fields and, for
 * certificates, the standard wording in Chinese and English), which staff complete in the console and the
 * applicant proofreads; and the bilingual layout the sealed PDF is rendered from.
 */
@Component
public class DocumentContents {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private final MessageSource messages;

    DocumentContents(MessageSource messages) {
        this.messages = messages;
    }

    /** The first draft of an item's content, from what the application says. */
    public List<ContentLine> draft(ArchiveItem item, String fullName, String gender) {
        ArchiveApplication a = item.getApplication();
        List<ContentLine> lines = new ArrayList<>();
        field(lines, item, "name", fullName, null);
        field(lines, item, "studentNo", a.getStudentNo(), a.getStudentNo());
        field(lines, item, "gender", gender, "男".equals(gender) ? "Male" : "女".equals(gender) ? "Female" : null);
        field(lines, item, "department", a.getDepartment(), null);
        field(lines, item, "major", a.getMajor(), null);
        field(lines, item, "educationLevel", a.getEducationLevel(), null);
        field(lines, item, "enrolmentDate", date(a.getEnrolmentDate()), date(a.getEnrolmentDate()));
        field(lines, item, "graduationDate", date(a.getGraduationDate()), date(a.getGraduationDate()));
        String layout = item.getType().layout().name().toLowerCase(Locale.ROOT);
        Object[] args = {fullName, a.getStudentNo(), date(a.getEnrolmentDate()), date(a.getGraduationDate()),
                Objects.toString(a.getDepartment(), ""), Objects.toString(a.getMajor(), ""),
                Objects.toString(a.getSchoolingLength(), ""), Objects.toString(a.getEducationLevel(), ""),
                Objects.toString(a.getDegreeType(), "")};
        String zh = messages.getMessage("archive.content.text." + layout, args, "", ZH);
        if (!zh.isEmpty()) {
            lines.add(new ContentLine(item, lines.size(), ContentKind.TEXT, null, null, zh,
                    item.getType().service() == ArchiveServiceType.OVERSEAS_TRANSLATION
                            ? messages.getMessage("archive.content.text." + layout, args, "", EN) : null,
                    null, null, null));
        }
        return lines;
    }

    private void field(List<ContentLine> lines, ArchiveItem item, String key, String zh, String en) {
        lines.add(new ContentLine(item, lines.size(), ContentKind.FIELD,
                messages.getMessage("archive.content.field." + key, null, ZH),
                messages.getMessage("archive.content.field." + key, null, EN), zh, en, null, null, null));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The document the sealed PDF is rendered from: title, header fields, course table, paragraphs. */
    public BilingualDocument layout(ArchiveItem item) {
        String titleKey = "archive.pdf.title." + item.getType().name();
        List<BilingualDocument.Block> blocks = new ArrayList<>();
        List<BilingualDocument.Field> fields = item.getContent().stream()
                .filter(line -> line.getKind() == ContentKind.FIELD)
                .map(line -> new BilingualDocument.Field(line.getLabelZh(), line.getLabelEn(), bilingual(line)))
                .toList();
        if (!fields.isEmpty()) {
            blocks.add(new BilingualDocument.Fields(fields));
        }
        List<List<String>> courses = new ArrayList<>();
        for (ContentLine line : item.getContent()) {
            if (line.getKind() == ContentKind.COURSE) {
                courses.add(List.of(String.valueOf(courses.size() + 1), nz(line.getTextZh()), nz(line.getTextEn()),
                        nz(line.getCredit()), nz(line.getScore()), nz(line.getTerm())));
            }
        }
        if (!courses.isEmpty()) {
            blocks.add(new BilingualDocument.Table(List.of(
                    header("no"), header("courseZh"), header("courseEn"), header("credit"), header("score"), header("term")),
                    courses));
        }
        item.getContent().stream().filter(line -> line.getKind() == ContentKind.TEXT)
                .forEach(line -> blocks.add(new BilingualDocument.Paragraph(line.getTextZh(), line.getTextEn())));
        return new BilingualDocument(messages.getMessage(titleKey, null, ZH), messages.getMessage(titleKey, null, EN), blocks);
    }

    private String header(String key) {
        String zh = messages.getMessage("archive.content.column." + key, null, ZH);
        String en = messages.getMessage("archive.content.column." + key, null, EN);
        return zh.equals(en) ? zh : zh + " " + en;
    }

    private static String bilingual(ContentLine line) {
        String zh = nz(line.getTextZh());
        String en = nz(line.getTextEn());
        if (en.isEmpty() || en.equals(zh)) {
            return zh;
        }
        return zh.isEmpty() ? en : zh + " / " + en;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
