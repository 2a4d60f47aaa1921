package org.parley.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: a header row, CRLF after every record, and a field in double quotes when it holds a quote, a comma,
 * CR or LF, its quotes doubled. A field that a spreadsheet would run as a formula — one starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or CR — gets a leading {@code '} so that it stays text.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8; header=present";
    /** Excel reads a CSV opened straight from disk as UTF-8 only when it starts with this byte order mark. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** A header and the rows under it; a null cell is written as an empty field. */
    public record Table(List<String> header, List<List<Object>> rows) {
    }

    public static void write(Table table, Writer out) throws IOException {
        header(table.header(), out);
        for (List<Object> row : table.rows()) {
            if (row.size() != table.header().size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " fields, the header "
                        + table.header().size());
            }
            record(row, out);
        }
        out.flush();
    }

    public static void header(List<String> header, Writer out) throws IOException {
        record(header, out);
    }

    /** Rows written as they come, for a file streamed in parts; each must match the header written first. */
    public static void rows(List<List<Object>> rows, Writer out) throws IOException {
        for (List<Object> row : rows) {
            record(row, out);
        }
    }

    private static void record(List<?> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = neutralise(value.toString());
        boolean quote = text.indexOf('"') >= 0 || text.indexOf(',') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\n') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A spreadsheet runs a cell that starts like a formula; a leading apostrophe keeps it text. */
    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
