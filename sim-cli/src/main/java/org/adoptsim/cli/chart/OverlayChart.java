package org.adoptsim.cli.chart;

import java.util.List;
import org.adoptsim.cli.results.WeeklyTable;
import org.knowm.xchart.XYChart;

/** The median run's honest adoption of every strategy on one chart. */
final class OverlayChart {
    private OverlayChart() {
    }

    static XYChart of(WeeklyTable t, List<String> strategies) {
        XYChart c = Charts.weeksByPercent("Honest adoption by strategy (median run)",
                "teams with the old system off (%)", t.weeks());
        double[] x = Charts.weekAxis(t.weeks());
        for (int i = 0; i < strategies.size(); i++) {
            String s = strategies.get(i);
            Charts.line(c, s, x, Charts.percent(t.column(s, "honest_p50")), Palette.strategy(s), Charts.strokeOf(s));
        }
        return c;
    }
}
