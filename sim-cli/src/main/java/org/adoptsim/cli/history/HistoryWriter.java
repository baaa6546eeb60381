package org.adoptsim.cli.history;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link MigrationLog} as CSV: the header {@code team,start_week,done_week,status}, then one
 * row per team in team order, an empty cell for "not yet". Team names that need it are quoted (RFC
 * 4180). Byte-stable: the same log gives the same bytes. Stateless.
 */
public final class HistoryWriter {
    public static final String HEADER = "team,start_week,done_week,status";

    private HistoryWriter() {
    }

    /** The file name of replicate {@code r}'s log in a history folder: {@code replicate-0001.csv}. */
    public static String fileName(int replicate) {
        return String.format(Locale.ROOT, "replicate-%04d.csv", replicate);
    }

    public static void write(MigrationLog log, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        int[] s = log.start();
        int[] d = log.done();
        for (int i = 0; i < log.size(); i++) {
            out.write(quote(log.teams().get(i)));
            out.write(',');
            out.write(s[i] < 0 ? "" : Integer.toString(s[i]));
            out.write(',');
            out.write(d[i] < 0 ? "" : Integer.toString(d[i]));
            out.write(',');
            out.write(quote(log.status().get(i)));
            out.write('\n');
        }
    }

    /** Writes the log to {@code file} (UTF-8), replacing it. */
    public static void write(MigrationLog log, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(log, w);
        }
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
