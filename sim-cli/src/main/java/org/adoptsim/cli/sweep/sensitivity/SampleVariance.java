package org.adoptsim.cli.sweep.sensitivity;

import java.util.function.IntToDoubleFunction;

/**
 * The mean and the sample variance (divided by n − 1) of values, summed in the order given: the one
 * calculation behind Sobol's V and the Morris section's test that a metric varies at all, so that both
 * call a metric "does not vary" by the same rule. Stateless.
 */
public final class SampleVariance {
    private SampleVariance() {
    }

    /** The mean of the {@code count} values {@code value(0)} … {@code value(count − 1)}. */
    public static double mean(int count, IntToDoubleFunction value) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += value.applyAsDouble(i);
        }
        return sum / count;
    }

    /**
     * The sample variance of the {@code count} values about their {@link #mean}; exactly 0 when they are
     * all equal (their summed mean can miss the value by a rounding, which would leave a variance of
     * 1e-33 that a "does it vary" test would take for a spread).
     */
    public static double of(int count, IntToDoubleFunction value) {
        return about(mean(count, value), count, value);
    }

    /** {@link #of} for a caller that already has the values' {@link #mean}, {@code centre}. */
    public static double about(double centre, int count, IntToDoubleFunction value) {
        if (count == 0) {
            return 0;
        }
        double first = value.applyAsDouble(0);
        double ss = 0;
        boolean equal = true;
        for (int i = 0; i < count; i++) {
            double x = value.applyAsDouble(i);
            equal &= x == first;
            double d = x - centre;
            ss += d * d;
        }
        return equal ? 0 : ss / (count - 1);
    }
}
