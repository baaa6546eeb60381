package org.adoptsim.bench;

import static org.adoptsim.bench.Report.best;
import static org.adoptsim.bench.Report.param;
import static org.adoptsim.bench.Report.sci;
import static org.adoptsim.bench.Report.score;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.openjdk.jmh.results.RunResult;

/** The engine targets of issues 6 and 19, each with the measured figure and how far it is from the target. */
final class Targets {
    private Targets() {
    }

    static String markdown(Report r) {
        StringBuilder s = new StringBuilder("## Targets (single thread unless said)\n\n")
                .append("| target | measured (mean) | measured (best iteration) | met (mean) |\n|---|---:|---:|---|\n");
        List<RunResult> full = r.of(FullModelBenchmark.class);
        full.stream().min((a, b) -> Double.compare(score(a), score(b))).ifPresent(x -> line(s,
                "full model, slowest preset (`" + param(x, "strategy") + "`): ≥ 40,000 runs/s (issue 19)", score(x), best(x), 4e4));
        r.of(ReplicateBenchmark.class).stream().findFirst().ifPresent(x -> line(s,
                "full model incl. org drawing (replicate of 5 presets): ≥ 20,000 runs/s (issue 6)", score(x), best(x), 2e4));
        List<RunResult> sweep = r.of(SweepBenchmark.class);
        Optional<RunResult> one = find(sweep, x -> "1".equals(param(x, "threads")));
        Optional<RunResult> two = find(sweep, x -> "2".equals(param(x, "threads")));
        if (one.isPresent() && two.isPresent()) {
            line(s, "sweep scaling, 2 threads over 1: ≥ 1.9× (issue 19)", score(two.get()) / score(one.get()),
                    best(two.get()) / best(one.get()), 1.9);
        }
        return s.toString();
    }

    private static Optional<RunResult> find(List<RunResult> rs, Predicate<RunResult> p) {
        return rs.stream().filter(p).findFirst();
    }

    private static void line(StringBuilder s, String target, double mean, double best, double goal) {
        String met = mean >= goal ? "yes" : String.format(Locale.ROOT, "no: %.0f %% of target", 100 * mean / goal);
        s.append("| ").append(target).append(" | ").append(fmt(mean)).append(" | ").append(fmt(best)).append(" | ")
                .append(met).append(" |\n");
    }

    private static String fmt(double x) {
        return x < 100 ? String.format(Locale.ROOT, "%.2f", x) : x < 1e6 ? Report.num(x) : sci(x);
    }
}
