package org.adoptsim.core.run;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;

/**
 * Runs replicates 0 … R-1 of a scenario's strategies on a pool of threads and hands the results to a
 * sink in a fixed order — replicate by replicate, strategies in the given order — whatever the thread
 * count ({@link OrderedWork}: a bounded window of replicates in flight; the sink runs on the calling
 * thread). If the calling thread is interrupted, the replicates in flight are abandoned and everything
 * already passed to the sink stays valid.
 */
public final class Ensemble {
    private final IntFunction<Scenario> scenario;
    private final List<Strategy> strategies;
    private final int threads;
    private final RunDetail detail;

    public Ensemble(Scenario scenario, List<Strategy> strategies, int threads, RunDetail detail) {
        this(r -> scenario, strategies, threads, detail);
    }

    /**
     * An ensemble whose replicate r runs on {@code scenarioOf.apply(r)} (its organisation, rules and run
     * settings; the strategies are the given ones) — for parameter sets drawn per replicate, such as a
     * calibration's posterior. {@code scenarioOf} must be thread-safe and depend on r alone.
     */
    public Ensemble(IntFunction<Scenario> scenarioOf, List<Strategy> strategies, int threads, RunDetail detail) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be >= 1, was " + threads);
        }
        this.scenario = scenarioOf;
        this.strategies = List.copyOf(strategies);
        this.threads = threads;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** Runs replicates {@code [from, to)} and passes each replicate's results, in order, to the sink. */
    public void run(int from, int to, Consumer<List<RunResult>> sink) throws InterruptedException {
        OrderedWork.run(threads, from, to,
                r -> () -> Replicate.run(scenario.apply((int) r), strategies, (int) r, detail),
                (results, r) -> sink.accept(results), () -> false);
    }
}
