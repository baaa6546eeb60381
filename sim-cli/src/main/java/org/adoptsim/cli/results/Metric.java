package org.adoptsim.cli.results;

import java.util.Objects;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Moments;
import org.adoptsim.cli.results.stats.PairMeans;
import org.adoptsim.cli.results.stats.StrataMeans;
import org.adoptsim.core.result.RunResult;

/**
 * One per-run figure, as every command names, summarises and labels it. The raw value is in the unit
 * of the data files (shares in [0, 1], rates per team-week); NaN means missing: a milestone or event
 * that did not happen by the horizon, or a mean over no teams. Built by name with {@link #named}.
 *
 * @param id           snake_case name: the column in every CSV and Parquet file, the name in sweep files
 * @param label        short words for table headers
 * @param title        full words for chart titles and the report
 * @param unit         how values are shown to people
 * @param kind         what kind of number it is, which decides its interval
 * @param direction    which way is better
 * @param mayBeMissing whether some runs have no value
 * @param needsSeries  whether it is read from the weekly series (so runs must record it)
 * @param paired       whether {@code compare}'s paired table compares strategies on it
 * @param min          the smallest value a run can have (0 for all but a trend), which no interval crosses
 * @param max          the largest (1 for shares and indices), which no interval crosses
 * @param value        the raw value of one run (NaN when missing)
 * @param vsBaseline   for a metric of a run against the baseline's run on the same replicate (such as
 *                     {@code break_even_week}): its value from the two runs; null for every other metric,
 *                     whose {@code value} then needs no baseline. Without a baseline such a metric is
 *                     missing ({@code value} gives NaN).
 */
