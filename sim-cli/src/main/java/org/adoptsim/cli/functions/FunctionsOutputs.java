package org.adoptsim.cli.functions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.adoptsim.cli.chart.ChartContext;
import org.adoptsim.cli.chart.ChartFormat;
import org.adoptsim.cli.chart.ChartSet;
import org.adoptsim.cli.chart.Figure;
import org.adoptsim.cli.chart.HoldingChart;
import org.adoptsim.cli.output.CsvTable;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.OutputFolder;

/**
 * The "who is holding the migration" charts of an output folder with functions: one per strategy,
 * {@code charts/holding-<strategy>.<format>}, drawn from {@code functions-weekly.csv} as read back
 * (after checking it against the manifest), so {@code adoptsim report} redraws them exactly; the report
 * writes them and embeds them beside its other charts. None when the folder has no such file.
 */
public final class FunctionsOutputs {
    private FunctionsOutputs() {
    }

    /** The chart files {@link #writeCharts} writes for these strategies, relative to the output folder. */
    public static List<String> plannedCharts(Manifest m, List<ChartFormat> formats) {
        List<String> out = new ArrayList<>();
        if (!m.files().containsKey(FunctionsCsv.WEEKLY)) {
            return out;
        }
        for (String slug : HoldingChart.slugs(m.strategies())) {
            for (ChartFormat f : formats) {
                out.add(ChartSet.path("holding-" + slug, f));
            }
        }
        return out;
    }

    /**
     * The charts, one per strategy, drawn from functions-weekly.csv as read back (checked against the
     * manifest); none when the folder has no such file. The report writes and embeds them.
     */
    public static List<Figure> figures(OutputFolder folder, Manifest m) throws IOException {
        List<Figure> figures = new ArrayList<>();
        Optional<CsvTable> read = folder.readListed(m, FunctionsCsv.WEEKLY);
        if (read.isEmpty()) {
            return figures;
        }
        CsvTable t = read.get();
        List<String> functions = new ArrayList<>();
        for (String h : t.header()) {
            if (h.startsWith("waiting_") && h.endsWith("_mean")) {
                functions.add(h.substring("waiting_".length(), h.length() - "_mean".length()));
            }
        }
        Map<String, List<double[]>> byStrategy = new LinkedHashMap<>();
        for (String s : m.strategies()) {
            List<double[]> series = new ArrayList<>();
            for (int f = 0; f < functions.size(); f++) {
                series.add(new double[m.weeks()]);
            }
            byStrategy.put(s, series);
        }
        for (int row = 0; row < t.size(); row++) {
            List<double[]> series = byStrategy.get(t.text(row, "strategy"));
            int week = (int) t.integer(row, "week");
            if (series == null || week < 0 || week >= m.weeks()) {
                continue;
            }
            for (int f = 0; f < functions.size(); f++) {
                series.get(f)[week] = t.number(row, "waiting_" + functions.get(f) + "_mean");
            }
        }
        List<String> slugs = HoldingChart.slugs(m.strategies());
        // The footer of every other chart of the folder, "PARTIAL: k of n replicates" for an interrupted run.
        String footer = ChartContext.of(m).footer();
        for (int s = 0; s < m.strategies().size(); s++) {
            String strategy = m.strategies().get(s);
            figures.add(HoldingChart.figure("holding-" + slugs.get(s), strategy, functions, byStrategy.get(strategy),
                    footer));
        }
        return figures;
    }
}
