package org.adoptsim.cli.decide.optimise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adoptsim.cli.compare.TestCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * optimise --posterior: the plan is chosen under the parameters the posterior gives. When a migration
 * barely pays (a gain of 1 h/week per team) the mandate should come as late as possible; when it pays
 * a hundredfold and teams seldom act on their own, as early as possible. Two posteriors concentrated on
 * those values must move the choice accordingly.
 */
class OptimisePosteriorTest {
    private static final String SCENARIO = """
            name: optimise-posterior
            organisation:
              teams: 42
              attributes:
                effort:
                  all: {lognormal: {median: 360, sigma: 0.6}}
                gain:
                  all: {lognormal: {median: 18, sigma: 0.6}}
            rules:
              decisions:
                attention: 0.7
            run: {weeks: 104, replicates: 4, seed: 42}
            strategies:
              mandate-early: {preset: mandate-early}
            """;

    @TempDir
    Path tmp;

    private Path posterior(String name, double gain, double attention) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("posterior.csv"), "particle,weight,organisation.attributes.gain.median,"
                + "rules.decisions.attention,distance\n0,1," + gain + "," + attention + ",0\n1,1," + gain + ","
                + attention + ",0\n");
        return dir;
    }

    private TestCli optimise(Path scenario, Path posterior, Path out, String threads) {
        TestCli cli = new TestCli();
        int exit = cli.execute("optimise", scenario.toString(), "--lever", "strategies.mandate-early.mandate.atWeek=2|90",
                "--delta", "100", "--first-stage", "6", "--max-replicates", "60", "--recheck", "10", "--threads", threads,
                "--charts", "none", "--posterior", posterior.toString(), "--out", out.toString());
        assertEquals(0, exit, cli.err.toString());
        return cli;
    }

    private static String selectedWeek(Path out) throws IOException {
        List<String> csv = Files.readAllLines(out.resolve("candidates.csv"));
        String row = csv.stream().filter(l -> l.contains(",selected,")).findFirst().orElseThrow();
        return row.split(",")[1];
    }

    @Test
    void theChoiceFollowsThePosterior() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("s.yaml"), SCENARIO);
        Path cheap = posterior("cheap", 1, 0.1);
        Path paying = posterior("paying", 100, 0.1);

        TestCli late = optimise(scenario, cheap, tmp.resolve("late"), "2");
        assertEquals("90", selectedWeek(tmp.resolve("late")), late.out.toString());
        TestCli early = optimise(scenario, paying, tmp.resolve("early"), "2");
        assertEquals("2", selectedWeek(tmp.resolve("early")), early.out.toString());

        // candidates.csv, best.yaml and the terminal say which posterior the replicates drew from
        List<String> csv = Files.readAllLines(tmp.resolve("early").resolve("candidates.csv"));
        assertTrue(csv.get(0).endsWith(",feasible,posterior"), csv.get(0));
        assertTrue(csv.get(1).endsWith("," + paying.resolve("posterior.csv")), csv.get(1));
        String best = Files.readString(tmp.resolve("early").resolve("best.yaml"));
        assertTrue(best.contains("# under parameter uncertainty: parameters drawn from the posterior "
                + paying.resolve("posterior.csv")), best);
        assertTrue(early.out.toString().contains("one joint set per replicate, the same for every plan"));

        // the draws are keyed by seed and replicate: the same files at any thread count
        optimise(scenario, paying, tmp.resolve("early-1"), "1");
        assertArrayEquals(Files.readAllBytes(tmp.resolve("early").resolve("candidates.csv")),
                Files.readAllBytes(tmp.resolve("early-1").resolve("candidates.csv")));
    }
}