public record Metric(String id, String label, String title, Unit unit, MetricKind kind, Direction direction,
        boolean mayBeMissing, boolean needsSeries, boolean paired, double min, double max,
        ToDoubleFunction<RunResult> value, ToDoubleBiFunction<RunResult, RunResult> vsBaseline) {

    public Metric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(value, "value");
        if (!id.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
            throw new IllegalArgumentException("metric ids are snake_case, was '" + id + "'");
        }
    }

    public double of(RunResult r) {
        return value.applyAsDouble(r);
    }

    /** The 95 % interval of the mean of what {@code m} accumulated: by the kind, inside [min, max]. */
    public Estimate interval(Moments m) {
        return kind.interval(m, Estimate.LEVEL).clippedTo(min, max);
    }

    /**
     * {@link #interval}, for runs whose replicates 2k and 2k + 1 share a parameter set when {@code pairs}
     * (their values grouped by pair) is given: then as wide as the t interval over the pair means
     * ({@link PairMeans#widen}), except for a share of runs (an indicator), which keeps Wilson's interval.
     */
    public Estimate interval(Moments m, PairMeans pairs) {
        if (pairs == null || kind == MetricKind.INDICATOR) {
            return interval(m);
        }
        return pairs.widen(kind.interval(m, Estimate.LEVEL), Estimate.LEVEL).clippedTo(min, max);
    }

    /**
     * {@link #interval}, for independent runs pooled over the fixed levels of a grid ({@code strata}: their
     * values by point; null when the runs are not pooled over fixed levels): the stratified interval
     * ({@link StrataMeans#narrow}), which leaves out the spread between the levels. A share of runs (an
     * indicator) keeps Wilson's interval over all runs, which is wider.
     */
    public Estimate intervalOfStrata(Moments m, StrataMeans strata) {
        if (strata == null || kind == MetricKind.INDICATOR) {
            return interval(m);
        }
        return strata.narrow(kind.interval(m, Estimate.LEVEL), Estimate.LEVEL).clippedTo(min, max);
    }

    /** {@link #interval} for means over replicates (a mean of a 0/1 indicator is a share). */
    public Estimate intervalOfMeans(Moments m) {
        return kind.ofMeans().interval(m, Estimate.LEVEL).clippedTo(min, max);
    }

    /**
     * {@link #intervalOfMeans}, for means over runs that share draws or parameters with one another
     * ({@code groups}: their values grouped that way; null for independent runs): as wide as the t interval
     * over the groups' means ({@link PairMeans#widen}).
     */
    public Estimate intervalOfMeans(Moments m, PairMeans groups) {
        if (groups == null) {
            return intervalOfMeans(m);
        }
        return groups.widen(kind.ofMeans().interval(m, Estimate.LEVEL), Estimate.LEVEL).clippedTo(min, max);
    }

    /**
     * {@link #intervalOfMeans} for the means of points of {@code runsPerPoint} independent runs each (a
     * sampled design's main-effect bin): a share of runs (an indicator) is widened, where need be, to
     * Wilson's interval over all those runs, so that a share of 0 or 1 at every point, whose point means
     * do not vary, still gets the band its runs leave.
     */
    public Estimate intervalOfPointMeans(Moments m, long runsPerPoint) {
        Estimate t = intervalOfMeans(m);
        if (kind != MetricKind.INDICATOR || !t.hasInterval()) {
            return t;
        }
        return widenedToWilson(t, m.mean(), m.count() * runsPerPoint);
    }

    /**
     * The 95 % interval of a mean over runs pooled from groups that share draws ({@code groups}: their values
     * grouped that way): the t interval over the groups' means. A share of runs (an indicator) is widened,
     * where need be, to Wilson's interval over as many runs as there are groups, so that a share of 0 or 1,
     * whose groups do not vary, still gets the band that few independent units leave.
     */
    public Estimate intervalOfGroups(Moments m, PairMeans groups) {
        Estimate t = intervalOfMeans(m, groups);
        if (kind != MetricKind.INDICATOR || !t.hasInterval()) {
            return t;
        }
        return widenedToWilson(t, m.mean(), groups.moments().count());
    }

    /** {@code t} widened, where need be, to Wilson's interval of a share {@code share} over {@code runs} runs. */
    private Estimate widenedToWilson(Estimate t, double share, long runs) {
        Estimate w = Estimate.wilson(runs, share, Estimate.LEVEL);
        return new Estimate(t.n(), t.mean(), Math.min(t.low(), w.low()), Math.max(t.high(), w.high()))
                .clippedTo(min, max);
    }

    /**
     * The value of a run when the baseline's run on the same replicate is known (null: no baseline in
     * this comparison); the same as {@link #of(RunResult)} for a metric that needs no baseline.
     */
    public double of(RunResult r, RunResult baseline) {
        if (vsBaseline == null) {
            return of(r);
        }
        return baseline == null ? Double.NaN : vsBaseline.applyAsDouble(r, baseline);
    }

    /** Whether the value is read against the baseline's run (missing when the baseline is not compared). */
    public boolean needsBaseline() {
        return vsBaseline != null;
    }

    /** Whether NaN means "not reached by the horizon": a milestone summarised by its median. */
    public boolean censored() {
        return kind == MetricKind.WEEKS_CENSORED;
    }

    /** The title with the unit of the raw values, for charts of raw values: "Honest adoption (share of teams, 0-1)". */
    public String titleWithUnit() {
        return title + " (" + unit.rawAxis() + ")";
    }

    /** The words for a metric id in charts and tables: its title with its unit, or the id if unknown. */
    public static String words(MetricCatalog catalog, String id) {
        return catalog.byId(id).map(Metric::titleWithUnit).orElse(id);
    }

    /** Starts a metric with the given snake_case id. */
    public static Builder named(String id) {
        return new Builder(id);
    }

    @Override
    public String toString() {
        return id;
    }

    /** Builds a {@link Metric} by name; label, title, unit, kind and value are required. */
    public static final class Builder {
        private final String id;
        private String label;
        private String title;
        private Unit unit;
        private MetricKind kind;
        private Direction direction = Direction.LOWER_IS_BETTER;
        private boolean mayBeMissing;
        private boolean needsSeries;
        private boolean paired;
        private double min = 0;
        private double max = Double.POSITIVE_INFINITY;

        private Builder(String id) {
            this.id = id;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder unit(Unit unit) {
            this.unit = unit;
            return this;
        }

        public Builder kind(MetricKind kind) {
            this.kind = kind;
            this.mayBeMissing |= kind == MetricKind.WEEKS_CENSORED;
            if (kind == MetricKind.SHARE || kind == MetricKind.INDICATOR) {
                this.max = 1;
            }
            return this;
        }

        public Builder higherIsBetter() {
            this.direction = Direction.HIGHER_IS_BETTER;
            return this;
        }

        public Builder mayBeMissing() {
            this.mayBeMissing = true;
            return this;
        }

        public Builder needsSeries() {
            this.needsSeries = true;
            return this;
        }

        /** Values lie in [min, max] (default [0, ∞), [0, 1] for shares and indicators). */
        public Builder range(double min, double max) {
            this.min = min;
            this.max = max;
            return this;
        }

        public Builder paired() {
            this.paired = true;
            return this;
        }

        public Metric value(ToDoubleFunction<RunResult> value) {
            return new Metric(id, label, title, unit, kind, direction, mayBeMissing, needsSeries, paired, min, max,
                    value, null);
        }

        /** A metric of a run against the baseline's run on the same replicate; missing without a baseline. */
        public Metric againstBaseline(ToDoubleBiFunction<RunResult, RunResult> vsBaseline) {
            return new Metric(id, label, title, unit, kind, direction, true, needsSeries, paired, min, max,
                    r -> Double.NaN, vsBaseline);
        }
    }
}
