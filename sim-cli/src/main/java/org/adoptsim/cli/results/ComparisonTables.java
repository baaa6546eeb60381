package org.adoptsim.cli.results;

import java.util.List;

/**
 * The aggregated result of a run or comparison, as written to summary.csv, paired.csv and
 * weekly.csv and read back from them: what the terminal, the charts and the report show.
 *
 * @param summary one row per strategy, in run order
 * @param paired  one row per (non-baseline strategy, paired metric); empty for a single strategy
 * @param weekly  per strategy and week
 */
public record ComparisonTables(List<SummaryRow> summary, List<PairedRow> paired, WeeklyTable weekly) {

    public ComparisonTables {
        summary = List.copyOf(summary);
        paired = List.copyOf(paired);
    }

    public List<String> strategies() {
        return summary.stream().map(SummaryRow::strategy).toList();
    }

    public SummaryRow row(String strategy) {
        return summary.stream().filter(r -> r.strategy().equals(strategy)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no summary of strategy '" + strategy + "'"));
    }

    /** The paired rows of one strategy, in metric order. */
    public List<PairedRow> paired(String strategy) {
        return paired.stream().filter(p -> p.strategy().equals(strategy)).toList();
    }
}
