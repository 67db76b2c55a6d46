package io.casehall.shared.seal;

import java.util.List;
import java.util.Objects;

/**
 * A document to render as a sealed PDF: a title in Chinese and English, then blocks in order.
 * Texts may hold any Chinese (simplified or traditional) and Latin characters; a character the
 * embedded font lacks is printed as "?".
 */
public record BilingualDocument(String titleZh, String titleEn, List<Block> blocks) {

    public BilingualDocument {
        titleZh = titleZh == null ? "" : titleZh;
        titleEn = titleEn == null ? "" : titleEn;
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        if (blocks.stream().filter(Issuer.class::isInstance).count() > 1) {
            throw new IllegalArgumentException("A document is sealed once: at most one issuer block");
        }
    }

    /** The title as one line, as the registry and the verification page show it. */
    public String title() {
        return (titleZh + " " + titleEn).strip();
    }

    public sealed interface Block permits Paragraph, Fields, Table, CutLine, Box, Issuer {
    }

    /** A paragraph in Chinese followed by its English; either may be null. */
    public record Paragraph(String zh, String en) implements Block {
    }

    /** One labelled value, such as 姓名 Name: 张伟. */
    public record Field(String labelZh, String labelEn, String value) {
    }

    /** Label and value pairs, two pairs per row. */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /**
     * A table with bilingual header texts (for example "课程 Course"). A table longer than the page
     * continues on the next page under a repeated header row. Short rows are padded with blanks; a row
     * with more cells than headers is refused.
     */
    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = headers == null ? List.of() : List.copyOf(headers);
            rows = rows == null ? List.of() : rows.stream().map(row -> row == null ? List.<String>of()
                    : row.stream().map(cell -> Objects.toString(cell, "")).toList()).toList();
            if (headers.isEmpty()) {
                throw new IllegalArgumentException("A table needs at least one column header");
            }
            int columns = headers.size();
            if (rows.stream().anyMatch(row -> row.size() > columns)) {
                throw new IllegalArgumentException("A table row has more cells than the table has headers");
            }
        }
    }

    /**
     * A dashed line across the whole page width with a caption in its middle (e.g. 沿虚线剪下), where the reader
     * cuts the printed page in two. When a {@link Box} follows, both go on the same page.
     */
    public record CutLine(String zh, String en) implements Block {
    }

    /**
     * A framed section that is never split across pages, such as a tear-off slip: a heading, label/value lines
     * whose values are set in large type so that they can be read at a glance, and a note (either may be null).
     */
    public record Box(String headingZh, String headingEn, List<Field> lines, Paragraph note) implements Block {
        public Box {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    /**
     * Where the issuing block (how to verify, the issuer, the date of issue and the seal) goes when it must not
     * close the document, e.g. above a tear-off slip. At most one per document; without it the block comes last.
     */
    public record Issuer() implements Block {
    }
}
