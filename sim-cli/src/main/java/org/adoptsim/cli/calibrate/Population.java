package org.adoptsim.cli.calibrate;

/**
 * One finished ABC-SMC generation: its particles (in the prior's transformed space u), their
 * normalised importance weights, their summaries and distances, and what the next generation will
 * use — the distance's per-summary weights and the tolerance. Also the running counts. Everything a
 * checkpoint needs to resume exactly. Arrays are shared, not copied: treat them as read-only.
 *
 * @param generation     0 for the prior sample
 * @param u              particles × parameters
 * @param weights        normalised importance weights
 * @param summaries      particles × summaries
 * @param distances      each particle's distance under the weights it was accepted with
 * @param tolerance      the tolerance this generation was accepted under (infinity for generation 0)
 * @param nextScale      per-summary weights (1 / scale) for the next generation's distance
 * @param nextTolerance  the next generation's tolerance
 * @param simulations    simulations this generation ran
 * @param totalSimulations simulations run in all, up to and including this generation
 */
public record Population(int generation, double[][] u, double[] weights, double[][] summaries, double[] distances,
        double tolerance, double[] nextScale, double nextTolerance, long simulations, long totalSimulations) {

    /** Accepted over simulated. */
    public double acceptance() {
        return u.length / (double) simulations;
    }

    /** Kish's effective sample size of the weights, (Σw)² / Σw². */
    public double ess() {
        double s = 0;
        double s2 = 0;
        for (double w : weights) {
            s += w;
            s2 += w * w;
        }
        return s * s / s2;
    }
}
