package org.adoptsim.cli.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads CSV records one at a time (RFC 4180): fields separated by commas; a field in double quotes may
 * hold commas, line breaks and doubled quotes; a record ends at "\n", "\r\n" or "\r" or at the end of
 * the text. Strict about quotes: a quote inside an unquoted field, text after a closing quote and a
 * quote never closed are {@link CsvSyntaxException}s at their line and column (lines count "\n", so a
 * lone "\r" ends a record but not a line). Every field keeps where it starts. Streams: it holds one
 * record, not the file. Read errors are unchecked. Not thread-safe.
 *
 * <p>Not Jackson's CSV parser: that one takes a quote inside an unquoted field as text, reports an
 * unclosed quote at the end of the file rather than where it opens, and skips only lines of spaces, so
 * the located errors of hand-written files would need a second pass over the text.
 */
public final class CsvReader implements Closeable {

    /** Who wrote the text, and so what to forgive. */
    public enum Dialect {
        /** A program: every line is a record and every character counts. */
        EXACT,
        /**
         * A person: blank lines and lines starting with {@code #} are skipped, and spaces and tabs around
         * fields are ignored (an unquoted field is also stripped of other white space).
         */
        HAND_WRITTEN
    }

    private final CharCursor in;
    private final boolean handWritten;
    private int[] lines = new int[16];
    private int[] columns = new int[16];

    public CsvReader(Reader in, Dialect dialect) {
        this.in = new CharCursor(in);
        this.handWritten = dialect == Dialect.HAND_WRITTEN;
    }

    /** An exact-dialect reader of a UTF-8 file. */
    public static CsvReader open(Path file) {
        try {
            return new CsvReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), Dialect.EXACT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The next record, or null at the end of the text. */
    public CsvRecord next() {
        while (handWritten && in.peek() >= 0 && skippable()) {
            skipLine();
        }
        if (in.peek() < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        do {
            if (fields.size() == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
                columns = Arrays.copyOf(columns, columns.length * 2);
            }
            skipBlanks();
            lines[fields.size()] = in.line();
            columns[fields.size()] = in.column();
            fields.add(in.peek() == '"' ? quoted() : plain());
        } while (in.skip(','));
        in.skip('\r');
        in.skip('\n');
        return new CsvRecord(fields, Arrays.copyOf(lines, fields.size()), Arrays.copyOf(columns, fields.size()));
    }

    /** Whether the line ahead is blank or a comment (a hand-written file's lines to skip). */
    private boolean skippable() {
        in.mark();
        int c = in.peek();
        while (c != '\n' && c != '\r' && Character.isWhitespace(c)) {
            in.read();
            c = in.peek();
        }
        in.reset();
        return c < 0 || c == '\n' || c == '\r' || c == '#';
    }

    /** Skips to the start of the next line; a line ends at \n, \r\n or a lone \r, as a record does. */
    private void skipLine() {
        int c;
        do {
            c = in.read();
        } while (c >= 0 && c != '\n' && c != '\r');
        if (c == '\r') {
            in.skip('\n');
        }
    }

    private void skipBlanks() {
        while (handWritten && (in.peek() == ' ' || in.peek() == '\t')) {
            in.read();
        }
    }

    private String plain() {
        StringBuilder b = new StringBuilder();
        for (int c = in.peek(); c >= 0 && c != ',' && c != '\n' && c != '\r'; c = in.peek()) {
            if (c == '"') {
                throw error("a quote inside an unquoted field (quote the whole field)");
            }
            b.append((char) in.read());
        }
        return handWritten ? b.toString().strip() : b.toString();
    }

    private String quoted() {
        int line = in.line();
        int column = in.column();
        StringBuilder b = new StringBuilder();
        in.read();
        for (int c = in.read(); c != '"' || in.skip('"'); c = in.read()) {
            if (c < 0) {
                throw new CsvSyntaxException(line, column, "a quoted field is not closed");
            }
            b.append((char) c);
        }
        skipBlanks();
        int next = in.peek();
        if (next >= 0 && next != ',' && next != '\r' && next != '\n') {
            throw error("unexpected text after a quoted field");
        }
        return b.toString();
    }

    private CsvSyntaxException error(String problem) {
        return new CsvSyntaxException(in.line(), in.column(), problem);
    }

    @Override
    public void close() {
        in.close();
    }
}
