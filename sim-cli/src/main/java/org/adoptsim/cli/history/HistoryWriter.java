package org.adoptsim.cli.history;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.adoptsim.cli.output.Csv;

/**
 * Writes a {@link MigrationLog} as CSV: the header {@code team,start_week,done_week,status}, then one
 * row per team in team order, an empty cell for "not yet". Fields are quoted by the project's CSV
 * policy ({@link Csv}). Byte-stable: the same log gives the same bytes. Stateless.
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
        Csv csv = new Csv(out);
        for (int i = 0; i < log.size(); i++) {
            csv.cell(log.teams().get(i)).cell(s[i] < 0 ? "" : Integer.toString(s[i]))
                    .cell(d[i] < 0 ? "" : Integer.toString(d[i])).cell(log.status().get(i)).end();
        }
    }

    /** Writes the log to {@code file} (UTF-8), replacing it. */
    public static void write(MigrationLog log, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(log, w);
        }
    }
}
