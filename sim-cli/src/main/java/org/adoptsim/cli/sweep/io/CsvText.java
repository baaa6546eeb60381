package org.adoptsim.cli.sweep.io;

import java.util.List;

/**
 * RFC 4180 text fields: quotes a field only when it holds a comma, quote, line break or leading or
 * trailing space. Stateless.
 */
public final class CsvText {
    private CsvText() {
    }

    public static void append(StringBuilder b, String field) {
        if (needsQuotes(field)) {
            b.append('"').append(field.replace("\"", "\"\"")).append('"');
        } else {
            b.append(field);
        }
    }

    public static String line(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            append(b, fields.get(i));
        }
        return b.toString();
    }

    private static boolean needsQuotes(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
