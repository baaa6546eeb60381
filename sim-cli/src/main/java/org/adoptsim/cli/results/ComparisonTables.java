package org.adoptsim.cli.results;

import java.util.List;
import java.util.Map;

/**
 * The aggregated result of a run or comparison, as written to summary.csv, paired.csv and
 * weekly.csv and read back from them: what the terminal, the charts and the report show.
 *
 * @param summary one row per strategy, in run order
 * @param paired  one row per (non-baseline strategy, paired metric) against the baseline, then one per
 *                (strategy other than the best, paired metric) against the best when the best is not the
 *                baseline; empty for a single strategy
 * @param weekly  per strategy and week
 * @param verdict the answer on the objective (best.csv); null for folders written before it existed
 * @param doneAwaitingSignOff per strategy, the mean teams done at the horizon but not adopted because they
 *                still wait for a sign-off (functions.csv's {@code done_waiting_at_end_mean}, summed over
 *                the functions); empty without functions and for folders written before that column
 */
public record ComparisonTables(List<SummaryRow> summary, List<PairedRow> paired, WeeklyTable weekly,
        Verdict verdict, Map<String, Double> doneAwaitingSignOff) {

    public ComparisonTables {
        summary = List.copyOf(summary);
        paired = List.copyOf(paired);
        doneAwaitingSignOff = Map.copyOf(doneAwaitingSignOff);
    }

    public ComparisonTables(List<SummaryRow> summary, List<PairedRow> paired, WeeklyTable weekly, Verdict verdict) {
        this(summary, paired, weekly, verdict, Map.of());
    }

    /** Tables without a verdict (older output folders, which have no best.csv). */
    public ComparisonTables(List<SummaryRow> summary, List<PairedRow> paired, WeeklyTable weekly) {
        this(summary, paired, weekly, null);
    }

    /** These tables with a verdict. */
    public ComparisonTables withVerdict(Verdict v) {
        return new ComparisonTables(summary, paired, weekly, v, doneAwaitingSignOff);
    }

    /** These tables with another weekly table (the same strategies and weeks, more columns). */
    public ComparisonTables withWeekly(WeeklyTable w) {
        return new ComparisonTables(summary, paired, w, verdict, doneAwaitingSignOff);
    }

    /** These tables with the done teams still waiting for a sign-off at the horizon, per strategy. */
    public ComparisonTables withDoneAwaitingSignOff(Map<String, Double> byStrategy) {
        return new ComparisonTables(summary, paired, weekly, verdict, byStrategy);
    }

    /**
     * The mean teams of {@code strategy} done at the horizon but not adopted because a sign-off is still
     * missing; 0 without functions.
     */
    public double doneAwaitingSignOff(String strategy) {
        return doneAwaitingSignOff.getOrDefault(strategy, 0.0);
    }

    /** The verdict, absent for folders written before it existed. */
    public java.util.Optional<Verdict> verdictIfAny() {
        return java.util.Optional.ofNullable(verdict);
    }

    /** The strategy the comparison's baseline rows are against (they come first in paired.csv), if any. */
    public java.util.Optional<String> baseline() {
        return paired.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(paired.get(0).baseline());
    }

    /** The rows against the comparison's baseline, without the rows against the best strategy. */
    public List<PairedRow> baselineRows() {
        return baseline().map(b -> paired.stream().filter(p -> p.baseline().equals(b)).toList()).orElse(List.of());
    }

    /** The rows of one strategy against another, in metric order. */
    public List<PairedRow> paired(String strategy, String against) {
        return paired.stream().filter(p -> p.strategy().equals(strategy) && p.baseline().equals(against)).toList();
    }

    public List<String> strategies() {
        return summary.stream().map(SummaryRow::strategy).toList();
    }

    public SummaryRow row(String strategy) {
        return summary.stream().filter(r -> r.strategy().equals(strategy)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no summary of strategy '" + strategy + "'"));
    }

    /** The paired rows of one strategy against the baseline, in metric order. */
    public List<PairedRow> paired(String strategy) {
        return baselineRows().stream().filter(p -> p.strategy().equals(strategy)).toList();
    }
}
