package org.adoptsim.cli.calibrate;

import org.adoptsim.cli.output.ManifestCheck;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {
    private static final String SCENARIO = "src/test/resources/calibrate/sbc-small.yaml";

    @TempDir
    Path dir;

    private Path history() {
        Cli run = Cli.run("run", SCENARIO, "--replicates", "2", "--weeks", "40", "--history", dir.resolve("h").toString(),
                "--out", dir.resolve("run").toString(), "-q");
        assertEquals(0, run.exit(), run.err());
        return dir.resolve("h").resolve("replicate-0001.csv");
    }

    private Cli fit(Path log, Path out, String threads, String generations, String... more) {
        String[] base = {"calibrate", SCENARIO, "--log", log.toString(), "--fit",
            "rules.decisions.attention,organisation.attributes.effort.median", "--cutoff", "30", "--particles", "40",
            "--generations", generations, "--predictive", "20", "--threads", threads, "--out", out.toString(), "-q"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Cli.run(args);
    }

    @Test
    void fitWritesItsFilesTheSameAtAnyThreadCountAndResumesToTheSameBytes() throws Exception {
        Path log = history();
        assertTrue(Files.readString(log).startsWith("team,start_week,done_week,status\nteam-1,"));
        Cli one = fit(log, dir.resolve("one"), "1", "3");
        assertEquals(0, one.exit(), one.err());
        Cli two = fit(log, dir.resolve("two"), "2", "3");
        assertEquals(0, two.exit(), two.err());
        for (String f : new String[] {"posterior.csv", "parameters.csv", "generations.csv", "predictive.csv", "checks.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)), Files.readAllBytes(dir.resolve("two").resolve(f)), f);
        }
        assertTrue(Files.size(dir.resolve("one/charts/predictive.png")) > 0);
        assertEquals(6, ManifestCheck.check(dir.resolve("one"), "calibrate", "calibration").files().size());
        assertTrue(Files.readString(dir.resolve("one/parameters.csv"))
                .startsWith("parameter,mean,q05,q95,prior_q05,prior_q95,width_ratio,note\nrules.decisions.attention,"));
        assertTrue(Files.readString(dir.resolve("one/checks.csv")).contains("holdout_done_in_90,31,"));

        Cli first = fit(log, dir.resolve("resumed"), "2", "2");
        assertEquals(0, first.exit(), first.err());
        Cli rest = fit(log, dir.resolve("resumed"), "2", "3", "--resume");
        assertEquals(0, rest.exit(), rest.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/posterior.csv")),
                Files.readAllBytes(dir.resolve("resumed/posterior.csv")));
    }

    @Test
    void compareWithPosteriorSplitsTheVariance() throws Exception {
        Path log = history();
        assertEquals(0, fit(log, dir.resolve("fit"), "2", "2").exit());
        Cli c = Cli.run("compare", SCENARIO, "--posterior", dir.resolve("fit").toString(), "--replicates", "8",
                "--out", dir.resolve("cmp").toString(), "--threads", "2");
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("parameter uncertainty vs simulation noise"), c.out());
        assertTrue(c.out().contains("announce-and-hope    done share at the horizon"), c.out());
        // The manifest names the posterior the draws came from, with its SHA-256.
        Path post = dir.resolve("fit").resolve("posterior.csv");
        String manifest = Files.readString(dir.resolve("cmp").resolve("manifest.json"));
        assertTrue(manifest.contains(post.toString()) && manifest.contains(org.adoptsim.cli.output.Sha256.of(post)),
                manifest);
    }

    @Test
    void badInputIsOneLocatedLineAndExit2() throws Exception {
        Path log = Files.writeString(dir.resolve("bad.csv"), "team,start_week,done_week\nteam-1,5,3\n");
        Cli bad = fit(log, dir.resolve("x"), "1", "2");
        assertEquals(2, bad.exit());
        assertEquals(log + ":2:10: done_week: done at week 3, before it started (week 5)", bad.err().strip());
        Cli size = fit(Files.writeString(dir.resolve("short.csv"), "team,start_week,done_week\nteam-1,5,7\n"),
                dir.resolve("y"), "1", "2");
        assertEquals(2, size.exit());
        assertTrue(size.err().strip().endsWith("the log has 1 teams, the scenario 16 (organisation.teams)"), size.err());
        Cli unknown = Cli.run("calibrate", SCENARIO, "--log", history().toString(), "--fit", "rules.decisions.nope");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("rules.decisions.nope"), unknown.err());
    }
}
