package org.adoptsim.core.config;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/**
 * How one numeric team attribute is drawn: a constant, a parametric distribution, or an explicit list
 * with one value per team. Values are clipped to the attribute's valid range by {@link Attribute}.
 */
public sealed interface Distribution {

    /** A sampler that draws from {@code rng}; {@code team} matters only to {@link Values}. */
    TeamSampler sampler(UniformRandomProvider rng);

    /**
     * The inverse distribution function at {@code u} in [0, 1): lets keyed uniforms become draws of
     * this distribution (common random numbers across strategies). For {@link Values} it is the
     * empirical quantile of the listed values.
     */
    double quantile(double u);

    /**
     * {@link #quantile} as a function with its set-up done once, for repeated use (the engine draws
     * blocker fix sizes through it). Gives exactly the values of {@code quantile}.
     */
    default DoubleUnaryOperator quantileFunction() {
        return this::quantile;
    }

    /** Draws one value for a team. */
    @FunctionalInterface
    interface TeamSampler {
        double sample(int team);

        /**
         * Draws for {@code teams[from..to)} in that order, into {@code out} at each team's index: the
         * same values as calling {@link #sample} team by team, with one call per group of teams instead
         * of one per team (drawing an organisation of 100,000 teams calls it once per archetype).
         */
        default void fill(double[] out, int[] teams, int from, int to) {
            for (int k = from; k < to; k++) {
                out[teams[k]] = sample(teams[k]);
            }
        }
    }

    static Distribution constant(double value) {
        return new Constant(value);
    }

    record Constant(double value) implements Distribution {
        public Constant {
            Checks.finite("value", value);
        }

        @Override
        public TeamSampler sampler(UniformRandomProvider rng) {
            return new TeamSampler() {
                @Override
                public double sample(int team) {
                    return value;
                }

                @Override
                public void fill(double[] out, int[] teams, int from, int to) {
                    for (int k = from; k < to; k++) {
                        out[teams[k]] = value;
                    }
                }
            };
        }

        @Override
        public double quantile(double u) {
            return value;
        }
    }

    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            Checks.finite("min", min);
            Checks.finite("max", max);
            if (max < min) {
                throw new IllegalArgumentException("max: must be >= min (" + min + ")");
            }
        }

        @Override
        public TeamSampler sampler(UniformRandomProvider rng) {
            if (max == min) {
                return team -> min;
            }
            return continuous(UniformContinuousDistribution.of(min, max), rng);
        }

        @Override
        public double quantile(double u) {
            return min + u * (max - min);
        }
    }

    /** Normal with the given mean and standard deviation; clipped to the attribute's range on use. */
    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            Checks.finite("mean", mean);
            Checks.positive("sd", sd);
        }

        @Override
        public TeamSampler sampler(UniformRandomProvider rng) {
            return continuous(NormalDistribution.of(mean, sd), rng);
        }

        @Override
        public double quantile(double u) {
            return NormalDistribution.of(mean, sd).inverseCumulativeProbability(u);
        }

        @Override
        public DoubleUnaryOperator quantileFunction() {
            return NormalDistribution.of(mean, sd)::inverseCumulativeProbability;
        }
    }

    /** Lognormal given by its median (e^mu) and the sigma of the underlying normal. */
    record LogNormal(double median, double sigma) implements Distribution {
        public LogNormal {
            Checks.positive("median", median);
            Checks.positive("sigma", sigma);
        }

        @Override
        public TeamSampler sampler(UniformRandomProvider rng) {
            return continuous(LogNormalDistribution.of(Math.log(median), sigma), rng);
        }

        @Override
        public double quantile(double u) {
            return LogNormalDistribution.of(Math.log(median), sigma).inverseCumulativeProbability(u);
        }

        @Override
        public DoubleUnaryOperator quantileFunction() {
            return LogNormalDistribution.of(Math.log(median), sigma)::inverseCumulativeProbability;
        }
    }

    record Beta(double alpha, double beta) implements Distribution {
        public Beta {
            Checks.positive("alpha", alpha);
            Checks.positive("beta", beta);
        }

        @Override
        public TeamSampler sampler(UniformRandomProvider rng) {
            return continuous(BetaDistribution.of(alpha, beta), rng);
        }

        @Override
        public double quantile(double u) {
            return BetaDistribution.of(alpha, beta).inverseCumulativeProbability(u);
        }

        @Override
        public DoubleUnaryOperator quantileFunction() {
            return BetaDistribution.of(alpha, beta)::inverseCumulativeProbability;
        }
    }

    /** Poisson counts, for integer attributes such as hidden dependencies. */
    record Poisson(double mean) implements Distribution {
        public Poisson {
            Checks.nonNegative("mean", mean);
        }

        @Override
        public TeamSampler sampler(UniformRandomProvider rng) {
            if (mean == 0) {
                return team -> 0;
            }
            var s = PoissonDistribution.of(mean).createSampler(rng);
            return team -> s.sample();
        }

        @Override
        public double quantile(double u) {
            return mean == 0 ? 0 : PoissonDistribution.of(mean).inverseCumulativeProbability(u);
        }
    }

    /** One explicit value per team, in team order. */
    record Values(double[] values) implements Distribution {
        public Values {
            if (values.length == 0) {
                throw new IllegalArgumentException("values: must not be empty");
            }
            values = values.clone();
            for (int i = 0; i < values.length; i++) {
                Checks.finite("values[" + i + "]", values[i]);
            }
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        public int size() {
            return values.length;
        }

        @Override
        public TeamSampler sampler(UniformRandomProvider rng) {
            return team -> values[team];
        }

        @Override
        public double quantile(double u) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) (u * sorted.length))];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Values v && Arrays.equals(values, v.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Values" + Arrays.toString(values);
        }
    }

    private static TeamSampler continuous(ContinuousDistribution d, UniformRandomProvider rng) {
        ContinuousDistribution.Sampler s = d.createSampler(rng);
        return new TeamSampler() {
            @Override
            public double sample(int team) {
                return s.sample();
            }

            @Override
            public void fill(double[] out, int[] teams, int from, int to) {
                for (int k = from; k < to; k++) {
                    out[teams[k]] = s.sample();
                }
            }
        };
    }
}
