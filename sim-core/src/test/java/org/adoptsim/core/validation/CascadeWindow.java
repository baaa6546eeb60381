package org.adoptsim.core.validation;

/**
 * Watts (2002), "A simple model of global cascades on random networks", for Poisson(z) degrees and a
 * uniform threshold θ. A team of degree k is vulnerable (moves when a single neighbour has) when
 * 1/k ≥ θ, i.e. k ≤ K = floor(1/θ). Global cascades are possible when the vulnerable cluster
 * percolates: Σ_{k=1}^{K} k(k−1)·p_k ≥ z, with p_k the Poisson(z) probabilities.
 */
final class CascadeWindow {
    private CascadeWindow() {
    }

    /** The largest degree k with 1/k ≥ θ, using the same comparison as the engine's rule S ≥ θ. */
    static int vulnerableDegree(double theta) {
        if (theta <= 0) {
            return Integer.MAX_VALUE;
        }
        int k = 0;
        while (1.0 / (k + 1) >= theta) {
            k++;
        }
        return k;
    }

    /** Σ_{k=1}^{K} k(k−1)·p_k for Poisson(z) degrees. */
    static double vulnerableSum(double z, int maxDegree) {
        double pk = Math.exp(-z);
        double sum = 0;
        for (int k = 1; k <= maxDegree; k++) {
            pk *= z / k;
            sum += (double) k * (k - 1) * pk;
        }
        return sum;
    }

    /** Whether (z, θ) lies inside the cascade window. */
    static boolean inside(double z, double theta) {
        return vulnerableSum(z, vulnerableDegree(theta)) >= z;
    }

    /** The window's edges in z for one θ, to within 1e-9, found by bisection from a point inside; null if none. */
    static double[] edges(double theta) {
        double inner = -1;
        for (double z = 0.05; z < 50; z += 0.05) {
            if (inside(z, theta)) {
                inner = z;
                break;
            }
        }
        if (inner < 0) {
            return null;
        }
        double peak = inner;
        while (inside(peak + 0.05, theta)) {
            peak += 0.05;
        }
        return new double[] {bisect(0, inner, theta), bisect(peak + 0.05, peak, theta)};
    }

    /** The boundary between {@code outside} (not in the window) and {@code in} (inside). */
    private static double bisect(double outside, double in, double theta) {
        while (Math.abs(in - outside) > 1e-9) {
            double mid = (in + outside) / 2;
            if (inside(mid, theta)) {
                in = mid;
            } else {
                outside = mid;
            }
        }
        return (in + outside) / 2;
    }
}
