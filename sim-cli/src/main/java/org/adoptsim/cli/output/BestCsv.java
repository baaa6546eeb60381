package org.adoptsim.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.Verdict;
import org.adoptsim.cli.results.stats.Estimate;

/**
 * best.csv: the verdict, one row per strategy in run order. {@code objective} is the metric ranked on
 * and {@code better_is} its direction; {@code mean, ci_low, ci_high} the strategy's mean on it (as in
 * summary.csv); {@code best} is 1 for the strategy with the best mean, 0 otherwise; {@code wins} the
 * paired replicates on which it was best (ties shared, so it may have decimals), and {@code p_best}
 * = wins / replicates with its 95 % Wilson interval.
 */
public final class BestCsv {
    private static final List<String> HEADER = List.of("objective", "better_is", "strategy", "best", "mean", "ci_low",
            "ci_high", "replicates", "wins", "p_best", "p_best_ci_low", "p_best_ci_high");

    private BestCsv() {
    }

    public static List<String> header() {
        return HEADER;
    }

    public static void write(Verdict v, MetricCatalog catalog, Writer out) throws IOException {
        Csv csv = new Csv(out);
        csv.row(HEADER);
        String better = catalog.get(v.objective()).direction().better();
        for (Verdict.Standing s : v.standings()) {
            Estimate m = s.mean();
            Estimate p = s.pBest();
            csv.cell(v.objective()).cell(better).cell(s.strategy()).cell(s.strategy().equals(v.best()) ? 1 : 0)
                    .cell(m.mean()).cell(m.low()).cell(m.high()).cell(s.replicates()).cell(s.wins())
                    .cell(p.mean()).cell(p.low()).cell(p.high()).end();
        }
    }

    public static Verdict read(CsvTable csv, MetricCatalog catalog) {
        List<Verdict.Standing> standings = new ArrayList<>();
        String objective = null;
        String best = null;
        for (int r = 0; r < csv.size(); r++) {
            String o = csv.text(r, "objective");
            if (catalog.byId(o).isEmpty() || objective != null && !objective.equals(o)) {
                throw new OutputFormatException(csv.file() + " line " + (r + 2) + ": objective '" + o
                        + "' is not one metric of the catalogue");
            }
            objective = o;
            long n = csv.integer(r, "replicates");
            standings.add(new Verdict.Standing(csv.text(r, "strategy"),
                    new Estimate(n, csv.number(r, "mean"), csv.number(r, "ci_low"), csv.number(r, "ci_high")),
                    csv.number(r, "wins"), n, new Estimate(n, csv.number(r, "p_best"), csv.number(r, "p_best_ci_low"),
                            csv.number(r, "p_best_ci_high"))));
            if (csv.integer(r, "best") == 1) {
                best = csv.text(r, "strategy");
            }
        }
        if (objective == null || best == null) {
            throw new OutputFormatException(csv.file() + ": no strategy marked best");
        }
        return new Verdict(objective, best, standings, List.of());
    }
}
