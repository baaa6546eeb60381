package org.adoptsim.cli.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adoptsim.cli.compare.TestCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adoptsim state}: a log at week N as a state file, its assumptions, and its located errors. */
class LogStateTest {
    @TempDir
    Path dir;

    private static MigrationLog log() {
        return new HistoryReader(null, null).parse("""
                team,start_week,done_week,status
                a,0,3,done
                b,2,9,done
                c,4,,migrating
                d,,,idle
                e,8,,dual
                f,,,willing
                """, "log.csv");
    }

    @Test
    void doneTeamsKeepTheirWeekStartedOnesGetProgressFromTheTypicalDuration() {
        List<LogState.Row> rows = LogState.at(log(), 10);
        assertEquals(new LogState.Row("a", "done", 1, 3), rows.get(0));
        assertEquals(new LogState.Row("b", "done", 1, 9), rows.get(1));
        // durations 4 and 8 weeks: median 6; c has worked 6 weeks, capped at 0.9
        assertEquals(new LogState.Row("c", "migrating", 0.9, -1), rows.get(2));
        assertEquals(new LogState.Row("d", "idle", 0, -1), rows.get(3));
        // the log records nothing at or after week 10: its status column holds
        assertEquals(new LogState.Row("e", "dual", 2.0 / 6, -1), rows.get(4));
        assertEquals(new LogState.Row("f", "willing", 0, -1), rows.get(5));
    }

    @Test
    void anEarlierWeekCutsTheLogAndNoLongerTrustsItsStatus() {
        List<LogState.Row> rows = LogState.at(log(), 5);
        assertEquals(new LogState.Row("a", "done", 1, 3), rows.get(0));
        assertEquals(new LogState.Row("b", "migrating", 0.75, -1), rows.get(1), "3 weeks of a 4-week median");
        assertEquals("migrating", rows.get(2).status());
        assertEquals("idle", rows.get(4).status(), "e had not started by week 5");
        assertEquals("idle", rows.get(5).status(), "willing is what the log said later, not at week 5");
        assertEquals(0, LogState.at(log(), 3).get(1).progress(), "no team done before week 3: no estimate");
    }

    @Test
    void theCommandWritesAStateThatRunReads() throws Exception {
        Path logFile = Files.writeString(dir.resolve("log.csv"), "team,start_week,done_week\nteam-1,0,3\nteam-2,1,\n");
        TestCli cli = new TestCli();
        Path state = dir.resolve("state.csv");
        assertEquals(0, cli.execute("state", "--log", logFile.toString(), "--week", "6", "--out", state.toString()),
                cli.err.toString());
        assertEquals("team,status,progress,done_week\nteam-1,done,1,3\nteam-2,migrating,0.9,\n",
                Files.readString(state));
        assertTrue(cli.out.toString().contains("1 done, 1 started, 0 not started of the log's 2 teams at week 6 (from " + logFile
                + "); a team the log does not list is idle."),
                cli.out.toString());
        TestCli run = new TestCli();
        assertEquals(0, run.execute("run", TestCli.scenario(dir, 10, 2, 1).toString(), "--from", state.toString(),
                "--week", "6", "--out", dir.resolve("out").toString(), "--quiet"), run.err.toString());
    }

    @Test
    void aBadLogIsOneLocatedLineAndNothingIsWritten() throws Exception {
        Path logFile = Files.writeString(dir.resolve("log.csv"), "team,start_week,done_week\nteam-1,5,3\n");
        TestCli cli = new TestCli();
        Path state = dir.resolve("state.csv");
        assertEquals(2, cli.execute("state", "--log", logFile.toString(), "--week", "6", "--out", state.toString()));
        List<String> err = cli.err.toString().lines().toList();
        assertEquals(1, err.size(), cli.err.toString());
        assertTrue(err.get(0).startsWith(logFile + ":2:"), err.get(0));
        assertTrue(!Files.exists(state));
        assertEquals(2, cli.execute("state", "--log", dir.toString(), "--replicate", "3", "--week", "6", "--out",
                state.toString()));
        assertTrue(cli.err.toString().contains("--replicate: no replicate-0003.csv in"), cli.err.toString());
    }

