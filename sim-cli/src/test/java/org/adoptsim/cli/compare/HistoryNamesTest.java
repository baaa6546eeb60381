package org.adoptsim.cli.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.adoptsim.cli.Cli;
import org.adoptsim.cli.history.HistoryReader;
import org.adoptsim.cli.history.HistoryWriter;
import org.adoptsim.cli.history.MigrationLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --history} names the teams as the scenario's teams file does, and the history reader maps
 * a log's names back onto the scenario's teams, on the shipped {@code scenarios/acme-today/}. Without a
 * teams file every output names the teams {@code team-1 … team-N} and every input reads those names.
 */
class HistoryNamesTest {
    private static final Path ACME = Path.of("../scenarios/acme-today/acme-today.yaml");

    @TempDir
    Path dir;

    @Test
    void aHistoryThatIsAFileIsRefusedBeforeAnyOutput() throws Exception {
        // It was "cannot write the outputs in OUT: cannot write: FILE", exit 1, once the runs were done.
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine\n");
        Cli run = Cli.run("run", ACME.toString(), "--replicates", "1", "--history", file.toString(),
                "--out", dir.resolve("run").toString(), "-q");
        assertEquals(2, run.exit(), run.err());
        assertEquals("--history: " + file + " is a file, not a folder; give a folder for the replicates' logs",
                run.err().strip());
        assertEquals("mine\n", Files.readString(file));
        assertTrue(!Files.exists(dir.resolve("run")), "no output folder");
    }

    @Test
    void historyOfANamedScenarioRoundTripsByName() throws Exception {
        Cli run = Cli.run("run", ACME.toString(), "--replicates", "1", "--history", dir.resolve("h").toString(),
                "--out", dir.resolve("run").toString(), "-q");
        assertEquals(0, run.exit(), run.err());
        Path file = dir.resolve("h").resolve(HistoryWriter.fileName(0));
        List<String> names = new ScenarioFiles().read(ACME).teamNames();
        assertEquals(40, names.size());
        List<String> lines = Files.readAllLines(file);
        assertEquals(HistoryWriter.HEADER, lines.get(0));
        for (int i = 0; i < names.size(); i++) {
            assertTrue(lines.get(i + 1).startsWith(names.get(i) + ","), lines.get(i + 1));
        }

        HistoryReader reader = new HistoryReader(null, names);
        MigrationLog written = reader.read(file, file.toString());
        assertEquals(names, written.teams());

        // The same log with its rows shuffled, and with team-K names, maps back to the scenario's order.
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.reverse(rows);
        MigrationLog shuffled = reader.parse(HistoryWriter.HEADER + "\n" + String.join("\n", rows) + "\n", "r.csv");
        assertEquals(names, shuffled.teams());
        assertArrayEquals(written.start(), shuffled.start());
        assertArrayEquals(written.done(), shuffled.done());
        StringBuilder numbered = new StringBuilder(HistoryWriter.HEADER + "\n");
        for (int i = 0; i < names.size(); i++) {
            numbered.append("team-").append(i + 1).append(lines.get(i + 1).substring(names.get(i).length())).append('\n');
        }
        MigrationLog byNumber = reader.parse(numbered.toString(), "n.csv");
        assertEquals(names, byNumber.teams());
        assertArrayEquals(written.start(), byNumber.start());
        assertArrayEquals(written.done(), byNumber.done());
        assertEquals(written.status(), byNumber.status());
    }

