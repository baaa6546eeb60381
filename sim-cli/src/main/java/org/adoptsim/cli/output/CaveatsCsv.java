package org.adoptsim.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.results.Caveat;
import org.adoptsim.cli.results.MetricCatalog;

/**
 * caveats.csv: one row per result that follows from an assumption of the model rather than from the
 * simulation — {@code strategy, metric, assumption} — in strategy order; only the header when there is
 * none. The verdict and the reading show them.
 */
public final class CaveatsCsv {
    private static final List<String> HEADER = List.of("strategy", "metric", "assumption");

    private CaveatsCsv() {
    }

    public static void write(List<Caveat> caveats, Writer out) throws IOException {
        Csv csv = new Csv(out);
        csv.row(HEADER);
        for (Caveat c : caveats) {
            csv.cell(c.strategy()).cell(c.metric()).cell(c.text()).end();
        }
    }

    public static List<Caveat> read(CsvTable csv, MetricCatalog catalog) {
        List<Caveat> out = new ArrayList<>();
        for (int r = 0; r < csv.size(); r++) {
            String metric = csv.text(r, "metric");
            if (catalog.byId(metric).isEmpty()) {
                throw new OutputFormatException(csv.file() + " line " + (r + 2) + ": unknown metric '" + metric + "'");
            }
            out.add(new Caveat(csv.text(r, "strategy"), metric, csv.text(r, "assumption")));
        }
        return out;
    }
}
