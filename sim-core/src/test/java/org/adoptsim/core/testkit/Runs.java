package org.adoptsim.core.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunMetrics;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.result.WeeklySeries;
import org.adoptsim.core.run.Ensemble;

/** Runs scenarios for tests and reduces replicates to means. */
public final class Runs {
    /** Threads for ensembles in tests: the CI machine has two cores. */
    public static final int THREADS = 2;

    private Runs() {
    }

    /** Every replicate of every strategy, indexed [strategy][replicate], weekly series recorded. */
    public static List<List<RunResult>> byStrategy(Scenario sc) {
        List<List<RunResult>> out = new ArrayList<>();
        for (int s = 0; s < sc.strategies().size(); s++) {
            out.add(new ArrayList<>());
        }
        try {
            new Ensemble(sc, sc.strategies(), THREADS, RunDetail.SERIES).run(0, sc.run().replicates(), rep -> {
                for (int s = 0; s < rep.size(); s++) {
                    out.get(s).add(rep.get(s));
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Every replicate of the scenario's first strategy. */
    public static List<RunResult> of(Scenario sc) {
        return byStrategy(sc).get(0);
    }

    /** Mean honest (done) share per week over the runs. */
    public static double[] meanDoneShare(List<RunResult> runs) {
        int weeks = runs.get(0).series().weeks();
        double[] mean = new double[weeks];
        for (RunResult r : runs) {
            WeeklySeries s = r.series();
            for (int w = 0; w < weeks; w++) {
                mean[w] += s.doneShare(w) / runs.size();
            }
        }
        return mean;
    }

    /** Mean of one per-run figure. */
    public static double mean(List<RunResult> runs, ToDoubleFunction<RunMetrics> figure) {
        return runs.stream().mapToDouble(r -> figure.applyAsDouble(r.metrics())).average().orElseThrow();
    }

    /** Share of runs for which the figure is true. */
    public static double share(List<RunResult> runs, java.util.function.Predicate<RunResult> which) {
        return (double) runs.stream().filter(which).count() / runs.size();
    }

    /** Mean of one weekly figure at one week. */
    public static double meanAt(List<RunResult> runs, int week, WeeklyFigure figure) {
        return runs.stream().mapToDouble(r -> figure.apply(r.series(), week)).average().orElseThrow();
    }

    /** A figure of one week of a weekly series. */
    @FunctionalInterface
    public interface WeeklyFigure {
        double apply(WeeklySeries series, int week);
    }

    /** One run of the scenario's first strategy with every team's state recorded every week. */
    public static Trace trace(Scenario sc, int replicate) {
        return trace(sc, sc.strategies().get(0), replicate);
    }

    public static Trace trace(Scenario sc, Strategy strategy, int replicate) {
        RandomStreams streams = new RandomStreams(sc.run().seed(), replicate);
        Org org = OrgFactory.draw(sc.organisation(), streams);
        Trace.Recorder rec = new Trace.Recorder(org.teams(), sc.run().weeks());
        RunResult result = new Simulation(org).run(sc.rules(), strategy, streams, sc.run().weeks(), RunDetail.SERIES, rec);
        return rec.finish(org, result);
    }

    /** Week of the first time a team reached the status, −1 if never. */
    public static int firstWeek(Trace t, int team, TeamStatus status) {
        for (int w = 0; w < t.weeks(); w++) {
            if (t.status(w, team) == status) {
                return w;
            }
        }
        return -1;
    }
}
