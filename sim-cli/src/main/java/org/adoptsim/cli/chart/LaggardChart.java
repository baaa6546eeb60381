package org.adoptsim.cli.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.results.WeeklyTable;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.TeamStatus;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * Where the teams of one strategy stand each week, as a stacked area of mean team counts: done at the
 * bottom, then work in progress, then the reason each remaining team is not done (docs/model.md,
 * "Laggard reasons and their precedence"). The stack adds up to the whole organisation. Layers that
 * are empty all along are left out of the chart and its legend. When the table splits the
 * {@code sign-off} reason by function (a scenario with functions, docs/model.md "Across functions"),
 * that layer is drawn as one layer per function, "sign-off: security", in sign-off order and in the
 * function's colour ({@link Palette#function}).
 */
final class LaggardChart {
    /** Bottom to top. */
    private static final Reason[] LAYERS = {Reason.NONE, Reason.MIGRATING, Reason.DUAL, Reason.BLOCKED_DEPENDENCY,
        Reason.BLOCKED_PLATFORM, Reason.SIGN_OFF, Reason.ROADMAP, Reason.COST, Reason.PROOF, Reason.PEERS, Reason.HOLDOUT,
        Reason.UNAWARE};

    private LaggardChart() {
    }

    static XYChart of(WeeklyTable t, String strategy, int teams) {
        XYChart c = new XYChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT)
                .title("Why teams are not done yet: " + strategy).xAxisTitle("week")
                .yAxisTitle("teams (mean over runs)").build();
        ChartStyle.apply(c.getStyler(), 1.0);
        c.getStyler().setXAxisMin(0.0).setXAxisMax((double) t.weeks()).setYAxisMin(0.0).setYAxisMax((double) teams);
        c.getStyler().setXAxisTickMarkSpacingHint(90).setYAxisTickMarkSpacingHint(55);
        c.getStyler().setXAxisDecimalPattern("#0");
        c.getStyler().setYAxisDecimalPattern("#0");
        Charts.niceWeekTicks(c);
        stack(c, t, strategy);
        return c;
    }

    /** One band of the stack. */
    private record Layer(String label, double[] teams, Color colour) {
    }

    /** Adds the non-empty layers as bands between running totals, top layer first (legend order). */
    private static void stack(XYChart c, WeeklyTable t, String strategy) {
        double[] x = Charts.weekAxis(t.weeks());
        List<Layer> shown = new ArrayList<>();
        List<double[]> bounds = new ArrayList<>(List.of(new double[t.weeks()]));
        for (Layer layer : layers(t, strategy)) {
            if (max(layer.teams()) < 0.005) {
                continue;
            }
            double[] top = bounds.get(bounds.size() - 1).clone();
            for (int w = 0; w < top.length; w++) {
                top[w] += layer.teams()[w];
            }
            shown.add(layer);
            bounds.add(top);
        }
        for (int k = shown.size() - 1; k >= 0; k--) {
            Layer l = shown.get(k);
            Charts.band(c, l.label(), x, bounds.get(k), bounds.get(k + 1), l.colour());
        }
    }

    /** Every layer, bottom to top, the sign-off reason split by function when the table has the split. */
    private static List<Layer> layers(WeeklyTable t, String strategy) {
        List<String> functions = t.signOffFunctions();
        List<Layer> out = new ArrayList<>();
        for (Reason r : LAYERS) {
            if (r == Reason.SIGN_OFF && !functions.isEmpty()) {
                for (int f = 0; f < functions.size(); f++) {
                    out.add(new Layer(ReasonLabels.signOff(functions.get(f)),
                            t.column(strategy, WeeklyTable.signOffColumn(functions.get(f))), Palette.function(f)));
                }
            } else {
                double[] teams = r == Reason.NONE ? t.column(strategy, WeeklyTable.stateColumn(TeamStatus.DONE))
                        : t.column(strategy, WeeklyTable.reasonColumn(r));
                out.add(new Layer(ReasonLabels.of(r), teams, Palette.reason(r)));
            }
        }
        return out;
    }

    private static double max(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
