package org.adoptsim.cli.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Characters from a {@link Reader}, one at a time, with a one-character look-ahead, a mark to come
 * back to, and the 1-based line and column of the next character (lines count "\n"; columns count
 * UTF-16 chars). Keeps one buffer of text, grown only when a mark needs more. Read errors are
 * unchecked. Not thread-safe.
 */
final class CharCursor {
    private static final int BUFFER = 1 << 13;

    private final Reader in;
    private char[] buf = new char[BUFFER];
    private int pos;
    private int end;
    private long dropped;
    private int line = 1;
    private long lineStart;
    private int mark = -1;
    private int markLine;
    private long markLineStart;

    CharCursor(Reader in) {
        this.in = in;
    }

    /** The next character without consuming it, or -1 at the end. */
    int peek() {
        return pos < end || fill() ? buf[pos] : -1;
    }

    /** Consumes and returns the next character, or -1 at the end. */
    int read() {
        int c = peek();
        if (c >= 0) {
            pos++;
            if (c == '\n') {
                line++;
                lineStart = dropped + pos;
            }
        }
        return c;
    }

    /** Consumes the next character if it is {@code c}. */
    boolean skip(char c) {
        if (peek() != c) {
            return false;
        }
        read();
        return true;
    }

    int line() {
        return line;
    }

    int column() {
        return (int) (dropped + pos - lineStart) + 1;
    }

    /** Remembers this place; {@link #reset} comes back to it. Text from here on is kept until then. */
    void mark() {
        mark = pos;
        markLine = line;
        markLineStart = lineStart;
    }

    void reset() {
        pos = mark;
        line = markLine;
        lineStart = markLineStart;
        mark = -1;
    }

    void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean fill() {
        int keep = mark >= 0 ? mark : pos;
        System.arraycopy(buf, keep, buf, 0, end - keep);
        dropped += keep;
        pos -= keep;
        end -= keep;
        mark -= mark >= 0 ? keep : 0;
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            int n = 0;
            while (n == 0) {
                n = in.read(buf, end, buf.length - end);
            }
            end += Math.max(n, 0);
            return n > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
