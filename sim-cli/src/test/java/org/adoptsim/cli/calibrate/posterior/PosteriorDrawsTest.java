package org.adoptsim.cli.calibrate.posterior;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parameter sets are drawn by weight at any seed. (Seeded with the raw seed and pair number, the
 * generator's first output was tiny and nearly every draw fell on the first particle.)
 */
class PosteriorDrawsTest {
    @TempDir
    Path dir;

    private PosteriorDraws read() throws IOException {
        Path scenario = Files.writeString(dir.resolve("s.yaml"), """
                name: draws
                rules:
                  decisions:
                    attention: 0.7
                strategies:
                  earned: {preset: earned}
                """);
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
}
