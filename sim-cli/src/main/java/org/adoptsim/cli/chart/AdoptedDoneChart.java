package org.adoptsim.cli.chart;

import java.util.List;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.WeeklyTable;
import org.knowm.xchart.XYChart;

/**
 * Done (old system off, solid) against adopted (done and self-sufficient, dashed) for every strategy, mean
 * over runs, with the mandate, deadline, sunset and shutdown weeks marked: the gap is teams that switched but still
 * lean on the platform team — largest where a shutdown forced them through at low quality. The legend names each
 * strategy once; the title says which line style is which.
 */
final class AdoptedDoneChart {
    private AdoptedDoneChart() {
    }

    static XYChart of(ComparisonTables t, List<String> strategies) {
        WeeklyTable w = t.weekly();
        XYChart c = Charts.weeksByPercent("Done (solid) vs adopted (dashed), mean over runs", "teams (%)", w.weeks());
        double[] x = Charts.weekAxis(w.weeks());
        for (String s : strategies) {
            Charts.line(c, s, x, Charts.percent(w.column(s, "honest_mean")), Palette.strategy(s),
                    Charts.SOLID);
            Charts.line(c, s + ": adopted", x, Charts.percent(w.column(s, "adopted_mean")), Palette.strategy(s),
                    Charts.DASHED).setShowInLegend(false);
        }
        EventMarks.add(c, t, strategies, 0, 100);
        return c;
    }
}
