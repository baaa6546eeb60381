package org.adoptsim.core.calibration;

import java.util.function.ToDoubleFunction;
import java.util.List;

/** Mean of a sample with a normal-approximation 95 % confidence interval (n ≥ 200 here). */
record MeanInterval(double mean, double low, double high, int n) {

    static <T> MeanInterval of(List<T> items, ToDoubleFunction<T> f) {
        int n = items.size();
        double sum = 0;
        double sumSq = 0;
        for (T item : items) {
            double x = f.applyAsDouble(item);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        double var = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : 0;
        double half = 1.96 * Math.sqrt(var / n);
        return new MeanInterval(mean, mean - half, mean + half, n);
    }

    boolean within(double lo, double hi) {
        return low >= lo && high <= hi;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.4f [%.4f, %.4f] (n=%d)", mean, low, high, n);
    }
}
