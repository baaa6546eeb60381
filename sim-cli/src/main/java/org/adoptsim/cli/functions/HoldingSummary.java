package org.adoptsim.cli.functions;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.adoptsim.core.config.SignOffStage;

/**
 * The terminal's "who is holding the migration" lines (docs/model.md, "Across functions"): per
 * strategy, the team-weeks teams waited on the functions in a mean run (a team waiting on two at once
 * counts for both) and each function's share of them, largest first, with its mean review length; then
 * the mean hold at each stage, which decision feeds shorten even where they add to those team-weeks,
 * the platform hours the strategy's levers for the functions cost (the ledger's sign_off_work, part of
 * its platform hours), and the teams done at the horizon whom a sign-off still keeps from being adopted.
 * The same figures as functions.csv. Nothing is printed for a scenario without functions.
 */
public final class HoldingSummary {
    private HoldingSummary() {
    }

    /**
     * {@code weekText}: how the folder's prose names a week ({@code report.WeekWords#at}), so a run from an
     * observed state names its horizon in calendar weeks.
     */
    public static void print(FunctionsAccumulator acc, IntFunction<String> weekText, PrintWriter out) {
        if (!acc.active()) {
            return;
        }
        out.println("Who is holding the migration (functions.csv): team-weeks teams waited on the functions in a");
        out.println("mean run (a team waiting on two at once counts twice), each function's share of them and (its");
        out.println("mean review in weeks); then a team's mean hold per stage, from needing the answer to its last");
        out.println("approval, and the platform hours the strategy's levers for the functions cost (in its platform");
        out.println("hours):");
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
            StringBuilder held = new StringBuilder(" ".repeat(width + 11)).append("held:");
            String sep = " ";
            double levers = acc.leverHours(s);
            for (SignOffStage stage : SignOffStage.values()) {
                double weeks = acc.meanHoldWeeks(s, stage);
                if (!Double.isNaN(weeks)) {
                    held.append(sep).append(stage.id()).append(String.format(Locale.ROOT, " %.1f weeks", weeks));
                    sep = ", ";
                }
            }
            if (levers > 0) {
                held.append(sep.equals(" ") ? " none" : "").append(String.format(Locale.ROOT,
                        "; levers %.0f h of platform time", levers));
            }
            if (!sep.equals(" ") || levers > 0) {
                out.println(held);
            }
            printDoneWaiting(acc, s, width, weekText, out);
        }
        out.flush();
    }

    /**
     * The teams done at the horizon that a sign-off still keeps from being adopted, by function: part of
     * the gap between done and adopted that the verdict and the tables show (such a team may also lack
     * the self-sufficiency adoption needs). Nothing when there are none.
     */
    private static void printDoneWaiting(FunctionsAccumulator acc, int s, int width, IntFunction<String> weekText, PrintWriter out) {
        double all = 0;
        StringBuilder by = new StringBuilder();
        for (int f = 0; f < acc.functions().size(); f++) {
            double n = acc.doneWaiting(s, f);
            all += n;
            if (n >= 0.05) {
                by.append(by.length() == 0 ? "" : ", ").append(acc.functions().get(f))
                        .append(String.format(Locale.ROOT, " %.1f", n));
            }
        }
        if (all >= 0.05) {
            out.println(" ".repeat(width + 11) + String.format(Locale.ROOT,
                    "at %s, %.1f done teams still wait for a sign-off, so are not adopted: %s", weekText.apply(acc.weeks()),
                    all, by));
        }
    }
}
