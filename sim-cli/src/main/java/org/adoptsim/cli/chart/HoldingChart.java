package org.adoptsim.cli.chart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * "Who is holding the migration": for one strategy, the mean number of teams waiting on each function
 * nobody commands, week by week (docs/model.md, "Across functions"), one line per function in its colour
 * on the laggard chart ({@link Palette#function}). Built from
 * plain arrays so the functions' outputs need nothing from the comparison tables.
 */
public final class HoldingChart {
    private HoldingChart() {
    }

    /**
     * @param waiting per function, the mean teams waiting on it in each week
     * @param footer  where the figure came from (scenario, seed, replicates)
     */
    public static Figure figure(String name, String strategy, List<String> functions, List<double[]> waiting,
            String footer) {
        int weeks = waiting.isEmpty() ? 0 : waiting.get(0).length;
        XYChart c = new XYChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT)
                .title("Who is holding the migration: " + strategy).xAxisTitle("week")
                .yAxisTitle("teams waiting on the function (mean over runs)").build();
        ChartStyle.apply(c.getStyler(), 1.0);
        c.getStyler().setXAxisMin(0.0).setXAxisMax((double) weeks).setYAxisMin(0.0);
        c.getStyler().setXAxisDecimalPattern("#0");
        Charts.niceWeekTicks(c);
        double[] x = Charts.weekAxis(weeks);
        for (int f = 0; f < functions.size(); f++) {
            Charts.line(c, functions.get(f), x, waiting.get(f), Palette.function(f), Charts.SOLID);
        }
        return Figure.single(name, c, footer, "Teams held waiting on each function's sign-off under " + strategy
                + " (mean over runs): a team counts for every function it has a request open with while it cannot"
                + " go on. functions.csv gives the totals and each function's share of all waiting.");
    }

    /** File-name slugs of the strategies, as the other charts use them. */
    public static List<String> slugs(List<String> strategies) {
        return new ArrayList<>(ChartSet.slugs(strategies));
    }
}
