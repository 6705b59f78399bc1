package org.ganplayground.teaching;

import java.util.List;

/** CSV as spreadsheets read it (RFC 4180): a cell with a comma, quote or line break is quoted. */
final class Csv {

    private Csv() {}

    static String of(List<String> header, List<List<Object>> rows) {
        StringBuilder b = new StringBuilder();
        line(b, List.copyOf(header));
        rows.forEach(r -> line(b, r));
        return b.toString();
    }

    private static void line(StringBuilder b, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        b.append("\r\n");
    }

    static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
