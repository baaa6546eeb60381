package org.adoptsim.cli.decide.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.adoptsim.cli.decide.select.Sampler;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Ensemble;

/**
 * Runs candidate strategies on common random numbers through the comparison's path: the core's
 * {@link Ensemble} (every candidate of a replicate on the same organisation and event draws) and the
 * metric catalogue's per-run values. A request for a replicate not yet run runs a batch of
 * replicates ahead for the systems asked about, so threads have work; a system's value at a replicate
 * depends only on the scenario, the seed, the candidate and the replicate, never on the batching or the
 * thread count. With {@code optimise --posterior}, replicate r runs every candidate on one parameter set
 * drawn for r from the posterior (the same set for every candidate: common random numbers), built once
 * per replicate and kept. Not thread-safe (the selection calls it from one thread).
 */
final class CandidateRuns implements Sampler {
    private final Scenario scenario;
    private final IntFunction<Scenario> scenarioOf;
    private final List<Strategy> candidates;
    private final Target target;
    private final int threads;
    private final int batch;
    private final double[][][] values; // [system][replicate][column], grown as needed
    private long runs;

    CandidateRuns(Scenario scenario, List<Strategy> candidates, Target target, int threads, int batch) {
        this(scenario, null, candidates, target, threads, batch);
    }

    /** @param scenarioOf replicate r's scenario (a posterior draw), or null for {@code scenario} throughout */
    CandidateRuns(Scenario scenario, IntFunction<Scenario> scenarioOf, List<Strategy> candidates, Target target,
            int threads, int batch) {
        this.scenario = scenario;
        this.scenarioOf = scenarioOf == null ? null : memo(scenarioOf);
        this.candidates = List.copyOf(candidates);
        this.target = target;
        this.threads = threads;
        this.batch = Math.max(1, batch);
        this.values = new double[candidates.size()][][];
        Arrays.setAll(values, i -> new double[0][]);
    }

    @Override
    public double[][] sample(int[] systems, int replicate) {
        List<Integer> missing = new ArrayList<>();
        for (int s : systems) {
            if (values[s].length <= replicate || values[s][replicate] == null) {
                missing.add(s);
            }
        }
        if (!missing.isEmpty()) {
            run(missing, replicate, replicate + batch);
        }
        double[][] out = new double[systems.length][];
        for (int i = 0; i < systems.length; i++) {
            out[i] = values[systems[i]][replicate];
        }
        return out;
    }

    /** Simulation runs done so far. */
    long runs() {
        return runs;
    }

    private void run(List<Integer> systems, int from, int to) {
        List<Strategy> s = systems.stream().map(candidates::get).toList();
        int weeks = scenario.run().weeks();
        try {
            Ensemble ensemble = scenarioOf == null ? new Ensemble(scenario, s, threads, target.runDetail())
                    : new Ensemble(scenarioOf, s, threads, target.runDetail());
            ensemble.run(from, to, results -> {
                for (int i = 0; i < results.size(); i++) {
                    RunResult r = results.get(i);
                    int sys = systems.get(i);
                    int rep = r.replicate();
                    if (values[sys].length <= rep) {
                        values[sys] = Arrays.copyOf(values[sys], Math.max(rep + 1, values[sys].length * 2));
                    }
                    double[] row = new double[target.metrics().size()];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = target.column(c, target.metrics().get(c).of(r), weeks);
                    }
                    values[sys][rep] = row;
                    runs++;
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Each replicate's scenario built once, whichever batches ask for it again. Thread-safe. */
    static IntFunction<Scenario> memo(IntFunction<Scenario> f) {
        Map<Integer, Scenario> built = new ConcurrentHashMap<>();
        return r -> built.computeIfAbsent(r, f::apply);
    }
}
