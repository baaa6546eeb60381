package org.adoptsim.bench;

import static org.adoptsim.bench.Report.best;
import static org.adoptsim.bench.Report.error;
import static org.adoptsim.bench.Report.num;
import static org.adoptsim.bench.Report.param;
import static org.adoptsim.bench.Report.sci;
import static org.adoptsim.bench.Report.score;
import static org.adoptsim.bench.Report.secondary;

import java.util.List;
import org.openjdk.jmh.results.RunResult;

/** One markdown table per benchmark class, with the derived rates each question asks for. */
final class Tables {
    private Tables() {
    }

    static void all(Report r, StringBuilder s) {
        fullModel(r.of(FullModelBenchmark.class), r.of(ReplicateBenchmark.class), s);
        largeOrg(r.of(LargeOrgBenchmark.class), s);
        weeklyStep(r.of(WeeklyStepBenchmark.class), s);
        sweep(r.of(SweepBenchmark.class), s);
        pointScenario(r.of(PointScenarioBenchmark.class), s);
    }

    private static void fullModel(List<RunResult> runs, List<RunResult> replicate, StringBuilder s) {
        if (runs.isEmpty() && replicate.isEmpty()) {
            return;
        }
        s.append("## Full model, default 42 teams, 104 weeks (FullModelBenchmark, ReplicateBenchmark)\n\n")
                .append("| what | runs/s (mean ± error) | runs/s (best iteration) |\n|---|---:|---:|\n");
        for (RunResult r : runs) {
            row(s, "run of `" + param(r, "strategy") + "` on a drawn org", r);
        }
        for (RunResult r : replicate) {
            row(s, "org draw + the five presets, per run (replicate)", r);
        }
        s.append('\n');
    }

    private static void row(StringBuilder s, String what, RunResult r) {
        s.append("| ").append(what).append(" | ").append(num(score(r))).append(" ± ").append(num(error(r)))
                .append(" | ").append(num(best(r))).append(" |\n");
    }

    private static void largeOrg(List<RunResult> rs, StringBuilder s) {
        if (rs.isEmpty()) {
            return;
        }
        s.append("## Large organisations (LargeOrgBenchmark)\n\nOne 104-week run, metrics and outcomes built.\n\n")
                .append("| teams | strategy | runs/s | team-weeks/s | team-weeks/s (best iteration) |\n")
                .append("|---:|---|---:|---:|---:|\n");
        for (RunResult r : rs) {
            double perRun = Double.parseDouble(param(r, "teams")) * 104;
            s.append("| ").append(num(Double.parseDouble(param(r, "teams")))).append(" | ").append(param(r, "strategy"))
                    .append(" | ").append(String.format(java.util.Locale.ROOT, "%.2f", score(r))).append(" | ")
                    .append(sci(secondary(r, "teamWeeks"))).append(" | ").append(sci(best(r) * perRun)).append(" |\n");
        }
        s.append('\n');
    }

    private static void weeklyStep(List<RunResult> rs, StringBuilder s) {
        if (rs.isEmpty()) {
            return;
        }
        s.append("## Weekly step (WeeklyStepBenchmark, -prof gc)\n\nOne week of `all-levers` on a set-up org; ")
                .append("a run restarts every 104 weeks (its start is included, amortised). ")
                .append("At 100,000 teams JMH's own per-iteration bytes, divided by a few hundred weeks, dominate ")
                .append("the B/week column.\n\n")
                .append("| teams | weeks/s | team-weeks/s | bytes allocated per week |\n|---:|---:|---:|---:|\n");
        for (RunResult r : rs) {
            double teams = Double.parseDouble(param(r, "teams"));
            s.append("| ").append(num(teams)).append(" | ").append(num(score(r))).append(" | ")
                    .append(sci(score(r) * teams)).append(" | ")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", secondary(r, "gc.alloc.rate.norm")))
                    .append(" |\n");
        }
        s.append('\n');
    }

    private static void sweep(List<RunResult> rs, StringBuilder s) {
        if (rs.isEmpty()) {
            return;
        }
        double one = rs.stream().filter(r -> "1".equals(param(r, "threads"))).mapToDouble(Report::score)
                .findFirst().orElse(Double.NaN);
        double oneBest = rs.stream().filter(r -> "1".equals(param(r, "threads"))).mapToDouble(Report::best)
                .findFirst().orElse(Double.NaN);
        s.append("## Sweeps (SweepBenchmark)\n\nEnsemble over 400 replicates × 5 presets, results streamed in order.\n\n")
                .append("| threads | runs/s (mean ± error) | scaling | runs/s (best iteration) | scaling (best) |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (RunResult r : rs) {
            s.append("| ").append(param(r, "threads")).append(" | ").append(num(score(r))).append(" ± ")
                    .append(num(error(r))).append(" | ").append(String.format(java.util.Locale.ROOT, "%.2f×", score(r) / one))
                    .append(" | ").append(num(best(r))).append(" | ")
                    .append(String.format(java.util.Locale.ROOT, "%.2f×", best(r) / oneBest)).append(" |\n");
        }
        s.append('\n');
    }

    private static void pointScenario(List<RunResult> rs, StringBuilder s) {
        if (rs.isEmpty()) {
            return;
        }
        s.append("## A point's scenario (PointScenarioBenchmark)\n\nOverrides applied and the scenario checked and mapped,")
                .append(" as each sweep point, calibration particle and optimiser candidate does.\n\n")
                .append("| scenario | overrides set | µs per point (mean ± error) | µs (fastest iteration) |\n|---|---|---:|---:|\n");
        for (RunResult r : rs) {
            s.append("| ").append(param(r, "scenario")).append(" | ").append(param(r, "touches")).append(" | ")
                    .append(String.format(java.util.Locale.ROOT, "%.1f ± %.1f", score(r), error(r))).append(" | ")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", r.getPrimaryResult().getStatistics().getMin()))
                    .append(" |\n");
        }
        s.append('\n');
    }
}
