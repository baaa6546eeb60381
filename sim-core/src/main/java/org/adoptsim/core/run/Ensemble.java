package org.adoptsim.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.result.RunResult;

/**
 * Runs replicates 0 … R-1 of a scenario's strategies on a pool of threads and hands the results to a
 * sink in a fixed order — replicate by replicate, strategies in the given order — whatever the thread
 * count. Work is done in batches so memory stays bounded; the sink runs on the calling thread. If the
 * calling thread is interrupted, the batch in flight is abandoned and everything already passed to the
 * sink stays valid.
 */
public final class Ensemble {
    private final Scenario scenario;
    private final List<Strategy> strategies;
    private final int threads;
    private final boolean series;

    public Ensemble(Scenario scenario, List<Strategy> strategies, int threads, boolean series) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be >= 1, was " + threads);
        }
        this.scenario = scenario;
        this.strategies = List.copyOf(strategies);
        this.threads = threads;
        this.series = series;
    }

    /** Runs replicates {@code [from, to)} and passes each replicate's results, in order, to the sink. */
    public void run(int from, int to, Consumer<List<RunResult>> sink) throws InterruptedException {
        if (threads == 1) {
            for (int r = from; r < to; r++) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                sink.accept(Replicate.run(scenario, strategies, r, series));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "adoptsim-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            int batch = Math.max(threads * 8, 64);
            for (int start = from; start < to; start += batch) {
                int end = Math.min(to, start + batch);
                List<Future<List<RunResult>>> futures = new ArrayList<>(end - start);
                for (int r = start; r < end; r++) {
                    int replicate = r;
                    futures.add(pool.submit(() -> Replicate.run(scenario, strategies, replicate, series)));
                }
                for (Future<List<RunResult>> f : futures) {
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                    sink.accept(get(f));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<RunResult> get(Future<List<RunResult>> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
