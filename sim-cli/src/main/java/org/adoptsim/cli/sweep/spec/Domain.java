package org.adoptsim.cli.sweep.spec;

import org.adoptsim.cli.text.Num;

import java.util.List;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/**
 * The values one swept parameter can take, and how a design's unit coordinate {@code u} picks one.
 * Sampling designs (grid, Latin hypercube, Sobol) give {@code u} in (0, 1) and call {@link #value};
 * Morris gives a level of a {@code p}-level grid in [0, 1] and calls {@link #atGridLevel}. Values are
 * {@code Double} (or {@code Long} when {@code integer}), or for listed values the value as written
 * ({@code Double}, {@code String}, {@code Boolean}). Immutable and thread-safe.
 */
public sealed interface Domain {

    /** The value at unit coordinate {@code u ∈ (0, 1)}; equal-probability cells for discrete domains. */
    Object value(double u);

    /** The value at level {@code u ∈ [0, 1]} of a {@code levels}-level Morris grid. */
    Object atGridLevel(double u, int levels);

    /** Whether every value is a number (analysis treats other domains as categories). */
    boolean numeric();

    /** A canonical one-line description, used in the sweep's hash and manifest. */
    String canonical();

    /** Listed values (also a range with steps): discrete and uniform over the list. */
    record Levels(List<Object> values) implements Domain {
        public Levels {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("values: at least one is needed");
            }
        }

        public int size() {
            return values.size();
        }

        @Override
        public Object value(double u) {
            return values.get(Math.min(values.size() - 1, (int) Math.floor(u * values.size())));
        }

        @Override
        public Object atGridLevel(double u, int levels) {
            return values.get((int) Math.round(u * (values.size() - 1)));
        }

        @Override
        public boolean numeric() {
            return values.stream().allMatch(v -> v instanceof Number);
        }

        @Override
        public String canonical() {
            StringBuilder b = new StringBuilder("values[");
            for (int i = 0; i < values.size(); i++) {
                b.append(i == 0 ? "" : ",").append(text(values.get(i)));
            }
            return b.append(']').toString();
        }
    }

    /** A continuous uniform range [min, max], rounded to whole numbers when {@code integer}. */
    record Range(double min, double max, boolean integer) implements Domain {
        @Override
        public Object value(double u) {
            return box(min + u * (max - min), integer);
        }

        @Override
        public Object atGridLevel(double u, int levels) {
            return value(u);
        }

        @Override
        public boolean numeric() {
            return true;
        }

        @Override
        public String canonical() {
            return "range[" + Num.csv(min) + "," + Num.csv(max) + (integer ? ",integer" : "") + "]";
        }
    }

    /**
     * A distribution (uniform, normal, lognormal, beta, triangular), truncated to [lo, hi] by inverse
     * transform of the CDF restricted to that interval. Morris levels sit at the centres of
     * {@code levels} equal-probability cells, so unbounded tails stay finite.
     */
    record Dist(String type, double[] params, double lo, double hi, boolean integer) implements Domain {
        public Dist {
            params = params.clone();
            distribution(type, params);
        }

        @Override
        public Object value(double u) {
            ContinuousDistribution d = distribution(type, params);
            double flo = Double.isInfinite(lo) ? 0 : d.cumulativeProbability(lo);
            double fhi = Double.isInfinite(hi) ? 1 : d.cumulativeProbability(hi);
            double x = d.inverseCumulativeProbability(flo + u * (fhi - flo));
            return box(Math.max(lo, Math.min(hi, x)), integer);
        }

        @Override
        public Object atGridLevel(double u, int levels) {
            return value((0.5 + u * (levels - 1)) / levels);
        }

        @Override
        public boolean numeric() {
            return true;
        }

        @Override
        public String canonical() {
            StringBuilder b = new StringBuilder(type).append('[');
            for (int i = 0; i < params.length; i++) {
                b.append(i == 0 ? "" : ",").append(Num.csv(params[i]));
            }
            b.append(";").append(Num.csv(lo)).append(",").append(Num.csv(hi));
            return b.append(integer ? ",integer]" : "]").toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Dist d && canonical().equals(d.canonical());
        }

        @Override
        public int hashCode() {
            return canonical().hashCode();
        }

        @Override
        public String toString() {
            return canonical();
        }

        static ContinuousDistribution distribution(String type, double[] p) {
            return switch (type) {
                case "uniform" -> UniformContinuousDistribution.of(p[0], p[1]);
                case "normal" -> NormalDistribution.of(p[0], p[1]);
                case "lognormal" -> LogNormalDistribution.of(Math.log(p[0]), p[1]);
                case "beta" -> BetaDistribution.of(p[0], p[1]);
                case "triangular" -> TriangularDistribution.of(p[0], p[1], p[2]);
                default -> throw new IllegalArgumentException("unknown distribution '" + type + "'");
            };
        }
    }

    private static Object box(double x, boolean integer) {
        return integer ? (Object) Math.round(x) : (Object) x;
    }

    /** A value as it appears in tables and overrides' descriptions. */
    static String text(Object v) {
        if (v instanceof Double d) {
            return Num.csv(d);
        }
        if (v instanceof Number n) {
            return Long.toString(n.longValue());
        }
        return String.valueOf(v);
    }
}
