package org.adoptsim.cli.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare --from state.csv --week N is the same as the scenario's own start block. */
class FromOptionTest {
    private static final Path ACME = Path.of("../scenarios/acme-today");

    @TempDir
    Path dir;

    @Test
    void fromOnTheCommandLineMatchesTheStartBlock() throws IOException {
        String yaml = Files.readString(ACME.resolve("acme-today.yaml"));
        String withoutState = yaml.replace("  stateFile: state.csv\n", "").replace("  week: 30 ", "  week: 1 ");
        for (String f : new String[] {"teams.csv", "ties.csv", "dependencies.csv", "state.csv"}) {
            Files.copy(ACME.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("a.yaml"), yaml);
        Files.writeString(dir.resolve("b.yaml"), withoutState);
        Cli a = Cli.run("compare", dir.resolve("a.yaml").toString(), "--replicates", "4", "--quiet", "--out",
                dir.resolve("out-a").toString());
        assertEquals(0, a.exit(), a.err());
        Cli b = Cli.run("compare", dir.resolve("b.yaml").toString(), "--replicates", "4", "--quiet", "--out",
                dir.resolve("out-b").toString(), "--from", dir.resolve("state.csv").toString(), "--week", "30");
        assertEquals(0, b.exit(), b.err());
        assertEquals(Files.readString(dir.resolve("out-a/teams.csv")), Files.readString(dir.resolve("out-b/teams.csv")));
        assertEquals(Files.readString(dir.resolve("out-a/runs.csv")), Files.readString(dir.resolve("out-b/runs.csv")));
    }

    @Test
    void fromInPlaceOfTheStartBlockListsTheStateFileOnceAndSaysWhatItReplaced() throws IOException {
        for (String f : new String[] {"acme-today.yaml", "teams.csv", "ties.csv", "dependencies.csv", "state.csv"}) {
            Files.copy(ACME.resolve(f), dir.resolve(f));
        }
        Path out = dir.resolve("x4");
        Cli r = Cli.run("compare", dir.resolve("acme-today.yaml").toString(), "--from", dir.resolve("state.csv").toString(),
                "--week", "35", "--replicates", "4", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        var inputs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("manifest.json").toFile())
                .path("scenario").path("inputs");
        long state = 0;
        for (var i : inputs) {
            state += i.path("file").asText().endsWith("state.csv") ? 1 : 0;
        }
        assertEquals(1, state, "one entry per file: " + inputs);
        String line = "start: --from " + dir.resolve("state.csv") + " --week 35 replaces the scenario's start block's"
                + " state file and week 30 (its tools, dashboard, coalition and maturity stay)";
        assertTrue(r.out().contains("\n  " + line + "\n"), r.out());
        assertTrue(Files.readString(out.resolve("report.md")).contains("- " + line + "\n"), "the report says so too");
    }

    @Test
    void badStatesAndOptionsAreExit2() throws IOException {
        for (String f : new String[] {"acme-today.yaml", "teams.csv", "ties.csv", "dependencies.csv", "state.csv"}) {
            Files.copy(ACME.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("bad.csv"), "team,status,progress,done_week\nledger,done,0.4,3\n");
        Cli r = Cli.run("compare", dir.resolve("acme-today.yaml").toString(), "--replicates", "2", "--quiet",
                "--out", dir.resolve("o").toString(), "--from", dir.resolve("bad.csv").toString(), "--week", "30");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bad.csv:2:13: progress: expected 1 for a done team"), "err: " + r.err() + " out: " + r.out());
        Cli noFrom = Cli.run("compare", dir.resolve("acme-today.yaml").toString(), "--week", "30", "--quiet",
                "--out", dir.resolve("o2").toString());
        assertEquals(2, noFrom.exit());
    }
}
