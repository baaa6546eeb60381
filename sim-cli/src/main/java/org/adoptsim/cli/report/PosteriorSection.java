package org.adoptsim.cli.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adoptsim.cli.calibrate.posterior.VarianceColumns;
import org.adoptsim.cli.calibrate.posterior.VarianceSplit;
import org.adoptsim.cli.calibrate.posterior.VarianceSplit.Split;
import org.adoptsim.cli.output.CsvTable;
import org.adoptsim.cli.output.Comparison;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.text.TextTable;

/**
 * What the reports say about a {@code --posterior} run: which posterior and how many parameter sets were
 * drawn (from the manifest), and how much of the run-to-run spread of the headline metrics is parameter
 * uncertainty rather than simulation noise (from summary.csv's split columns, {@link VarianceColumns}).
 * Empty for a run without a posterior, so its reports do not change.
 */
final class PosteriorSection {
    private final Comparison.Posterior posterior;
    private final List<Split> splits;
    private final MetricCatalog catalog;

    private PosteriorSection(Comparison.Posterior posterior, List<Split> splits, MetricCatalog catalog) {
        this.posterior = posterior;
        this.splits = splits;
        this.catalog = catalog;
    }

    /** Reads the split from the folder's summary.csv (already verified against the manifest) when a posterior was used. */
    static PosteriorSection of(OutputFolder out, Manifest m) throws IOException {
        MetricCatalog catalog = new MetricCatalog(m.weeks());
        if (m.posterior() == null) {
            return new PosteriorSection(null, List.of(), catalog);
        }
        return new PosteriorSection(m.posterior(), VarianceColumns.read(CsvTable.read(out.file(OutputFolder.SUMMARY)),
                catalog), catalog);
    }

    boolean present() {
        return posterior != null;
    }

    /** The report's fact line, or none. */
    List<String> facts() {
        if (!present()) {
            return List.of();
        }
        return List.of(String.format(Locale.ROOT, "Parameters drawn from the calibration's posterior %s (SHA-256 %s;"
                + " %d particles of %s): %d joint parameter sets, one per pair of replicates", posterior.file(),
                posterior.sha256(), posterior.particles(), String.join(", ", posterior.parameters()), posterior.draws()));
    }

    /** The table of the split, or none. */
    List<TextTable> tables() {
        if (!present() || splits.isEmpty()) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (String id : VarianceSplit.HEADLINE) {
            Metric metric = catalog.get(id);
            for (Split s : splits) {
                if (s.metric().equals(id)) {
                    rows.add(List.of(metric.label(), s.strategy(), share(s), interval(s),
                            metric.unit().format(Math.sqrt(s.parameterVariance())),
                            metric.unit().format(Math.sqrt(s.noiseVariance())), Double.isNaN(s.meanLow()) ? ""
                                    : metric.unit().format(s.meanLow()) + " to " + metric.unit().format(s.meanHigh())));
                }
            }
        }
        return List.of(new TextTable("Where the spread comes from: parameter uncertainty vs simulation noise",
                List.of("metric", "strategy", "from parameters", "95 % interval", "sd from parameters", "sd from noise",
                        "mean, 95 % interval over pairs"),
                List.of(false, false, true, true, true, true, true), rows,
                List.of("Replicates 2k and 2k+1 share one parameter set drawn from the posterior; the pairs' spread"
                        + " is simulation noise (team-level draws and events), the rest of the variance is parameter"
                        + " uncertainty (law of total variance, one-way random-effects estimator; docs/calibration.md)."
                        + " summary.csv holds the split of every metric. Every interval of this report takes each pair"
                        + " as one observation, as the last column does (shares of runs, with Wilson's interval,"
                        + " excepted): over the runs as if independent they would be too narrow by about the square"
                        + " root of 1 + the share.")));
    }

    /** The brief's caveat, or none. */
    List<String> caveats() {
        if (!present()) {
            return List.of();
        }
        List<Split> net = splits.stream().filter(s -> s.metric().equals("net_hours")
                && !Double.isNaN(s.parameterShare())).toList();
        String range = net.isEmpty() ? "" : String.format(Locale.ROOT, "; on net hours parameter uncertainty is %s"
                + " of the run-to-run variance (by strategy), the rest simulation noise",
                percentRange(net.stream().mapToDouble(Split::parameterShare).min().orElseThrow(),
                        net.stream().mapToDouble(Split::parameterShare).max().orElseThrow()));
        String narrow = net.isEmpty() ? "" : String.format(Locale.ROOT, " The two runs of a pair share their"
                + " parameters, so the intervals take each pair as one observation: taken as independent runs they"
                + " would be narrower by a factor of about the square root of 1 + that share (up to %.2f for net"
                + " hours).", Math.sqrt(1 + net.stream().mapToDouble(Split::parameterShare).max().orElseThrow()));
        return List.of("Parameter uncertainty included: " + String.join(", ", posterior.parameters()) + " drawn from "
                + posterior.file() + " (" + posterior.draws() + " joint sets)" + range + "." + narrow);
    }

    private static String share(Split s) {
        return Double.isNaN(s.parameterShare()) ? "does not vary" : percent(s.parameterShare());
    }

    private static String interval(Split s) {
        return Double.isNaN(s.shareLow()) ? "" : percent(s.shareLow()) + " to " + percent(s.shareHigh());
    }

    private static String percentRange(double lo, double hi) {
        return percent(lo).equals(percent(hi)) ? percent(lo)
                : String.format(Locale.ROOT, "%.0f", lo * 100) + " to " + percent(hi);
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f %%", v * 100);
    }
}
