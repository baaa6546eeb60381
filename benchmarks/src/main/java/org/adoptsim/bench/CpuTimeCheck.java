package org.adoptsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.WeekObserver;
import org.adoptsim.core.run.Replicate;

/**
 * A cross-check of the JMH headline numbers in thread CPU time instead of wall time: the same work
 * as {@link FullModelBenchmark}, {@link ReplicateBenchmark} and {@link CascadeBenchmark}'s organisation draw, timed with {@link ThreadMXBean#getCurrentThreadCpuTime()}, best of several rounds after
 * warm-up. On a machine shared with other processes a thread waits for a core between time slices;
 * CPU time leaves that wait out (though not the cache and core sharing), so this is what one core
 * does when it is ours. Not a replacement for JMH (no forks, no blackholes beyond a checksum); the
 * report labels it as such. Prints a markdown table.
 */
public final class CpuTimeCheck {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = 6;
    private static final long ROUND_NANOS = 200_000_000L;
    private static long checksum;

    private CpuTimeCheck() {
    }

    public static void main(String[] args) {
        System.out.println("| work (thread CPU time, best of " + ROUNDS + " rounds) | rate per CPU-second |");
        System.out.println("|---|---:|");
        Scenario sc = Scenario.defaults();
        Simulation[] sims = new Simulation[64];
        RandomStreams[] streams = new RandomStreams[sims.length];
        for (int r = 0; r < sims.length; r++) {
            streams[r] = new RandomStreams(sc.run().seed(), r);
            sims[r] = new Simulation(OrgFactory.draw(sc.organisation(), streams[r]));
        }
        for (Strategy s : Setups.strategies()) {
            int[] next = {0};
            report("full model: runs of `" + s.name() + "`", "runs", () -> {
                int r = next[0]++ % sims.length;
                checksum += sims[r].run(sc.rules(), s, streams[r], 104, RunDetail.METRICS,
                        WeekObserver.NONE).metrics().weeksTo50();
                return 1;
            });
        }
        int[] replicate = {0};
        report("full model: org draw + five presets (replicate)", "runs", () -> {
            checksum += Replicate.run(sc, Presets.all(), replicate[0]++, RunDetail.METRICS).size();
            return 5;
        });
        Organisation cascadeOrg = CascadeCase.scenario(1).organisation();
        double draws = best(() -> {
            checksum += OrgFactory.draw(cascadeOrg, new RandomStreams(CascadeCase.SEED, 0)).teams();
            return 1;
        });
        System.out.printf(Locale.ROOT, "| org draw: the 100,000-team ER organisation of `CascadeBenchmark.drawOrganisation` "
                + "| %.1f ms per draw |%n", 1e3 / draws);
        System.out.println(checksum == 42 ? "" : "");
    }

    private static void report(String what, String unit, IntSupplier op) {
        double best = best(op);
        System.out.printf(Locale.ROOT, "| %s | %s %s |%n", what, best >= 1e6 ? Report.sci(best) : Report.num(best), unit);
    }

    /** Runs {@code op} (which returns the units of work it did) for several rounds: the best rate. */
    private static double best(IntSupplier op) {
        double best = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = MX.getCurrentThreadCpuTime();
            long units = 0;
            long spent;
            do {
                units += op.getAsInt();
                spent = MX.getCurrentThreadCpuTime() - start;
            } while (spent < ROUND_NANOS);
            best = Math.max(best, units / (spent / 1e9));
        }
        return best;
    }
}
