package org.adoptsim.cli.sweep.run;

import org.adoptsim.cli.console.Progress;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.OrderedWork;
import org.adoptsim.core.run.Replicate;

/**
 * Runs a slice of a sweep's points on a pool of threads and hands the results to a {@link ResultSink}
 * in deterministic order whatever the thread count ({@link OrderedWork}). The unit of work is one
 * (point, replicate): the organisation is drawn once and every strategy runs on it (common random
 * numbers across strategies); with parameters drawn per replicate ({@link ReplicateDraws}) each
 * replicate builds its own scenario, as {@code core.run.Ensemble}'s per-replicate constructor does.
 * Only a bounded window of units is in flight, and each keeps only its metric numbers, so memory does not grow with the sweep's size. The sweep stops cleanly, between
 * units, when {@code stop} says so.
 */
public final class SweepExecutor {
    private final SweepPlan plan;
    private final ScenarioFactory factory;
    private final int threads;

    public SweepExecutor(SweepPlan plan, ScenarioFactory factory, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be >= 1");
        }
        this.plan = plan;
        this.factory = factory;
        this.threads = threads;
    }

    /**
     * Runs points {@code [fromPoint, plan.to())}. Returns true when all are done, false when stopped.
     * A failure of a unit is rethrown after the sink got every unit before it.
     */
    public boolean run(long fromPoint, ResultSink sink, Progress progress, BooleanSupplier stop) {
        Units units = new Units(sink, progress, (fromPoint - plan.from()) * plan.replicates() * plan.strategies().size());
        try {
            return OrderedWork.run(threads, fromPoint * plan.replicates(), plan.to() * plan.replicates(),
                    units::make, units::accept, stop);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a run", e);
        }
    }

    /** Makes the units in order (one {@link PointWork} per point, shared by its replicates) and consumes their results. */
    private final class Units {
        private final ResultSink sink;
        private final Progress progress;
        private long runsDone;
        private PointWork current;

        Units(ResultSink sink, Progress progress, long runsDone) {
            this.sink = sink;
            this.progress = progress;
            this.runsDone = runsDone;
        }

        Supplier<UnitResult> make(long unit) {
            long point = unit / plan.replicates();
            if (current == null || current.point != point) {
                Object[] values = plan.values(point);
                current = new PointWork(point, values, plan.overrides(values), plan.pointSeed(point));
            }
            PointWork w = current;
            int replicate = (int) (unit % plan.replicates());
            return () -> new UnitResult(w, replicate, runUnit(w, replicate));
        }

        void accept(UnitResult u, long unit) {
            sink.replicate(u.work.point, u.work.values, u.replicate, u.values);
            if (u.replicate == plan.replicates() - 1) {
                sink.pointDone(u.work.point, u.work.values);
            }
            runsDone += plan.strategies().size();
            progress.stepTo(runsDone);
        }
    }

    private double[] runUnit(PointWork w, int replicate) {
        List<RunResult> results;
        if (plan.draws() == null) {
            Scenario s = w.scenario(factory, plan.strategies());
            results = Replicate.run(s, w.strategies(), replicate, RunDetail.METRICS);
        } else {
            // As core.run.Ensemble's per-replicate constructor runs replicate r: on its own scenario,
            // within this executor's ordered window rather than a pool per point.
            PointWork.Replicated r = w.scenario(factory, plan.strategies(), plan.draws(), replicate);
            results = Replicate.run(r.scenario(), r.strategies(), replicate, RunDetail.METRICS);
        }
        List<Metric> metrics = plan.metrics();
        int m = metrics.size();
        double[] out = new double[results.size() * m];
        for (int i = 0; i < results.size(); i++) {
            for (int j = 0; j < m; j++) {
                out[i * m + j] = metrics.get(j).of(results.get(i));
            }
        }
        return out;
    }

    /** One unit's metric values, with the point and replicate they belong to. */
    private record UnitResult(PointWork work, int replicate, double[] values) {
    }
}
