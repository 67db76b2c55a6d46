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
    }

    /** The title as one line, as the registry and the verification page show it. */
    public String title() {
        return (titleZh + " " + titleEn).strip();
    }

    public sealed interface Block permits Paragraph, Fields, Table {
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
}
