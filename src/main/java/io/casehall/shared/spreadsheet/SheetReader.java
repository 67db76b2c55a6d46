package io.casehall.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an .xlsx sheet by sheet and row by row without building the whole workbook in memory (SAX over
 * the sheet XML). Every cell comes out as the text a user means: whole numbers keep all their digits
 * (no 2.0E9), zero-padded number formats keep their leading zeros, dates read yyyy-MM-dd, formulas give
 * their cached result. A number with more than 15 digits has already lost digits in Excel; such cells
 * are reported so the row can be refused instead of storing a wrong ID number.
 */
final class SheetReader {

    /** One row as found: 1-based row number, non-blank cells by 0-based column, columns whose digits were lost. */
    record RawRow(int rowNumber, Map<Integer, String> cells, Set<Integer> lossyColumns) {
    }

    interface Visitor {

        /** Whether to read this sheet. */
        boolean startSheet(String name);

        /** Called for each row that has at least one non-blank cell; false stops reading this sheet. */
        boolean row(RawRow row);

        /** Whether to stop after this sheet. */
        boolean endSheet();
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SheetReader() {
    }

    /** Reads the workbook; POI and XML exceptions propagate to the caller, which refuses the file. */
    static void read(byte[] xlsx, Visitor visitor) throws Exception {
        OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx));
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = isDate1904(reader);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (!visitor.startSheet(sheets.getSheetName())) {
                        continue;
                    }
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new SheetHandler(strings, styles, date1904, visitor));
                    try {
                        xml.parse(new InputSource(sheet));
                    } catch (StopSheet stop) {
                        // the visitor has what it needs from this sheet
                    }
                    if (visitor.endSheet()) {
                        return;
                    }
                }
            }
        } finally {
            pkg.revert();
        }
    }

    private static boolean isDate1904(XSSFReader reader) throws Exception {
        boolean[] date1904 = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes)
                        throws SAXException {
                    if ("workbookPr".equals(local(localName, qName))) {
                        String value = attributes.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                        throw new StopSheet();
                    }
                    if ("sheets".equals(local(localName, qName))) {
                        throw new StopSheet();
                    }
                }
            });
            try {
                xml.parse(new InputSource(workbook));
            } catch (StopSheet stop) {
                // read what we needed
            }
        }
        return date1904[0];
    }

    private static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** Blanks at both ends, including the non-breaking, full-width and zero-width spaces pasted from web pages. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF'
                || c == '\u2007' || c == '\u202F';
    }

    private static final class StopSheet extends SAXException {
        StopSheet() {
            super("stop");
        }
    }

    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final Visitor visitor;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final StringBuilder value = new StringBuilder();

        private int nextRowNumber = 1;
        private int rowNumber;
        private int nextColumn;
        private int column;
        private String cellType;
        private int styleIndex;
        private boolean inValue;
        private boolean inInlineString;
        private boolean inText;
        private boolean inPhonetic;
        private Map<Integer, String> cells = new TreeMap<>();
        private Set<Integer> lossy = new HashSet<>();

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904, Visitor visitor) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.visitor = visitor;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (local(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? nextRowNumber : Integer.parseInt(r.trim());
                    cells = new TreeMap<>();
                    lossy = new HashSet<>();
                    nextColumn = 0;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? nextColumn : new CellReference(ref).getCol();
                    nextColumn = column + 1;
                    cellType = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    styleIndex = s == null ? 0 : Integer.parseInt(s.trim());
                    value.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    value.setLength(0);
                }
                case "is" -> inInlineString = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = inInlineString && !inPhonetic;
                default -> {
                    // formulas, extensions: nothing to read
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inText) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (local(localName, qName)) {
                case "v" -> inValue = false;
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInlineString = false;
                case "c" -> {
                    String text = clean(cellText(value.toString()));
                    if (!text.isEmpty()) {
                        cells.put(column, text);
                    }
                }
                case "row" -> {
                    nextRowNumber = rowNumber + 1;
                    if (!cells.isEmpty() && !visitor.row(new RawRow(rowNumber, Collections.unmodifiableMap(cells),
                            Collections.unmodifiableSet(lossy)))) {
                        throw new StopSheet();
                    }
                }
                default -> {
                    // nothing to do
                }
            }
        }

        private String cellText(String raw) {
            if (cellType == null || cellType.equals("n")) {
                return number(raw);
            }
            return switch (cellType) {
                case "s" -> raw.isBlank() ? "" : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                case "b" -> "1".equals(raw.trim()) ? "TRUE" : "FALSE";
                case "d" -> isoDate(raw.trim());
                default -> raw; // inlineStr, str (formula text), e (#N/A)
            };
        }

        /** A cell of ISO 8601 type ("d"): 2020-06-30T00:00:00 reads 2020-06-30, a time of day is kept to the minute. */
        private static String isoDate(String raw) {
            if (raw.length() <= 10 || raw.charAt(10) != 'T') {
                return raw;
            }
            String time = raw.substring(11);
            return time.startsWith("00:00:00") ? raw.substring(0, 10)
                    : raw.substring(0, 10) + " " + time.substring(0, Math.min(5, time.length()));
        }

        private String number(String raw) {
            String trimmed = raw.trim();
            if (trimmed.isEmpty()) {
                return "";
            }
            double d;
            try {
                d = Double.parseDouble(trimmed);
            } catch (NumberFormatException e) {
                return trimmed;
            }
            int formatIndex = 0;
            String format = null;
            if (styles != null && styleIndex < styles.getNumCellStyles()) {
                XSSFCellStyle style = styles.getStyleAt(styleIndex);
                if (style != null) {
                    formatIndex = style.getDataFormat();
                    format = style.getDataFormatString();
                }
            }
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(formatIndex);
            }
            if (format != null && DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(d)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(d, date1904, true);
                if (d < 1) {
                    return dateTime.format(TIME);
                }
                return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                        : dateTime.format(DATE_TIME);
            }
            BigDecimal number = new BigDecimal(trimmed);
            if (number.signum() == 0 || number.stripTrailingZeros().scale() <= 0) {
                String digits = number.toBigInteger().toString();
                if (digits.replace("-", "").length() > 15) {
                    lossy.add(column);
                }
                if (format != null && format.matches("0+") && number.signum() > 0 && digits.length() < format.length()) {
                    digits = "0".repeat(format.length() - digits.length()) + digits;
                }
                return digits;
            }
            return formatter.formatRawCellContents(d, formatIndex, format == null ? "General" : format);
        }
    }
}