    @Test
    void historyOfARunFromTodayIsInTheCalendarAndKeepsTheStatesDoneWeeks() throws Exception {
        // acme-today starts at calendar week 30 from state.csv: observability done in week 9, auth in 17,
        // mobile-bff migrating, ranking willing.
        Cli run = Cli.run("run", ACME.toString(), "--strategy", "earned", "--replicates", "1", "--history",
                dir.resolve("h").toString(), "--out", dir.resolve("run").toString(), "-q");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(dir.resolve("h").resolve(HistoryWriter.fileName(0)));
        assertTrue(lines.contains("observability,9,9,done"), "its done week, not the run's week 0: " + lines);
        assertTrue(lines.contains("auth,17,17,done"), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("mobile-bff,29,")), "started before today: " + lines);
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            for (int k = 1; k <= 2; k++) {
                assertTrue(c[k].isEmpty() || Integer.parseInt(c[k]) >= 9, "calendar weeks, not run weeks: " + l);
            }
            if (!c[1].isEmpty() && !List.of("observability", "ci-runners", "auth", "status-page", "query-api",
                    "secrets", "edge-proxy", "mobile-bff", "sessions", "indexer", "job-scheduler", "backup",
                    "events-pipeline").contains(c[0])) {
                assertTrue(Integer.parseInt(c[1]) >= 30, "started no earlier than today: " + l);
            }
        }

        // Back to the state at week 30: the same done teams in the same weeks.
        Cli state = Cli.run("state", "--log", dir.resolve("h").toString(), "--week", "30", "--out",
                dir.resolve("s.csv").toString());
        assertEquals(0, state.exit(), state.err());
        List<String> done = Files.readAllLines(dir.resolve("s.csv")).stream().filter(l -> l.contains(",done,")).toList();
        assertEquals(List.of("observability,done,1,9", "ci-runners,done,1,12", "auth,done,1,17",
                "status-page,done,1,20", "query-api,done,1,24", "secrets,done,1,26", "edge-proxy,done,1,28"),
                done.stream().sorted(java.util.Comparator.comparingInt(l -> Integer.parseInt(l.split(",")[3]))).toList());
    }

    @Test
    void withoutATeamsFileTeamsCsvTheLogAndTheStateFileShareOneNaming() throws Exception {
        Path scenario = TestCli.scenario(dir, 20, 2, 5);
        Cli compare = Cli.run("compare", scenario.toString(), "--out", dir.resolve("c").toString(), "-q");
        assertEquals(0, compare.exit(), compare.err());
        List<String> rows = Files.readAllLines(dir.resolve("c/teams.csv"));
        String first = rows.get(1).substring(0, rows.get(1).indexOf(','));
        List<String> names = rows.stream().skip(1).filter(r -> r.startsWith(first + ","))
                .map(r -> r.split(",")[1]).toList();
        assertEquals(42, names.size());
        assertEquals("team-1", names.get(0), "1-based, as the migration log and the state file name them");
        assertEquals("team-42", names.get(41));

        Cli run = Cli.run("run", scenario.toString(), "--strategy", "earned", "--replicates", "1", "--history",
                dir.resolve("h").toString(), "--out", dir.resolve("r").toString(), "-q");
        assertEquals(0, run.exit(), run.err());
        List<String> log = Files.readAllLines(dir.resolve("h").resolve(HistoryWriter.fileName(0)));
        assertEquals(names, log.stream().skip(1).map(r -> r.split(",")[0]).toList());

        // A state file written with teams.csv's names: the first team done in week 0, every other idle.
        StringBuilder state = new StringBuilder("team,status,progress,done_week\n");
        for (String n : names) {
            state.append(n).append(n.equals(names.get(0)) ? ",done,1,0\n" : ",idle,0,\n");
        }
        Path file = Files.writeString(dir.resolve("state.csv"), state);
        Cli from = Cli.run("compare", scenario.toString(), "--from", file.toString(), "--week", "1", "--out",
                dir.resolve("f").toString(), "-q");
        assertEquals(0, from.exit(), from.err());
        int matched = 0;
        for (String r : Files.readAllLines(dir.resolve("f/teams.csv"))) {
            String[] cells = r.split(",");
            if (cells[1].equals(names.get(0))) {
                assertEquals("1", cells[2], "the team the state file names is the one teams.csv names: " + r);
                matched++;
            }
        }
        assertTrue(matched > 0, "teams.csv has a row for " + names.get(0));
    }
}
