package org.adoptsim.cli.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.adoptsim.cli.results.stats.Quantiles;

/**
 * What a migration log can show, as numbers: the shares of teams started and done by the end of weeks
 * ¼, ½, ¾ and all of the observed window; the 25/50/75 % quantiles of the start week (a team not
 * started by the cutoff counts as starting the week after it) and of the time to migrate among
 * started teams (a team not yet done counts as taking until the week after the cutoff); the
 * never-started share and the half-migrated share (started, not done). Computed by the same code for
 * the observed log and every simulated run, and only from what is visible by the cutoff. Pure.
 */
public final class Summaries {
    private static final double[] AT = {0.25, 0.5, 0.75, 1.0};
    private static final double[] QUANTILES = {0.25, 0.5, 0.75};

    private Summaries() {
    }

    /** The number of summaries. */
    public static int count() {
        return 2 * AT.length + 2 * QUANTILES.length + 2;
    }

    /** Their names, in order, for a window ending at {@code cutoff}. */
    public static List<String> names(int cutoff) {
        List<String> n = new ArrayList<>();
        for (double a : AT) {
            n.add("started_share_w" + checkpoint(a, cutoff));
        }
        for (double a : AT) {
            n.add("done_share_w" + checkpoint(a, cutoff));
        }
        for (double q : QUANTILES) {
            n.add(String.format(Locale.ROOT, "start_week_q%02d", (int) Math.round(q * 100)));
        }
        for (double q : QUANTILES) {
            n.add(String.format(Locale.ROOT, "weeks_to_migrate_q%02d", (int) Math.round(q * 100)));
        }
        n.add("never_started_share");
        n.add("half_migrated_share");
        return n;
    }

    /**
     * The summaries of one log: {@code start[i]} and {@code done[i]} are team i's weeks (−1: never);
     * events after {@code cutoff} are not seen.
     */
    public static double[] of(int[] start, int[] done, int cutoff) {
        int n = start.length;
        double[] out = new double[count()];
        int k = 0;
        for (double a : AT) {
            out[k++] = share(start, checkpoint(a, cutoff), n);
        }
        for (double a : AT) {
            out[k++] = share(done, checkpoint(a, cutoff), n);
        }
        int censored = cutoff + 1;
        double[] starts = new double[n];
        int started = 0;
        int finished = 0;
        double[] durations = new double[n];
        for (int i = 0; i < n; i++) {
            boolean s = start[i] >= 0 && start[i] <= cutoff;
            boolean d = s && done[i] >= 0 && done[i] <= cutoff;
            starts[i] = s ? start[i] : censored;
            if (s) {
                durations[started++] = d ? done[i] - start[i] : censored - start[i];
            }
            if (d) {
                finished++;
            }
        }
        Arrays.sort(starts);
        double[] dur = started == 0 ? new double[] {censored} : Arrays.copyOf(durations, started);
        Arrays.sort(dur);
        for (double q : QUANTILES) {
            out[k++] = Quantiles.type7(starts, q);
        }
        for (double q : QUANTILES) {
            out[k++] = Quantiles.type7(dur, q);
        }
        out[k++] = (n - started) / (double) n;
        out[k] = (started - finished) / (double) n;
        return out;
    }

    /** The share of teams whose week is set and at most {@code week}. */
    private static double share(int[] weeks, int week, int n) {
        int c = 0;
        for (int w : weeks) {
            if (w >= 0 && w <= week) {
                c++;
            }
        }
        return c / (double) n;
    }

    static int checkpoint(double at, int cutoff) {
        return (int) Math.round(at * cutoff);
    }
}
