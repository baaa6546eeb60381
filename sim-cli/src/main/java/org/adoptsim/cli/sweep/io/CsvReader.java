package org.adoptsim.cli.sweep.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records (quoted fields may hold commas, quotes and line breaks) as lists of text
 * fields, and also as their exact original text, so tables can be copied without reformatting.
 * Not thread-safe.
 */
public final class CsvReader implements Closeable {
    private final BufferedReader in;
    private final StringBuilder raw = new StringBuilder(512);

    public CsvReader(Path file) {
        try {
            this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The next record's fields, or null at the end of the file. */
    public List<String> next() {
        raw.setLength(0);
        try {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            while (c >= 0) {
                raw.append((char) c);
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int d = in.read();
                        if (d == '"') {
                            raw.append('"');
                            f.append('"');
                        } else {
                            quoted = false;
                            in.reset();
                        }
                    } else {
                        f.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                } else if (c == '\n') {
                    break;
                } else if (c != '\r') {
                    f.append((char) c);
                }
                c = in.read();
            }
            fields.add(f.toString());
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exact text of the record last returned by {@link #next}, with its line break if it had one. */
    public CharSequence raw() {
        return raw;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
