package org.backclass.api;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 output: CRLF line ends, fields quoted when they contain a comma, quote, CR or LF,
 * inner quotes doubled. Not thread-safe; one per response.
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one record; a null cell is an empty field. */
    void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * Text typed in by people (names, rooms) that a spreadsheet would run as a formula gets a
     * leading apostrophe, which spreadsheets show as plain text (OWASP "CSV injection").
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return risky ? "'" + value : value;
    }
}
