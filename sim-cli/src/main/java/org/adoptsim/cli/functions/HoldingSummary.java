package org.adoptsim.cli.functions;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The terminal's "who is holding the migration" lines (docs/model.md, "Across functions"): per
 * strategy, the team-weeks teams waited on the functions in a mean run and each function's share of
 * them, largest first, with its mean review length; the same figures as functions.csv. Nothing is
 * printed for a scenario without functions.
 */
public final class HoldingSummary {
    private HoldingSummary() {
    }

    public static void print(FunctionsAccumulator acc, PrintWriter out) {
        if (!acc.active()) {
            return;
        }
        out.println("Who is holding the migration (functions.csv): team-weeks teams waited on the functions in a");
        out.println("mean run, then each function's share of them and (its mean review in weeks):");
        int width = acc.strategies().stream().mapToInt(String::length).max().orElse(0);
        for (int s = 0; s < acc.strategies().size(); s++) {
            int strategy = s;
            double all = 0;
            for (int f = 0; f < acc.functions().size(); f++) {
                all += acc.weeksWaited(s, f);
            }
            List<Integer> order = new ArrayList<>();
            for (int f = 0; f < acc.functions().size(); f++) {
                order.add(f);
            }
            order.sort(Comparator.comparingDouble((Integer f) -> -acc.waitingShare(strategy, f)));
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s  %6.0f:",
                    acc.strategies().get(s), all));
            for (int k = 0; k < order.size(); k++) {
                int f = order.get(k);
                double review = acc.meanReviewWeeks(s, f);
                line.append(k == 0 ? " " : ", ").append(acc.functions().get(f))
                        .append(String.format(Locale.ROOT, " %.0f%%", 100 * acc.waitingShare(s, f)))
                        .append(Double.isNaN(review) ? "" : String.format(Locale.ROOT, " (%.1f)", review));
            }
            out.println(line);
        }
        out.flush();
    }
}
