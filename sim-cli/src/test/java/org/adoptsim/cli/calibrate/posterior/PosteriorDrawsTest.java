package org.adoptsim.cli.calibrate.posterior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.LocatedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parameter sets are drawn by weight at any seed. (Seeded with the raw seed and pair number, the
 * generator's first output was tiny and nearly every draw fell on the first particle.)
 */
class PosteriorDrawsTest {
    @TempDir
    Path dir;

    private Path scenario() throws IOException {
        return Files.writeString(dir.resolve("s.yaml"), """
                name: draws
                rules:
                  decisions:
                    attention: 0.7
                strategies:
                  earned: {preset: earned}
                """);
    }

    private PosteriorDraws read() throws IOException {
        Path scenario = scenario();
        Files.writeString(dir.resolve("posterior.csv"), "particle,weight,rules.decisions.attention,distance\n"
                + "0,1,0.2,0\n1,0,0.5,0\n2,3,0.8,0\n");
        return PosteriorDraws.read(dir, scenario);
    }

    @Test
    void drawsFollowTheWeightsAtEverySeed() throws IOException {
        PosteriorDraws draws = read();
        for (long seed : new long[] {0, 1, 42, -7}) {
            int n = 4000;
            int heavy = 0;
            for (int k = 0; k < n; k++) {
                double v = draws.draw(seed, k)[0];
                if (v == 0.8) {
                    heavy++;
                } else {
                    assertEquals(0.2, v, "seed " + seed + ", pair " + k + ": a particle of weight 0 was drawn");
                }
            }
            // weight 3 of 4; 4000 draws put the share within 0.75 ± 0.03 (4.4 standard deviations)
            assertEquals(0.75, heavy / (double) n, 0.03, "seed " + seed);
        }
    }

    /** A bad value or column is an error at its cell in posterior.csv, found when the file is read. */
    private String error(String csv) throws IOException {
        Path scenario = scenario();
        Path file = Files.writeString(dir.resolve("posterior.csv"), csv);
        return assertThrows(LocatedException.class, () -> PosteriorDraws.read(dir, scenario)).getMessage()
                .replace(file.toString(), "posterior.csv");
    }

    @Test
    void aValueOrColumnTheScenarioRefusesIsNamedAtItsCell() throws IOException {
        assertEquals("posterior.csv:2:5: rules.decisions.attention: must be in [0, 1], was 7.0",
                error("particle,weight,rules.decisions.attention,distance\n0,1,7,0.1\n"));
        assertEquals("posterior.csv:4:7: rules.decisions.attention: must be in [0, 1], was 1.5",
                error("particle,weight,rules.decisions.attention,distance\n0,1,0.5,0\n1,1,0.6,0\n2,0.5,1.5,0\n"));
        assertEquals("posterior.csv:2:5: rules.decisions.atention: unknown field; did you mean 'attention'?",
                error("particle,weight,rules.decisions.atention,distance\n0,1,0.7,0.1\n"));
        assertEquals("posterior.csv:3:5: organisation.teams: expected a whole number in [1, 1000000], got the number"
                + " 12.5", error("particle,weight,organisation.teams,distance\n0,1,12,0\n1,1,12.5,0\n"));
    }
    @Test
    void weightsThatOverflowAreRefused() throws IOException {
        // 1e308 twice added up to infinity, and every draw fell on the second particle, silently
        assertEquals("posterior.csv:1:1: weight: the weights add up to more than a number can hold (a calibration's"
                + " add up to 1)", error("particle,weight,rules.decisions.attention,distance\n0,1e308,0.5,0\n"
                + "1,1e308,0.6,0\n2,1e308,0.7,0\n"));
    }

    @Test
    void aColumnNamedTwiceOrNotAPathIsNamedAtItsHeaderCell() throws IOException {
        // these used to be blamed on --fit, an option of calibrate, not of the sweep, run or compare reading them
        assertEquals("posterior.csv:1:43: column 'rules.decisions.attention' is named twice",
                error("particle,weight,rules.decisions.attention,rules.decisions.attention,distance\n0,1,0.5,0.6,0\n"));
        assertEquals("posterior.csv:1:17: column 'rules..attention' is not a scenario path such as"
                + " rules.decisions.attention", error("particle,weight,rules..attention,distance\n0,1,0.5,0\n"));
    }
}
