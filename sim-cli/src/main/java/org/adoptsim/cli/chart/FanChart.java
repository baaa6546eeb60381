package org.adoptsim.cli.chart;

import java.awt.Color;
import org.adoptsim.cli.results.WeeklyTable;
import org.knowm.xchart.XYChart;

/**
 * Honest adoption of one strategy week by week over the replicates: the median run, the band that
 * holds the middle 50 % of runs and the one that holds 90 % (5th–95th percentile), with the median
 * vanity adoption (teams that started) dashed for contrast.
 */
final class FanChart {
    private FanChart() {
    }

    static XYChart of(WeeklyTable t, String strategy, Color color) {
        XYChart c = Charts.weeksByPercent("Honest adoption: " + strategy, "teams with the old system off (%)",
                t.weeks());
        double[] x = Charts.weekAxis(t.weeks());
        Charts.band(c, "90 % of runs", x, Charts.percent(t.column(strategy, "honest_p05")),
                Charts.percent(t.column(strategy, "honest_p95")), Palette.translucent(color, 45));
        Charts.band(c, "50 % of runs", x, Charts.percent(t.column(strategy, "honest_p25")),
                Charts.percent(t.column(strategy, "honest_p75")), Palette.translucent(color, 95));
        Charts.line(c, "median run", x, Charts.percent(t.column(strategy, "honest_p50")), color, Charts.SOLID);
        Charts.line(c, "started (vanity), median", x, Charts.percent(t.column(strategy, "vanity_p50")),
                Palette.translucent(color, 170), Charts.DASHED);
        return c;
    }
}
