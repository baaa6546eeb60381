package org.adoptsim.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.Sha256;
import org.adoptsim.cli.scenario.input.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare and run record the files a scenario names, with their hashes, in manifest.json. */
class ReferencedInputsTest {
    @TempDir
    Path dir;

    /** A scenario in {@code sc/} naming a teams file and one edge file used for both network and dependencies. */
    private Path scenario() throws IOException {
        Path data = Files.createDirectories(dir.resolve("sc/data"));
        Files.writeString(data.resolve("teams.csv"), "name\nalpha\nbeta\ngamma\ndelta\n");
        Files.writeString(data.resolve("ties.csv"), "from,to,team,upstream\nalpha,beta,beta,alpha\nbeta,gamma,gamma,beta\n");
        return Files.writeString(dir.resolve("sc/teams.yaml"), """
                name: named-teams
                organisation:
                  departments: 2
                  teamsFile: data/teams.csv
                  network: {edges: data/ties.csv}
                  dependencies: {edges: ./data/ties.csv}
                run: {weeks: 20, replicates: 2, seed: 5}
                strategies:
                  earned: {preset: earned}
                  pure-mandate: {preset: pure-mandate}
                """);
    }

    private List<InputFile> expected() throws IOException {
        Path data = dir.resolve("sc/data");
        return List.of(new InputFile(data.resolve("teams.csv").toString(), Sha256.of(data.resolve("teams.csv"))),
                new InputFile(data.resolve("ties.csv").toString(), Sha256.of(data.resolve("ties.csv"))));
    }

    @Test
    void compareAndRunListEachNamedFileOnceWithItsHash() throws IOException {
        Path file = scenario();
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute("compare", file.toString(), "--out", dir.resolve("c").toString(), "--quiet"),
                cli.err.toString());
        assertEquals(0, cli.execute("run", file.toString(), "--out", dir.resolve("r").toString(), "--quiet"),
                cli.err.toString());
        for (String out : List.of("c", "r")) {
            Manifest m = CompareCommandTest.manifest(dir.resolve(out));
            assertEquals(Sha256.of(file), m.scenario().sha256(), "the scenario's own hash is unchanged");
            assertEquals(expected(), m.scenario().inputs(), out);
        }
        assertTrue(Files.readString(dir.resolve("c/manifest.json")).contains("\"inputs\" : [ {"));
    }

    @Test
    void anotherTeamsFileGivesAnotherManifest() throws IOException {
        Path file = scenario();
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute("run", file.toString(), "--out", dir.resolve("a").toString(), "--quiet"));
        Files.writeString(dir.resolve("sc/data/teams.csv"), "name\nalpha\nbeta\ngamma\ndelta\n# renamed nobody\n");
        assertEquals(0, cli.execute("run", file.toString(), "--out", dir.resolve("b").toString(), "--quiet"));
        Manifest a = CompareCommandTest.manifest(dir.resolve("a"));
        Manifest b = CompareCommandTest.manifest(dir.resolve("b"));
        assertEquals(a.scenario().sha256(), b.scenario().sha256());
        assertNotEquals(a.scenario().inputs().get(0).sha256(), b.scenario().inputs().get(0).sha256());
        assertEquals(expected(), b.scenario().inputs());
    }

    @Test
    void aScenarioNamingNoFilesHasAnEmptyList() throws IOException {
        Path file = TestCli.scenario(dir, 20, 2, 3);
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute("run", file.toString(), "--out", dir.resolve("o").toString(), "--quiet"));
        assertEquals(List.of(), CompareCommandTest.manifest(dir.resolve("o")).scenario().inputs());
        assertTrue(Files.readString(dir.resolve("o/manifest.json")).contains("\"inputs\" : [ ],"));
    }
}
