package org.adoptsim.cli.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.adoptsim.cli.compare.TestCli;
import org.adoptsim.cli.output.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip of issue 14, end to end on the command line: {@code run --history} to week 30, {@code state}
 * on each replicate's log at week 30, {@code run --from state.csv --week 30} for the remaining 74 weeks, against
 * the uninterrupted 104-week run. Replicate k of the continuation draws replicate k's organisation, so the
 * two samples are paired. They must agree: a two-sample Kolmogorov–Smirnov test at the 1 % level does not
 * reject, and the paired mean difference's 95 % interval lies within one team. The same check rejects a
 * continuation from a state that lost the log (every team idle), so it can fail.
 */
class StateRoundTripTest {
    private static final int K = 12;
    private static final int TEAMS = 42;
    /** c(0.01) of the two-sample KS test. */
    private static final double KS_C = 1.628;
    /** t(0.975, K − 1). */
    private static final double T = 2.201;
    private static final String STRATEGY = "announce-and-hope";

    @TempDir
    Path dir;

    @Test
    void aContinuationFromTheLogAtWeek30AgreesWithTheUninterruptedRun() throws IOException {
        Path scenario = TestCli.scenario(dir, 104, K, 5);
        run("run", scenario.toString(), "--strategy", STRATEGY, "--weeks", "30", "--history",
                dir.resolve("log").toString(), "--out", dir.resolve("to30").toString());
        run("run", scenario.toString(), "--strategy", STRATEGY, "--out", dir.resolve("whole").toString());
        double[] whole = doneTeams(dir.resolve("whole"), K);
        double[] continued = new double[K];
        for (int k = 0; k < K; k++) {
            Path state = dir.resolve("state-" + k + ".csv");
            run("state", "--log", dir.resolve("log").toString(), "--replicate", Integer.toString(k), "--week", "30",
                    "--out", state.toString());
            Path out = dir.resolve("from-" + k);
            run("run", scenario.toString(), "--strategy", STRATEGY, "--from", state.toString(), "--week", "30",
                    "--weeks", "74", "--replicates", Integer.toString(k + 1), "--out", out.toString());
            continued[k] = doneTeams(out, k + 1)[k];
        }
        assertTrue(agree(whole, continued), "whole " + Arrays.toString(whole) + " continued "
                + Arrays.toString(continued));

        StringBuilder idle = new StringBuilder("team,status\n");
        for (int i = 1; i <= TEAMS; i++) {
            idle.append("team-").append(i).append(",idle\n");
        }
        Path lost = Files.writeString(dir.resolve("lost.csv"), idle);
        run("run", scenario.toString(), "--strategy", STRATEGY, "--from", lost.toString(), "--week", "30", "--weeks",
                "74", "--out", dir.resolve("lost").toString());
        double[] fromNothing = doneTeams(dir.resolve("lost"), K);
        assertFalse(agree(whole, fromNothing), "a state that lost the log must be told apart: "
                + Arrays.toString(fromNothing));
    }

    private static boolean agree(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = b[i] - a[i];
        }
        double mean = Arrays.stream(d).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum() / (d.length - 1));
        double half = T * sd / Math.sqrt(d.length);
        boolean paired = mean - half >= -1 && mean + half <= 1;
        return paired && ks(a, b) <= KS_C * Math.sqrt(2.0 / a.length);
    }

    /** The two-sample Kolmogorov–Smirnov statistic of equal-sized samples. */
    static double ks(double[] a, double[] b) {
        double[] x = a.clone();
        double[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        double d = 0;
        for (double v : concat(x, y)) {
            d = Math.max(d, Math.abs(ecdf(x, v) - ecdf(y, v)));
        }
        return d;
    }

    private static double[] concat(double[] x, double[] y) {
        double[] all = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        return all;
    }

    private static double ecdf(double[] sorted, double v) {
        int n = 0;
        while (n < sorted.length && sorted[n] <= v) {
            n++;
        }
        return (double) n / sorted.length;
    }

    private static double[] doneTeams(Path folder, int rows) throws IOException {
        CsvTable t = CsvTable.read(folder.resolve("runs.csv"));
        assertEquals(rows, t.size());
        double[] done = new double[rows];
        for (int r = 0; r < rows; r++) {
            done[r] = Math.round(t.number(r, "final_done_share") * TEAMS);
        }
        return done;
    }

    private static void run(String... args) {
        TestCli cli = new TestCli();
        String[] quiet = Arrays.copyOf(args, args.length + 1);
        quiet[args.length] = "--quiet";
        int rc = cli.execute(args[0].equals("state") ? args : quiet);
        assertEquals(0, rc, String.join(" ", args) + ": " + cli.err);
    }
}
