package org.adoptsim.cli.results;

import java.util.Map;
import org.adoptsim.cli.results.stats.Estimate;

/**
 * One strategy's line of the summary: the mean with its 95 % interval of every plain metric, and the
 * milestone summary of every censored one, keyed by metric id in catalog order.
 */
public record SummaryRow(String strategy, long replicates, Map<String, Estimate> means,
        Map<String, MilestoneSummary> milestones) {

    public SummaryRow {
        means = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(means));
        milestones = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(milestones));
    }

    public Estimate mean(String metricId) {
        Estimate e = means.get(metricId);
        if (e == null) {
            throw new IllegalArgumentException("no mean of '" + metricId + "' for " + strategy);
        }
        return e;
    }

    public MilestoneSummary milestone(String metricId) {
        MilestoneSummary m = milestones.get(metricId);
        if (m == null) {
            throw new IllegalArgumentException("no milestone '" + metricId + "' for " + strategy);
        }
        return m;
    }
}