    @Test
    void strategyPicksASubFolderOfRunHistoryLogsAsTheHelpSays() throws Exception {
        Path scenario = TestCli.scenario(dir, 12, 1, 3);
        for (String strategy : List.of("earned", "pure-mandate")) {
            TestCli run = new TestCli();
            assertEquals(0, run.execute("run", scenario.toString(), "--strategy", strategy, "--history",
                    dir.resolve("logs").resolve(strategy).toString(), "--out", dir.resolve(strategy).toString(),
                    "--quiet"), run.err.toString());
        }
        TestCli cli = new TestCli();
        Path state = dir.resolve("state.csv");
        assertEquals(0, cli.execute("state", "--log", dir.resolve("logs").toString(), "--strategy", "pure-mandate",
                "--week", "6", "--out", state.toString()), cli.err.toString());
        assertTrue(cli.out.toString().contains("logs/pure-mandate/replicate-0000.csv"), cli.out.toString());
        TestCli without = new TestCli();
        assertEquals(2, without.execute("state", "--log", dir.resolve("logs").toString(), "--week", "6", "--out",
                dir.resolve("other.csv").toString()));
        assertTrue(without.err.toString().contains("give --strategy"), without.err.toString());

        String help = org.adoptsim.cli.Cli.run("state", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("run --strategy NAME") && help.contains("--history logs/NAME"), help);
        assertTrue(!help.contains("compare's"), "compare writes no migration logs: " + help);
    }

    @Test
    void anUnknownStatusIsRefusedAndAFolderIsNeverTakenForTheStateFile() throws Exception {
        Path logFile = Files.writeString(dir.resolve("log.csv"), "team,start_week,done_week,status\nteam-1,2,5,banana\n");
        TestCli cli = new TestCli();
        Path state = dir.resolve("state.csv");
        assertEquals(2, cli.execute("state", "--log", logFile.toString(), "--week", "6", "--out", state.toString()));
        assertEquals(logFile + ":2:12: status: unknown status 'banana' (expected one of: idle, willing,"
                + " migrating, blocked, done, dual)", cli.err.toString().strip());
        assertTrue(!Files.exists(state));

        Files.writeString(logFile, "team,start_week,done_week,status\nteam-1,2,5,done\n");
        Path folder = Files.createDirectory(dir.resolve("victim"));
        for (String[] force : new String[][] {{}, {"--force"}}) {
            TestCli f = new TestCli();
            List<String> args = new java.util.ArrayList<>(List.of("state", "--log", logFile.toString(), "--week", "6",
                    "--out", folder.toString()));
            args.addAll(List.of(force));
            assertEquals(2, f.execute(args.toArray(String[]::new)), f.err.toString());
            assertEquals("adoptsim state: --out " + folder + " is a folder; give the file's path, e.g. "
                    + folder.resolve("state.csv"), f.err.toString().strip());
        }
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void theLogReadIsNeverTheStateFileWritten() throws Exception {
        // state --log log.csv --out log.csv --force replaced the organisation's log with the state file.
        String text = "team,start_week,done_week,status\nteam-1,2,5,done\n";
        Path logFile = Files.writeString(dir.resolve("log.csv"), text);
        Path logs = Files.createDirectory(dir.resolve("logs"));
        Path replicate = Files.writeString(logs.resolve(HistoryWriter.fileName(0)), text);
        for (String[] asked : new String[][] {{logFile.toString(), logFile.toString()},
            {logs.toString(), replicate.toString()}}) {
            for (String[] force : new String[][] {{}, {"--force"}}) {
                TestCli f = new TestCli();
                List<String> args = new java.util.ArrayList<>(List.of("state", "--log", asked[0], "--week", "6",
                        "--out", asked[1]));
                args.addAll(List.of(force));
                assertEquals(2, f.execute(args.toArray(String[]::new)), f.err.toString());
                assertEquals("adoptsim state: --out " + asked[1] + " is the log it reads; write the state file to"
                        + " another file", f.err.toString().strip());
            }
        }
        assertEquals(text, Files.readString(logFile));
        assertEquals(text, Files.readString(replicate));
    }
}
