package org.adoptsim.cli.decide.optimise;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adoptsim.cli.calibrate.posterior.PosteriorDraws;
import org.adoptsim.cli.decide.discover.BoxWords;
import org.adoptsim.cli.decide.select.Feasibility;
import org.adoptsim.cli.decide.select.SelectionResult;
import org.adoptsim.cli.decide.select.SystemResult;

/** What {@code optimise} prints, and the comment lines of best.yaml. Not thread-safe. */
final class Summary {
    private final PrintWriter print;
    private final CandidatePlans plans;
    private final SelectionResult result;
    private final Target target;
    private final double delta;
    private final double alpha;
    private final long runs;
    private final String strategy;
    /** Replicates of every plan in KN's first stage, the ones P(best) is computed on. */
    private final int firstStage;
    /** With --posterior: what the parameters were drawn from, for the terminal and best.yaml; else null. */
    private String posterior;

    Summary(PrintWriter print, CandidatePlans plans, SelectionResult result, Target target, double delta, double alpha,
            long runs, String strategy, int firstStage) {
        this.print = print;
        this.plans = plans;
        this.result = result;
        this.target = target;
        this.delta = delta;
        this.alpha = alpha;
        this.runs = runs;
        this.strategy = strategy;
        this.firstStage = firstStage;
    }

    void header(String file) {
        print.println(String.format(Locale.ROOT, "optimise '%s' of %s: %,d candidate plans (%s), objective %s (%s),"
                + " indifference zone %s, P(correct selection) >= %s", strategy, file, plans.size(),
                plans.grid() ? "grid" : "Latin hypercube", target.objective().id(), target.maximise() ? "max" : "min",
                BoxWords.num(delta), BoxWords.num(1 - alpha)));
        for (int c = 0; c < target.texts().size(); c++) {
            print.println("  constraint " + (c + 1) + ": " + target.texts().get(c));
        }
        long[] fates = new long[SystemResult.Fate.values().length];
        result.systems().forEach(s -> fates[s.fate().ordinal()]++);
        print.println(String.format(Locale.ROOT, "  %,d infeasible, %,d screened out, %,d eliminated by KN, %,d entered KN;"
                + " %,d runs, at most %,d replicates per plan%s", fates[0], fates[1], fates[2], result.screenedIn(), runs,
                result.replicates(), result.guaranteed() ? "" : " (budget reached: the stated probability does NOT hold)"));
    }

    /** Says that every replicate drew its parameters from {@code draws}; best.yaml's comments say it too. */
    void posterior(PosteriorDraws draws) {
        posterior = String.format(Locale.ROOT, "parameters drawn from the posterior %s (SHA-256 %s; %d particles of %s):"
                + " one joint set per replicate, the same for every plan", draws.source().file(), draws.source().sha256(),
                draws.particles(), String.join(", ", draws.names()));
        print.println("  " + posterior);
    }

    void winner(Recheck check, long freshSeed) {
        SystemResult w = result.best().orElseThrow();
        print.println("best plan: " + plan(w.system()));
        print.println(String.format(Locale.ROOT, "  %s %s [%s, %s] over %,d replicates; P(best) %s on the first stage's"
                + " %,d replicates of every plan", target.objective().id(), BoxWords.num(w.mean()), BoxWords.num(w.lower()),
                BoxWords.num(w.upper()), w.replicates(), BoxWords.num(w.pBest()), firstStage));
        print.println(String.format(Locale.ROOT, "  re-check on %,d fresh replicates (seed %d): %s [%s, %s]; '%s' as written:"
                + " %s [%s, %s]; difference %s [%s, %s]", check.replicates(), freshSeed, BoxWords.num(check.winner().mean()),
                BoxWords.num(check.winner().low()), BoxWords.num(check.winner().high()), strategy,
                BoxWords.num(check.written().mean()), BoxWords.num(check.written().low()), BoxWords.num(check.written().high()),
                signed(check.difference().mean()), signed(check.difference().low()), signed(check.difference().high())));
        for (int c = 0; c < check.constraints().size(); c++) {
            Feasibility f = check.constraints().get(c);
            print.println(String.format(Locale.ROOT, "  constraint %d on the fresh runs: met in %s of runs (one-sided 95 %%"
                    + " bounds %s to %s): %s", c + 1, percent(f.estimate()), percent(f.lower()),
                    percent(f.upper()), f.status().name().toLowerCase(Locale.ROOT)));
        }
    }

    void finalists(List<Integer> finalists, Recheck check) {
        if (finalists.size() < 2) {
            return;
        }
        print.println("  P(best) among the " + finalists.size() + " finalists on the fresh replicates (ties shared):");
        for (int i = 0; i < finalists.size(); i++) {
            print.println(String.format(Locale.ROOT, "    %-6s %s  (plan %d: %s)", BoxWords.num(check.finalistsPBest()[i]),
                    i == 0 ? "winner" : "      ", finalists.get(i), plan(finalists.get(i))));
        }
    }

    List<String> bestComments(Recheck check, String file, long freshSeed) {
        SystemResult w = result.best().orElseThrow();
        List<String> c = new ArrayList<>();
        c.add("adoptsim optimise: the best plan for '" + strategy + "' of " + file + "; paste under strategies:");
        c.add("levers: " + plan(w.system()));
        if (posterior != null) {
            c.add("under parameter uncertainty: " + posterior + " (the re-check draws fresh sets)");
        }
        c.add(String.format(Locale.ROOT, "objective %s (%s): %s [%s, %s] on %d fresh replicates (seed %d)",
                target.objective().id(), target.maximise() ? "max" : "min", BoxWords.num(check.winner().mean()),
                BoxWords.num(check.winner().low()), BoxWords.num(check.winner().high()), check.replicates(), freshSeed));
        c.add(String.format(Locale.ROOT, "P(best): %s among all plans on the first stage's %d replicates; %s among the"
                + " %d finalists on the fresh replicates", BoxWords.num(w.pBest()), firstStage,
                BoxWords.num(check.finalistsPBest()[0]), check.finalistsPBest().length));
        c.add(String.format(Locale.ROOT, "selected among %d plans within %s of the best with probability >= %s%s",
                plans.size(), BoxWords.num(delta), BoxWords.num(1 - alpha), result.guaranteed() ? ""
                        : " (NOT guaranteed: the replicate budget ran out)"));
        for (int i = 0; i < target.texts().size(); i++) {
            c.add("constraint " + target.texts().get(i) + ": met in " + percent(check.constraints().get(i).estimate())
                    + " of the fresh runs (" + check.constraints().get(i).status().name().toLowerCase(Locale.ROOT) + ")");
        }
        return c;
    }

    private String plan(int i) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < plans.levers().size(); j++) {
            parts.add(plans.levers().get(j).label() + " = " + plans.plans().get(i).get(j));
        }
        return String.join(", ", parts);
    }

    private static String signed(double v) {
        return (v >= 0 ? "+" : "") + BoxWords.num(v);
    }

    /** A share of runs as a percentage: "met in 1 of runs" read as one run. */
    static String percent(double share) {
        return BoxWords.num(100 * share) + " %";
    }
}
