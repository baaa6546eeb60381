package org.adoptsim.cli.output;

import org.adoptsim.cli.text.Num;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The one CSV writer of adoptsim (policy in {@code docs/outputs.md}): RFC 4180, comma-separated, a field
 * quoted (with doubled quotes) only when it holds a comma, quote or line break or starts or ends with a
 * space, rows ending in "\n", numbers through {@link Num#csv} so files do not depend on the locale.
 * Rows go to a {@link Writer} or, for the sweep's journals, into a {@link StringBuilder}
 * ({@link #append}, {@link #line}). Not thread-safe; the caller owns and closes the writer.
 */
public final class Csv {
    private final Writer out;
    private boolean rowStarted;

    public Csv(Writer out) {
        this.out = out;
    }

    public Csv row(List<String> cells) throws IOException {
        for (String c : cells) {
            cell(c);
        }
        return end();
    }

    public Csv cell(String text) throws IOException {
        if (rowStarted) {
            out.write(',');
        }
        rowStarted = true;
        out.write(escape(text));
        return this;
    }

    /** A number; NaN is an empty cell. */
    public Csv cell(double value) throws IOException {
        return cell(Num.csv(value));
    }

    public Csv cell(long value) throws IOException {
        return cell(Long.toString(value));
    }

    public Csv end() throws IOException {
        out.write('\n');
        rowStarted = false;
        return this;
    }

    /** Appends one field, quoted if the policy says so. */
    public static void append(StringBuilder b, String field) {
        b.append(escape(field));
    }

    /** One row of fields without the line break. */
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

    static String escape(String text) {
        boolean quote = !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ');
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
