package org.adoptsim.cli.sweep.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command line that continues the sweep in a directory, from its manifest: the sweep file, {@code --out},
 * {@code --resume} and every option that decides what the directory holds — {@code --replicates} (part of the
 * sweep's hash), {@code --posterior} (part of the hash), {@code --format}, {@code --shard} and {@code --limit}
 * (which points it covers). {@code --threads} and {@code --checkpoint-seconds} change nothing written and are
 * left out. Stateless.
 */
public final class ResumeCommand {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=+@%,-]+");

    private ResumeCommand() {
    }

    /** {@code adoptsim sweep FILE --out DIR --resume …} for the sweep {@code m} in {@code dir}. */
    public static String of(SweepManifest m, Path dir) {
        List<String> words = new ArrayList<>(List.of("adoptsim", "sweep", quote(m.sweepFile()), "--out",
                quote(dir.toString()), "--resume", "--replicates", Integer.toString(m.replicates())));
        if (m.posterior()) {
            Path folder = Path.of(m.sweep().path("posterior").path("file").asText()).getParent();
            words.addAll(List.of("--posterior", quote(folder == null ? "." : folder.toString())));
        }
        if (!m.format().equals("csv")) {
            words.addAll(List.of("--format", m.format()));
        }
        if (!m.shard().whole()) {
            words.addAll(List.of("--shard", m.shard().toString()));
        }
        if (m.limitedPoints() > 0 && m.limitedPoints() < m.designPoints()) {
            words.addAll(List.of("--limit", Long.toString(m.limitedPoints())));
        }
        return String.join(" ", words);
    }

    /** A word as a POSIX shell reads it: as it is when plain, else in single quotes. */
    static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
