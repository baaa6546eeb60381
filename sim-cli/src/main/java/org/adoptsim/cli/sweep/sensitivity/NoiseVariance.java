package org.adoptsim.cli.sweep.sensitivity;

/**
 * The variance of the noise in a point's mean output, from the replicates' spread: the mean over points
 * of {@code s²_p / n_p} (s²_p the sample variance of point p's n_p replicates). Valid when the points'
 * random numbers are independent; NaN without at least two replicates.
 */
public final class NoiseVariance {
    private NoiseVariance() {
    }

    /** @param sd the points' replicate standard deviations; @param n their replicate counts */
    public static double of(double[] sd, double[] n) {
        double sum = 0;
        int used = 0;
        for (int p = 0; p < sd.length; p++) {
            if (n[p] >= 2 && !Double.isNaN(sd[p])) {
                sum += sd[p] * sd[p] / n[p];
                used++;
            }
        }
        return used == 0 ? Double.NaN : sum / used;
    }
}
