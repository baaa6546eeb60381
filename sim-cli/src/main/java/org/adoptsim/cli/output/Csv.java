package org.adoptsim.cli.output;

import org.adoptsim.cli.text.Num;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: comma-separated, a field quoted (with doubled quotes) only when it holds a
 * comma, quote or line break, rows ending in "\n", numbers through {@link Num} so files do not depend
 * on the locale. Not thread-safe; the caller owns and closes the writer.
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

    static String escape(String text) {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
