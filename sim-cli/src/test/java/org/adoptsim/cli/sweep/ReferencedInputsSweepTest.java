package org.adoptsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.app.Main;
import org.adoptsim.cli.output.Sha256;
import org.adoptsim.cli.sweep.io.SweepManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep over a scenario that names a teams file: the sweep's manifest lists the file with its hash,
 * and {@code --resume} refuses once the file has changed, since the results would no longer match.
 */
class ReferencedInputsSweepTest {
    @TempDir
    Path tmp;

    private Path sweepFile() throws IOException {
        Path sc = Files.createDirectories(tmp.resolve("sc"));
        Files.writeString(sc.resolve("teams.csv"), "name\nalpha\nbeta\ngamma\ndelta\n");
        Files.writeString(sc.resolve("teams.yaml"), """
                organisation: {departments: 2, teamsFile: teams.csv}
                run: {weeks: 20, replicates: 2, seed: 5}
                strategies:
                  earned: {preset: earned}
                """);
        return Files.writeString(tmp.resolve("s.yaml"), """
                name: teams-sweep
                scenario: sc/teams.yaml
                parameters:
                  rules.platform.capacity: [80, 160, 240]
                replicates: 2
                seed: 3
                metrics: [final_done_share]
                """);
    }

    private static TestScenarios.Result sweep(String... args) {
        return TestScenarios.execute(Main.commandLine(), args);
    }

    @Test
    void resumeRefusesOnceANamedFileChanged() throws IOException {
        Path file = sweepFile();
        Path out = tmp.resolve("out");
        TestScenarios.Result first = sweep("sweep", file.toString(), "--out", out.toString(), "--limit", "1", "--quiet");
        assertEquals(0, first.code(), first.err());
        var inputs = SweepManifest.read(out).model().scenario().inputs();
        assertEquals(1, inputs.size(), inputs.toString());
        assertEquals(tmp.resolve("sc/teams.csv").toString(), inputs.get(0).file());
        assertEquals(Sha256.of(tmp.resolve("sc/teams.csv")), inputs.get(0).sha256());

        TestScenarios.Result same = sweep("sweep", file.toString(), "--out", out.toString(), "--limit", "2",
                "--resume", "--quiet");
        assertEquals(0, same.code(), "unchanged files resume: " + same.err());

        Files.writeString(tmp.resolve("sc/teams.csv"), "name\nalpha\nbeta\ngamma\nepsilon\n");
        TestScenarios.Result changed = sweep("sweep", file.toString(), "--out", out.toString(), "--resume", "--quiet");
        assertEquals(2, changed.code(), changed.err());
        assertTrue(changed.err().contains("holds a different sweep") && changed.err().contains("files it names"),
                changed.err());
        assertEquals(1, changed.err().strip().lines().count(), changed.err());
    }
}
