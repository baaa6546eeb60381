package org.adoptsim.cli.sweep.run;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.adoptsim.cli.sweep.spec.Metric;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Replicate;

/**
 * Runs a slice of a sweep's points on a pool of threads and hands the results to a {@link ResultSink}
 * in deterministic order whatever the thread count. The unit of work is one (point, replicate): the
 * organisation is drawn once and every strategy runs on it (common random numbers across strategies).
 * At most {@link #window} units are in flight; each keeps only its metric numbers, so memory does not
 * grow with the sweep's size. The sweep stops cleanly, between units, when {@code stop} says so.
 */
public final class SweepExecutor {
    private final SweepPlan plan;
    private final ScenarioFactory factory;
    private final int threads;
    private final int window;

    public SweepExecutor(SweepPlan plan, ScenarioFactory factory, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be >= 1");
        }
        this.plan = plan;
        this.factory = factory;
        this.threads = threads;
        this.window = threads == 1 ? 1 : threads * 16;
    }

    /** Units (point × replicate) in flight at most: the bound of the reorder buffer. */
    public int window() {
        return window;
    }

    /**
     * Runs points {@code [fromPoint, plan.to())}. Returns true when all are done, false when stopped.
     * A failure of a unit is rethrown after the sink got every unit before it.
     */
    public boolean run(long fromPoint, ResultSink sink, Progress progress, BooleanSupplier stop) {
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "adoptsim-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            return drain(pool, fromPoint, sink, progress, stop);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Keeps up to {@link #window} units in flight and hands them to the sink in unit order. */
    private boolean drain(ExecutorService pool, long fromPoint, ResultSink sink, Progress progress,
            BooleanSupplier stop) {
        int r = plan.replicates();
        long endUnit = plan.to() * r;
        long runsPerUnit = plan.strategies().size();
        long done = (fromPoint - plan.from()) * r * runsPerUnit;
        ArrayDeque<Pending> inFlight = new ArrayDeque<>(window);
        long next = fromPoint * r;
        PointWork current = null;
        for (long unit = fromPoint * r; unit < endUnit; unit++) {
            for (; next < endUnit && inFlight.size() < window; next++) {
                current = current != null && current.point == next / r ? current : point(next / r);
                inFlight.add(submit(pool, current, (int) (next % r)));
            }
            if (stop.getAsBoolean()) {
                return false;
            }
            Pending p = inFlight.poll();
            sink.replicate(p.work.point, p.work.values, p.replicate, await(p));
            if (p.replicate == r - 1) {
                sink.pointDone(p.work.point, p.work.values);
            }
            done += runsPerUnit;
            progress.runsDone(done);
        }
        return true;
    }

    private PointWork point(long point) {
        Object[] values = plan.values(point);
        return new PointWork(point, values, plan.overrides(values), plan.pointSeed(point));
    }

    private Pending submit(ExecutorService pool, PointWork w, int replicate) {
        if (pool == null) {
            return new Pending(w, replicate, null, runUnit(w, replicate));
        }
        return new Pending(w, replicate, pool.submit(() -> runUnit(w, replicate)), null);
    }

    private double[] runUnit(PointWork w, int replicate) {
        Scenario s = w.scenario(factory, plan.strategies());
        List<RunResult> results = Replicate.run(s, w.strategies(), replicate, false);
        List<Metric> metrics = plan.metrics();
        int m = metrics.size();
        double[] out = new double[results.size() * m];
        for (int i = 0; i < results.size(); i++) {
            for (int j = 0; j < m; j++) {
                out[i * m + j] = metrics.get(j).of(results.get(i).metrics());
            }
        }
        return out;
    }

    private static double[] await(Pending p) {
        if (p.future == null) {
            return p.result;
        }
        try {
            return p.future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a run", e);
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

    private record Pending(PointWork work, int replicate, Future<double[]> future, double[] result) {
    }
}
