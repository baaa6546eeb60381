package org.adoptsim.cli.chart;

import java.util.List;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.WeeklyTable;
import org.adoptsim.cli.text.Num;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * Cumulative net engineer-hours (gain minus every cost, docs/model.md "The ledger") of every strategy,
 * week by week: the mean over runs with its 95 % band, and the mandate, deadline, sunset and shutdown weeks marked.
 * Where a line crosses another is where one strategy starts paying back against the other.
 */
final class NetHoursChart {
    private NetHoursChart() {
    }

    static XYChart of(ComparisonTables t, List<String> strategies) {
        WeeklyTable w = t.weekly();
        XYChart c = new XYChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT)
                .title("Cumulative net engineer-hours by strategy (mean over runs, 95 % band)").xAxisTitle("week")
                .yAxisTitle("net hours (gain - costs), cumulative").build();
        ChartStyle.apply(c.getStyler(), 1.0);
        c.getStyler().setXAxisMin(0.0).setXAxisMax((double) w.weeks()).setXAxisTickMarkSpacingHint(90);
        c.getStyler().setXAxisDecimalPattern("#0");
        c.getStyler().setyAxisTickLabelsFormattingFunction(y -> Num.fixed(y, 0));
        double low = 0;
        double high = 0;
        for (String s : strategies) {
            for (double v : w.column(s, "net_hours_ci_low")) {
                low = Double.isNaN(v) ? low : Math.min(low, v);
            }
            for (double v : w.column(s, "net_hours_ci_high")) {
                high = Double.isNaN(v) ? high : Math.max(high, v);
            }
        }
        Charts.niceWeekTicks(c);
        double[] x = Charts.weekAxis(w.weeks());
        for (String s : strategies) {
            double[] lo = w.column(s, "net_hours_ci_low");
            double[] hi = w.column(s, "net_hours_ci_high");
            if (!Double.isNaN(lo[lo.length - 1])) {
                Charts.band(c, s + " 95 %", x, fillNaN(lo, w.column(s, "net_hours_mean")),
                        fillNaN(hi, w.column(s, "net_hours_mean")), Palette.translucent(Palette.strategy(s), 40))
                        .setShowInLegend(false);
            }
            Charts.line(c, s, x, w.column(s, "net_hours_mean"), Palette.strategy(s), Charts.strokeOf(s));
        }
        EventMarks.add(c, t, strategies, low, high);
        return c;
    }

    /** A band bound with the mean where the bound is missing (a single replicate's weeks). */
    private static double[] fillNaN(double[] bound, double[] mean) {
        double[] out = bound.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.isNaN(out[i]) ? mean[i] : out[i];
        }
        return out;
    }
}
