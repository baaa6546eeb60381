package org.adoptsim.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.adoptsim.cli.Cli;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every case of the {@link HostileCorpus} through the real command line and holds each to the
 * contract: exit 2 with exactly one line that says where (a {@code file:line:column} or the option),
 * or a clean run (exit 0, a complete manifest whose files verify); never a stack trace or an internal
 * error; never the secret marker; and after a refusal, no manifest.json in the output folder.
 */
class HostileCorpusTest {
    private static final Pattern LOCATED = Pattern.compile("^(\\S.*:\\d+:\\d+: |--[a-z-]+: |adoptsim [a-z]+: ).+");

    @TempDir
    Path root;

    @Test
    void everyCaseIsALocatedLineOrACleanRun() throws IOException {
        List<HostileCorpus.Case> cases = HostileCorpus.generate(root);
        assertTrue(cases.size() >= 150, "the corpus has " + cases.size() + " cases");
        List<String> broken = new ArrayList<>();
        int clean = 0;
        for (HostileCorpus.Case c : cases) {
            Path out = c.folder().resolve("out");
            String[] args = c.args().stream().map(a -> a.equals("{out}") ? out.toString() : a).toArray(String[]::new);
            Cli r = Cli.run(args);
            String problem = c.args().get(0).equals("sweep") ? sweepProblem(r, out) : problem(r, out);
            if (problem != null) {
                broken.add(c.name() + " [exit " + r.exit() + "]: " + problem + " | " + r.err().strip());
            }
            clean += r.exit() == 0 ? 1 : 0;
        }
        assertTrue(broken.isEmpty(), broken.size() + " of " + cases.size() + " cases broke the contract:\n"
                + String.join("\n", broken));
        assertTrue(clean > 0 && clean < cases.size(), clean + " clean runs");
    }

    /** As {@link #problem} for a sweep, whose manifest has its own format and says its status. */
    private static String sweepProblem(Cli r, Path out) throws IOException {
        if (r.exit() != 0) {
            return problem(r, out);
        }
        String all = r.out() + r.err();
        if (all.contains(HostileCorpus.SECRET) || all.contains("\tat ") || all.contains("internal error")) {
            return "a leak, a stack trace or an internal error";
        }
        Path manifest = out.resolve("manifest.json");
        return Files.exists(manifest) && Files.readString(manifest).contains("\"complete\"") ? null
                : "a clean sweep without a complete manifest";
    }

    /** What breaks the contract, or null. */
    private static String problem(Cli r, Path out) throws IOException {
        String all = r.out() + r.err();
        if (all.contains(HostileCorpus.SECRET)) {
            return "the secret leaked";
        }
        if (all.contains("\tat ") || all.contains("Exception") || all.contains("internal error")) {
            return "a stack trace or an internal error";
        }
        if (r.exit() == 2) {
            String err = r.err().strip();
            if (err.lines().count() != 1 || !LOCATED.matcher(err).matches()) {
                return "not one located line";
            }
            if (Files.exists(out.resolve(OutputFolder.MANIFEST))) {
                return "a refusal left a manifest";
            }
            return null;
        }
        if (r.exit() != 0) {
            return "exit " + r.exit();
        }
        Manifest m = new OutputFolder(out).manifest().orElse(null);
        if (m == null || !m.complete()) {
            return "a clean run without a complete manifest";
        }
        for (String f : m.files().keySet()) {
            new OutputFolder(out).verify(m, f);
        }
        return null;
    }

    @Test
    void theSecretIsReallyThere() throws IOException {
        HostileCorpus.generate(root);
        assertTrue(Files.readString(root.resolve("secret.txt")).contains(HostileCorpus.SECRET));
        assertFalse(Files.exists(root.resolve("out")));
    }
}
