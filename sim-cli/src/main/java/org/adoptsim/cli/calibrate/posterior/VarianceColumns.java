package org.adoptsim.cli.calibrate.posterior;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.calibrate.posterior.VarianceSplit.Split;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.output.Csv;
import org.adoptsim.cli.output.CsvTable;
import org.adoptsim.cli.output.OutputFormatException;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.text.Num;

/**
 * The columns a {@code --posterior} run adds at the end of summary.csv (docs/outputs.md): {@code
 * posterior_pairs} (replicate pairs, each on one joint parameter set drawn from the posterior), then
 * for every metric of {@link VarianceSplit#splittable} {@code ID_parameter_share} with its 95 % interval
 * {@code ID_parameter_share_ci_low, ID_parameter_share_ci_high}, and the two standard deviations
 * {@code ID_sd_parameters, ID_sd_noise} in the metric's raw unit, and the 95 % interval of the mean over
 * the pair means {@code ID_pairs_ci_low, ID_pairs_ci_high} (the summary's own {@code ID_ci_*} are as wide,
 * around the mean of every run: {@code results.StrategyAccumulator#interval}). Appended to the file the summary
 * writer wrote, so a run without a posterior writes summary.csv exactly as before. Stateless.
 */
public final class VarianceColumns {
    public static final String PAIRS = "posterior_pairs";

    private VarianceColumns() {
    }

    public static List<String> header(MetricCatalog catalog) {
        List<String> h = new ArrayList<>(List.of(PAIRS));
        for (Metric m : VarianceSplit.splittable(catalog)) {
            String id = m.id();
            h.addAll(List.of(id + "_parameter_share", id + "_parameter_share_ci_low", id + "_parameter_share_ci_high",
                    id + "_sd_parameters", id + "_sd_noise", id + "_pairs_ci_low", id + "_pairs_ci_high"));
        }
        return h;
    }

    /**
     * Rewrites {@code summary} (atomically) with the split's columns after each row's own, the rows matched
     * by strategy name.
     */
    public static void appendTo(Path summary, VarianceSplit split, MetricCatalog catalog) throws IOException {
        CsvTable table = CsvTable.parse(summary.toString(), Files.readString(summary, StandardCharsets.UTF_8));
        List<Split> all = split.splits();
        int perStrategy = VarianceSplit.splittable(catalog).size();
        List<String> lines = Files.readAllLines(summary, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder(lines.get(0)).append(',').append(Csv.line(header(catalog))).append('\n');
        for (int r = 0; r < table.size(); r++) {
            String strategy = table.text(r, "strategy");
            List<Split> own = all.stream().filter(s -> s.strategy().equals(strategy)).toList();
            if (own.size() != perStrategy) {
                throw new IllegalStateException("no variance split for strategy " + strategy);
            }
            List<String> cells = new ArrayList<>(List.of(Long.toString(own.stream().mapToLong(Split::pairs).max().orElse(0))));
            for (Split s : own) {
                cells.addAll(List.of(Num.csv(s.parameterShare()), Num.csv(s.shareLow()), Num.csv(s.shareHigh()),
                        Num.csv(Math.sqrt(s.parameterVariance())), Num.csv(Math.sqrt(s.noiseVariance())),
                        Num.csv(s.meanLow()), Num.csv(s.meanHigh())));
            }
            b.append(lines.get(r + 1)).append(',').append(Csv.line(cells)).append('\n');
        }
        AtomicFile.writeText(summary, w -> w.write(b.toString()));
    }

    /** The split as summary.csv holds it, strategies in row order; empty when it has no such columns. */
    public static List<Split> read(CsvTable summary, MetricCatalog catalog) {
        if (!summary.header().contains(PAIRS)) {
            return List.of();
        }
        List<Split> out = new ArrayList<>();
        for (int r = 0; r < summary.size(); r++) {
            String strategy = summary.text(r, "strategy");
            long pairs = summary.integer(r, PAIRS);
            for (Metric m : VarianceSplit.splittable(catalog)) {
                String id = m.id();
                if (!summary.header().contains(id + "_parameter_share")) {
                    throw new OutputFormatException(summary.file() + ": column " + id
                            + "_parameter_share is missing beside " + PAIRS);
                }
                double sp = summary.number(r, id + "_sd_parameters");
                double sn = summary.number(r, id + "_sd_noise");
                out.add(new Split(strategy, id, pairs, sp * sp, sn * sn, summary.number(r, id + "_parameter_share"),
                        summary.number(r, id + "_parameter_share_ci_low"),
                        summary.number(r, id + "_parameter_share_ci_high"), summary.number(r, id + "_pairs_ci_low"),
                        summary.number(r, id + "_pairs_ci_high")));
            }
        }
        return out;
    }
}
