package org.adoptsim.cli.calibrate;

import java.util.Arrays;
import org.adoptsim.cli.results.stats.Quantiles;

/**
 * Posterior predictive bands of one weekly curve (the share of teams started, or done, by each week)
 * and how often the observed curve falls inside them. Pure.
 *
 * @param p05 … p95 the 5/25/50/75/95 % quantiles of the simulated curves, per week
 */
public record Predictive(double[] p05, double[] p25, double[] p50, double[] p75, double[] p95) {

    /** Bands of {@code curves[run][week]}. */
    public static Predictive of(double[][] curves) {
        int weeks = curves[0].length;
        double[][] q = new double[5][weeks];
        double[] col = new double[curves.length];
        double[] at = {0.05, 0.25, 0.5, 0.75, 0.95};
        for (int w = 0; w < weeks; w++) {
            for (int r = 0; r < curves.length; r++) {
                col[r] = curves[r][w];
            }
            Arrays.sort(col);
            for (int k = 0; k < 5; k++) {
                q[k][w] = Quantiles.type7(col, at[k]);
            }
        }
        return new Predictive(q[0], q[1], q[2], q[3], q[4]);
    }

    /** Share of weeks {@code from … to} (inclusive) whose observed value lies in the 90 % band. */
    public double coverage90(double[] observed, int from, int to) {
        return coverage(observed, p05, p95, from, to);
    }

    /** Share of weeks {@code from … to} (inclusive) whose observed value lies in the 50 % band. */
    public double coverage50(double[] observed, int from, int to) {
        return coverage(observed, p25, p75, from, to);
    }

    private static double coverage(double[] observed, double[] lo, double[] hi, int from, int to) {
        int in = 0;
        for (int w = from; w <= to; w++) {
            if (observed[w] >= lo[w] - 1e-12 && observed[w] <= hi[w] + 1e-12) {
                in++;
            }
        }
        return to < from ? Double.NaN : in / (double) (to - from + 1);
    }

    /** The cumulative share of teams whose week is set and at most w, for w = 0 … weeks − 1. */
    public static double[] curve(int[] eventWeeks, int weeks) {
        double[] c = new double[weeks];
        for (int e : eventWeeks) {
            if (e >= 0 && e < weeks) {
                c[e] += 1;
            }
        }
        double run = 0;
        for (int w = 0; w < weeks; w++) {
            run += c[w];
            c[w] = run / eventWeeks.length;
        }
        return c;
    }
}
