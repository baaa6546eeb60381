package org.adoptsim.cli.chart;

import java.util.List;
import org.adoptsim.cli.results.WeeklyTable;
import org.knowm.xchart.XYChart;

/**
 * Honest adoption (old system off, solid) against vanity adoption (started, dashed) for every
 * strategy, means over runs: the gap is the half-finished work a "percent migrated" slide hides. The legend
 * names each strategy once; the title says which line style is which.
 */
final class HonestVanityChart {
    private HonestVanityChart() {
    }

    static XYChart of(WeeklyTable t, List<String> strategies) {
        XYChart c = Charts.weeksByPercent("Honest (solid) vs vanity (dashed) adoption, mean over runs", "teams (%)", t.weeks());
        double[] x = Charts.weekAxis(t.weeks());
        for (int i = 0; i < strategies.size(); i++) {
            String s = strategies.get(i);
            Charts.line(c, s, x, Charts.percent(t.column(s, "honest_mean")), Palette.strategy(s),
                    Charts.SOLID);
            Charts.line(c, s + ": started", x, Charts.percent(t.column(s, "vanity_mean")), Palette.strategy(s),
                    Charts.DASHED).setShowInLegend(false);
        }
        return c;
    }
}
