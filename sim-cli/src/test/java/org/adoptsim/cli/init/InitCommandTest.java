package org.adoptsim.cli.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.Cli;
import org.adoptsim.cli.scenario.LoadedScenario;
import org.adoptsim.cli.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** adoptsim init writes a starter scenario that validates as written. */
class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void theStarterScenarioValidatesAsWritten() throws IOException {
        Files.writeString(dir.resolve("teams.csv"), "name,department,effort\nalpha,pay,100\nbeta,pay,\ngamma,search,\n");
        Files.writeString(dir.resolve("ties.csv"), "from,to\nalpha,beta\nbeta,gamma\n");
        Files.writeString(dir.resolve("deps.csv"), "team,upstream\nbeta,alpha\n");
        Path out = dir.resolve("ours.yaml");
        Cli r = Cli.run("init", "--teams", dir.resolve("teams.csv").toString(), "--edges",
                dir.resolve("ties.csv").toString(), "--dependencies", dir.resolve("deps.csv").toString(),
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        LoadedScenario s = ScenarioLoader.load(out);
        assertEquals(3, s.scenario().organisation().teams());
        assertEquals(5, s.scenario().strategies().size());
        assertEquals("ours", s.scenario().name());
        assertEquals(0, Cli.run("validate", "-q", out.toString()).exit());
        String text = Files.readString(out);
        assertTrue(text.contains("# start:"), "the start block is there, commented out");
        assertEquals(2, Cli.run("init", "--teams", dir.resolve("teams.csv").toString(), "--out", out.toString())
                .exit(), "an existing file is not replaced without --force");
    }

    @Test
    void initAndValidateSayWhichPerTeamColumnsWereReadSoAnIgnoredHeaderShows() throws IOException {
        Files.writeString(dir.resolve("teams.csv"), "Owner,Name,Department,effort,capacity (h/week)\n"
                + "ann,alpha,pay,100,20\nbob,beta,pay,,30\ncy,gamma,search,250,\n");
        Path out = dir.resolve("ours.yaml");
        Cli r = Cli.run("init", "--teams", dir.resolve("teams.csv").toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\n  2 departments; read per team: effort 2 of 3 teams; the rest drawn\n"),
                "'capacity (h/week)' is not the capacity column, and the output shows it was not read: " + r.out());
        Cli v = Cli.run("validate", out.toString());
        assertEquals(0, v.exit(), v.err());
        assertTrue(v.out().contains("teams file    read per team: effort 2 of 3 teams; the rest drawn"), v.out());

        Files.writeString(dir.resolve("names.csv"), "name\nalpha\nbeta\n");
        Cli names = Cli.run("init", "--teams", dir.resolve("names.csv").toString(), "--out", dir.resolve("n.yaml").toString());
        assertEquals(0, names.exit(), names.err());
        assertTrue(names.out().contains("no team attribute read (columns archetype, threshold, proof_needed, effort,"),
                names.out());
    }

    @Test
    void aBadSpreadsheetIsALocatedErrorAndNothingIsWritten() throws IOException {
        Files.writeString(dir.resolve("teams.csv"), "name,capacity\nalpha,fast\n");
        Cli r = Cli.run("init", "--teams", dir.resolve("teams.csv").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("teams.csv:2:7: capacity: expected a number >= 0"), r.err());
        assertFalse(Files.exists(dir.resolve("scenario.yaml")));
    }

    @Test
    void anOutThatIsOneOfTheInputsIsRefusedEvenWithForce() throws IOException {
        // init --teams t.csv --out t.csv --force replaced the teams file with a scenario naming itself.
        String teams = "name\nalpha\nbeta\n";
        Path t = Files.writeString(dir.resolve("t.csv"), teams);
        Path d = Files.writeString(dir.resolve("d.csv"), "team,upstream\nbeta,alpha\n");
        Cli r = Cli.run("init", "--teams", t.toString(), "--out", t.toString(), "--force");
        assertEquals(2, r.exit(), r.err());
        assertEquals("adoptsim init: --out " + t + " is the --teams file, which the scenario names; write the scenario"
                + " to another file\n", r.err());
        Cli deps = Cli.run("init", "--teams", t.toString(), "--dependencies", d.toString(), "--out", d.toString(),
                "--force");
        assertEquals(2, deps.exit(), deps.err());
        assertTrue(deps.err().contains("is the --dependencies file"), deps.err());
        assertEquals(teams, Files.readString(t));
        assertEquals("team,upstream\nbeta,alpha\n", Files.readString(d));
    }

    @Test
    void aMissingInputIsNamedByItsOptionBeforeAnExistingScenarioIs() throws IOException {
        Files.writeString(dir.resolve("teams.csv"), "name\nalpha\nbeta\n");
        Path out = dir.resolve("e.yaml");
        Path nosuch = dir.resolve("nosuch.csv");
        Cli edges = Cli.run("init", "--teams", dir.resolve("teams.csv").toString(), "--edges", nosuch.toString(),
                "--out", out.toString());
        assertEquals(2, edges.exit());
        assertEquals("adoptsim init: --edges " + nosuch + ": no such file\n", edges.err());
        assertFalse(Files.exists(out));
        Files.writeString(dir.resolve("scenario.yaml"), "name: mine\n");
        Cli teams = Cli.run("init", "--teams", nosuch.toString());
        assertEquals(2, teams.exit());
        assertEquals("adoptsim init: --teams " + nosuch + ": no such file\n", teams.err());
        assertEquals("name: mine\n", Files.readString(dir.resolve("scenario.yaml")));
    }

    @Test
    void aProblemWithANamedFileIsReportedAgainstItsOptionNotTheUnwrittenScenario(@TempDir Path elsewhere)
            throws IOException {
        Files.writeString(dir.resolve("teams.csv"), "name\nalpha\nbeta\n");
        Path outside = Files.writeString(elsewhere.resolve("t.csv"), "from,to\nalpha,beta\n");
        Path link = Files.createSymbolicLink(dir.resolve("ties.csv"), outside);
        Cli r = Cli.run("init", "--teams", dir.resolve("teams.csv").toString(), "--edges", link.toString(),
                "--out", dir.resolve("e.yaml").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("adoptsim init: --edges " + link + " links to a file outside the scenario's folder"),
                r.err());
        assertFalse(r.err().contains("--allow-outside-files"), "init has no such option: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(dir.resolve("e.yaml")));
    }

    @Test
    void aFolderAtOutIsRefusedWithOrWithoutForceAndLeftAlone() throws IOException {
        Files.writeString(dir.resolve("teams.csv"), "name\nalpha\nbeta\n");
        Path folder = Files.createDirectory(dir.resolve("d"));
        Files.writeString(folder.resolve("keep.txt"), "mine\n");
        for (String[] force : new String[][] {{}, {"--force"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("init", "--teams",
                    dir.resolve("teams.csv").toString(), "--out", folder.toString()));
            args.addAll(java.util.List.of(force));
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), r.err());
            assertEquals("adoptsim init: --out " + folder + " is a folder; give the file's path, e.g. "
                    + folder.resolve("scenario.yaml") + "\n", r.err());
        }
        assertEquals("mine\n", Files.readString(folder.resolve("keep.txt")));
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            assertEquals(2, s.count(), "no temporary file is left beside the folder");
        }
    }
}
