package org.adoptsim.cli.functions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.chart.ChartFormat;
import org.adoptsim.cli.chart.ChartSet;
import org.adoptsim.cli.chart.FigureWriter;
import org.adoptsim.cli.chart.HoldingChart;
import org.adoptsim.cli.output.OutputFolder;

/**
 * The "who is holding the migration" charts of a comparison with functions: one per strategy,
 * {@code charts/holding-<strategy>.<format>}, drawn from the accumulated runs. None without functions.
 */
public final class FunctionsOutputs {
    private FunctionsOutputs() {
    }

    /** The chart files that {@link #writeCharts} will write, relative to the output folder. */
    public static List<String> plannedCharts(FunctionsAccumulator acc, List<ChartFormat> formats) {
        List<String> out = new ArrayList<>();
        if (!acc.active()) {
            return out;
        }
        for (String slug : HoldingChart.slugs(acc.strategies())) {
            for (ChartFormat f : formats) {
                out.add(ChartSet.path("holding-" + slug, f));
            }
        }
        return out;
    }

    /** Writes the charts; {@code footer} says where they came from. */
    public static void writeCharts(OutputFolder folder, FunctionsAccumulator acc, List<ChartFormat> formats,
            String footer) throws IOException {
        if (!acc.active()) {
            return;
        }
        List<String> slugs = HoldingChart.slugs(acc.strategies());
        for (int s = 0; s < acc.strategies().size(); s++) {
            List<double[]> waiting = new ArrayList<>();
            for (int f = 0; f < acc.functions().size(); f++) {
                double[] w = new double[acc.weeks()];
                for (int t = 0; t < w.length; t++) {
                    w[t] = acc.waiting(s, f, t);
                }
                waiting.add(w);
            }
            var figure = HoldingChart.figure("holding-" + slugs.get(s), acc.strategies().get(s), acc.functions(),
                    waiting, footer);
            for (ChartFormat fmt : formats) {
                FigureWriter.write(figure, fmt, folder.file(ChartSet.path(figure.name(), fmt)));
            }
        }
    }
}
