package org.adoptsim.cli.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records of fields: quoted fields may hold commas, doubled quotes and line
 * breaks; records end in "\n", "\r\n" or "\r". One instance parses one text; not thread-safe.
 */
final class CsvParser {
    private final String file;
    private final String text;
    private int pos;
    private int line = 1;

    private CsvParser(String file, String text) {
        this.file = file;
        this.text = text;
    }

    static List<List<String>> records(String file, String text) {
        CsvParser p = new CsvParser(file, text);
        List<List<String>> records = new ArrayList<>();
        while (p.pos < text.length()) {
            records.add(p.record());
        }
        return records;
    }

    /** Reads fields up to the end of the record (or of the text) and consumes the line break. */
    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(pos < text.length() && text.charAt(pos) == '"' ? quoted() : plain());
            if (pos >= text.length()) {
                return fields;
            }
            char c = text.charAt(pos++);
            if (c == '\r' || c == '\n') {
                pos += c == '\r' && pos < text.length() && text.charAt(pos) == '\n' ? 1 : 0;
                line++;
                return fields;
            }
        }
    }

    private String plain() {
        int start = pos;
        while (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        int opened = line;
        StringBuilder b = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c != '"') {
                line += c == '\n' ? 1 : 0;
                b.append(c);
            } else if (pos < text.length() && text.charAt(pos) == '"') {
                b.append('"');
                pos++;
            } else {
                return b.toString();
            }
        }
        throw new OutputFormatException(file + " line " + opened + ": a quoted field is not closed");
    }
}
