package org.adoptsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adoptsim.cli.output.Sha256;
import org.adoptsim.cli.sweep.io.SweepManifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code sweep --posterior DIR}: each replicate pair runs on one joint parameter set drawn from a
 * calibration's posterior, laid under the point's overrides; the bytes do not depend on the thread
 * count, and the manifest names the posterior file and its SHA-256.
 */
class SweepPosteriorTest {
    private static final String SWEEP = """
            scenario: sbc-small.yaml
            name: post
            strategies: [announce-and-hope]
            parameters:
              rules.platform.capacity: [40, 160]
            replicates: 6
            seed: 11
            metrics: [final_done_share, final_started_share]
            """;

    @TempDir
    Path tmp;
    Path sweep;
    Path posterior;

    @BeforeEach
    void files() throws Exception {
        Files.copy(Path.of("src/test/resources/calibrate/sbc-small.yaml"), tmp.resolve("sbc-small.yaml"));
        sweep = Files.writeString(tmp.resolve("post.yaml"), SWEEP);
        posterior = Files.createDirectories(tmp.resolve("fit"));
        // Two very different particles: a team acts at 2 % or at 90 % of weeks.
        Files.writeString(posterior.resolve("posterior.csv"),
                "particle,weight,rules.decisions.attention,distance\n0,0.5,0.02,0.1\n1,0.5,0.9,0.1\n");
    }

    private TestScenarios.Result sweep(String out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(sweep.toString(), "--out", tmp.resolve(out).toString(),
                "--quiet"));
        args.addAll(List.of(more));
        return TestScenarios.execute(new CommandLine(new SweepCommand()), args.toArray(String[]::new));
    }

    @Test
    void sameBytesAtOneAndTwoThreadsAndTheManifestNamesThePosterior() throws Exception {
        TestScenarios.Result one = sweep("one", "--posterior", posterior.toString(), "--threads", "1");
        assertEquals(0, one.code(), one.err());
        TestScenarios.Result two = sweep("two", "--posterior", posterior.toString(), "--threads", "2");
        assertEquals(0, two.code(), two.err());
        for (String f : new String[] {"runs.csv", "points.csv"}) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)),
                    Files.readAllBytes(tmp.resolve("two").resolve(f)), f);
        }
        JsonNode m = SweepManifest.read(tmp.resolve("one")).sweep();
        assertEquals(posterior.resolve("posterior.csv").toString(), m.path("posterior").path("file").asText());
        assertEquals(Sha256.of(posterior.resolve("posterior.csv")), m.path("posterior").path("sha256").asText());

        TestScenarios.Result plain = sweep("plain");
        assertEquals(0, plain.code(), plain.err());
        assertTrue(SweepManifest.read(tmp.resolve("plain")).sweep().path("posterior").isMissingNode());
        assertNotEquals(Files.readString(tmp.resolve("plain/runs.csv")), Files.readString(tmp.resolve("one/runs.csv")),
                "the drawn attention changes the runs");
        assertNotEquals(SweepManifest.read(tmp.resolve("plain")).hash(), SweepManifest.read(tmp.resolve("one")).hash());
    }

    @Test
    void theDrawnParametersReachTheRuns() throws Exception {
        Path low = Files.createDirectories(tmp.resolve("low"));
        Files.writeString(low.resolve("posterior.csv"), "particle,weight,rules.decisions.attention,distance\n0,1,0.02,0.1\n");
        Path high = Files.createDirectories(tmp.resolve("high"));
        Files.writeString(high.resolve("posterior.csv"), "particle,weight,rules.decisions.attention,distance\n0,1,0.9,0.1\n");
        assertEquals(0, sweep("lo", "--posterior", low.toString()).code());
        assertEquals(0, sweep("hi", "--posterior", high.toString()).code());
        // A team that acts in 90 % of weeks starts sooner than one that acts in 2 %.
        double lo = meanStarted(tmp.resolve("lo/runs.csv"));
        double hi = meanStarted(tmp.resolve("hi/runs.csv"));
        assertTrue(hi > lo, "started share " + lo + " at attention 0.02, " + hi + " at 0.9");
    }

    private static double meanStarted(Path runs) throws Exception {
        List<String> rows = Files.readAllLines(runs);
        int col = List.of(rows.get(0).split(",")).indexOf("final_started_share");
        return rows.subList(1, rows.size()).stream().mapToDouble(r -> Double.parseDouble(r.split(",")[col]))
                .average().orElseThrow();
    }

    @Test
    void aResumeWithAnotherPosteriorIsRefused() throws Exception {
        assertEquals(0, sweep("one", "--posterior", posterior.toString()).code());
        Files.writeString(posterior.resolve("posterior.csv"),
                "particle,weight,rules.decisions.attention,distance\n0,1,0.5,0.1\n");
        TestScenarios.Result again = sweep("one", "--posterior", posterior.toString(), "--resume");
        assertEquals(2, again.code(), again.err());
        assertTrue(again.err().contains("holds a different sweep"), again.err());
        assertFalse(again.err().contains("\tat "), again.err());
    }
}
