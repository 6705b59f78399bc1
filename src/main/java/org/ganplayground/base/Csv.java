package org.ganplayground.base;

import java.util.List;

/**
 * CSV as spreadsheets read it (RFC 4180): a cell with a comma, quote or line break is quoted. A
 * learner's text that a spreadsheet would run as a formula ({@code =HYPERLINK(...)}, {@code +1+1},
 * {@code @SUM}) starts with an apostrophe, so the teacher who opens the file sees it as text; plain
 * numbers such as {@code -0.5} stay numbers. Every CSV a person downloads (a teacher's export, a
 * sweep) is written here.
 */
public final class Csv {

    private Csv() {}

    public static String of(List<String> header, List<List<Object>> rows) {
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

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?[0-9]+([.,][0-9]+)?([eE][-+]?[0-9]+)?");

    public static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        if (value instanceof CharSequence && formula(s)) {
            s = "'" + s;
        }
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static boolean formula(String s) {
        return !s.isEmpty()
                && "=+-@\t\r".indexOf(s.charAt(0)) >= 0
                && !NUMBER.matcher(s.strip()).matches();
    }
}
