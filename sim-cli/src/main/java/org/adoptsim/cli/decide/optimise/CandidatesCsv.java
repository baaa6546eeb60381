package org.adoptsim.cli.decide.optimise;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.decide.select.Feasibility;
import org.adoptsim.cli.decide.select.SelectionResult;
import org.adoptsim.cli.decide.select.SystemResult;
import org.adoptsim.cli.output.Csv;
import org.adoptsim.cli.text.Num;

/**
 * {@code candidates.csv}: one row per candidate plan — its number, each lever's value (by label), its
 * fate (infeasible, screened_out, eliminated, selected), the replicates it ran, the objective's mean, sd
 * and 95 % interval over those replicates, {@code p_best_first_stage} (P(best) on the first stage's
 * replicates only, so not on the replicates of the mean beside it: a plan eliminated later may have the
 * higher one), then per constraint (numbered as given on the command line) the share of runs that met it
 * with its one-sided bounds and the judgement, and whether it is feasible; with {@code --posterior} a last
 * column {@code posterior} names the posterior file every replicate drew its parameters from. Numbers and
 * lever values as in every adoptsim file ({@link Num#csv}). Stateless.
 */
final class CandidatesCsv {
    private CandidatesCsv() {
    }

    static String text(CandidatePlans plans, SelectionResult result, Target target) {
        return text(plans, result, target, null);
    }

    /** @param posterior the posterior file the parameters were drawn from, or null (no such column) */
    static String text(CandidatePlans plans, SelectionResult result, Target target, String posterior) {
        List<String> header = new ArrayList<>(List.of("candidate"));
        plans.levers().forEach(l -> header.add(l.label()));
        header.addAll(List.of("fate", "replicates", target.objective().id() + "_mean", target.objective().id() + "_sd",
                target.objective().id() + "_lo", target.objective().id() + "_hi", "p_best_first_stage"));
        for (int c = 1; c <= target.constraints().size(); c++) {
            header.addAll(List.of("constraint" + c + "_share", "constraint" + c + "_lower", "constraint" + c + "_upper",
                    "constraint" + c + "_status"));
        }
        header.add("feasible");
        if (posterior != null) {
            header.add("posterior");
        }
        StringBuilder b = new StringBuilder();
        b.append(Csv.line(header)).append('\n');
        for (SystemResult r : result.systems()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(r.system())));
            plans.plans().get(r.system()).forEach(v -> row.add(v instanceof Double x ? Num.csv(x) : String.valueOf(v)));
            row.addAll(List.of(r.fate().name().toLowerCase(java.util.Locale.ROOT), String.valueOf(r.replicates()),
                    d(r.mean()), d(r.sd()), d(r.lower()), d(r.upper()), d(r.pBest())));
            for (Feasibility f : r.feasibility()) {
                row.addAll(List.of(d(f.estimate()), d(f.lower()), d(f.upper()),
                        f.status().name().toLowerCase(java.util.Locale.ROOT)));
            }
            row.add(r.feasible() ? "yes" : "no");
            if (posterior != null) {
                row.add(posterior);
            }
            b.append(Csv.line(row)).append('\n');
        }
        return b.toString();
    }

    private static String d(double v) {
        return Num.csv(v);
    }
}
