package org.adoptsim.cli.results.stats;

/**
 * Sample quantiles, of a sorted array or of integer data held as a histogram of counts per value, with the definition of
 * Hyndman and Fan's type 7 (the default of R and NumPy): for {@code n} sorted values
 * {@code x(0) ≤ … ≤ x(n−1)} and probability {@code p}, with {@code h = (n − 1)·p}, the quantile is
 * {@code x(⌊h⌋) + (h − ⌊h⌋)·(x(⌊h⌋ + 1) − x(⌊h⌋))}.
 *
 * <p>Values above the histogram's range are <em>censored</em> (known only to lie beyond it, like a
 * milestone not reached by the horizon): they sort last, and a quantile that needs one of them is
 * NaN, never an invented number. Cost is one pass over the histogram for all probabilities.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * Quantiles of the values whose counts are {@code counts[offset … offset + length)} (value
     * {@code v} at {@code counts[offset + v]}), followed by {@code censored} values beyond the range.
     *
     * @param probs ascending probabilities in [0, 1]
     * @param out   receives one quantile per probability (NaN if there are no values, or where the
     *              quantile depends on a censored value)
     */
    public static void type7(int[] counts, int offset, int length, long censored, double[] probs, double[] out) {
        long n = censored;
        for (int v = 0; v < length; v++) {
            n += counts[offset + v];
        }
        if (n == 0) {
            java.util.Arrays.fill(out, 0, probs.length, Double.NaN);
            return;
        }
        int v = -1;
        long seen = 0;
        for (int i = 0; i < probs.length; i++) {
            double h = (n - 1) * checkProbability(probs[i]);
            long lo = (long) Math.floor(h);
            double frac = h - lo;
            while (seen <= lo && v < length) {
                v++;
                seen += v < length ? counts[offset + v] : 0;
            }
            double xLo = v < length ? v : Double.NaN;
            double xHi = lo + 1 < seen ? xLo : nextValue(counts, offset, length, v);
            out[i] = frac == 0 ? xLo : xLo + frac * (xHi - xLo);
        }
    }

    /**
     * The type-7 quantile at {@code p} of values sorted ascending (no NaN); NaN when there are none.
     */
    public static double type7(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * checkProbability(p);
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double nextValue(int[] counts, int offset, int length, int from) {
        for (int v = from + 1; v < length; v++) {
            if (counts[offset + v] > 0) {
                return v;
            }
        }
        return Double.NaN;
    }

    private static double checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], was " + p);
        }
        return p;
    }
}
