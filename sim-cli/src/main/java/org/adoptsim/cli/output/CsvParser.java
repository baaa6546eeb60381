package org.adoptsim.cli.output;

import java.util.ArrayList;
import java.util.List;

/** Splits RFC 4180 text into records of fields (quoted fields may hold commas, quotes and newlines). */
final class CsvParser {
    private CsvParser() {
    }

    static List<List<String>> records(String file, String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                int end = quoted(file, text, i + 1, field, line);
                line += count(text, i, end, '\n');
                i = end;
                continue;
            }
            if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 1 : 0;
                line++;
            } else {
                field.append(c);
            }
            i++;
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** Reads a quoted field starting after its opening quote; returns the index after the closing quote. */
    private static int quoted(String file, String text, int from, StringBuilder field, int line) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            field.append(c);
            i++;
        }
        throw new OutputFormatException(file + " line " + line + ": a quoted field is not closed");
    }

    private static int count(String text, int from, int to, char c) {
        int k = 0;
        for (int i = from; i < to; i++) {
            k += text.charAt(i) == c ? 1 : 0;
        }
        return k;
    }
}
