package org.adoptsim.cli.results.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** Quantiles of the standard normal distribution. */
final class NormalQuantile {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    private NormalQuantile() {
    }

    static double of(double p) {
        return STANDARD.inverseCumulativeProbability(p);
    }
}
