package org.adoptsim.cli.calibrate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.calibrate.posterior.FitParameter;
import org.adoptsim.cli.history.MigrationLog;
import org.adoptsim.cli.sweep.run.ScenarioFactory;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Replicate;

/**
 * The glue between the pure fit and the engine: θ becomes overrides of the scenario's paths (through
 * the sweep's {@link ScenarioFactory}, so a fitted value means what it means written in the file), one
 * replicate of one strategy runs with the given seed, and its migration log is summarised. Every
 * parameter not fitted is still drawn from its distribution inside the run. Thread-safe.
 */
public final class ScenarioModel implements AbcSmc.Model {
    private final ScenarioFactory factory;
    private final List<FitParameter> params;
    private final Priors.Given priors;
    private final String strategy;
    private final int cutoff;

    /**
     * @param priors   the priors θ is drawn from, and where each is given: a θ the scenario refuses is
     *                 reported against them ({@link PriorCheck#refused(List, Priors.Given, LocatedException)})
     * @param strategy the strategy the organisation followed, or null for the scenario's first
     * @param cutoff   the last week of the observed window
     */
    public ScenarioModel(ScenarioFactory factory, List<FitParameter> params, Priors.Given priors, String strategy,
            int cutoff) {
        this.factory = factory;
        this.params = List.copyOf(params);
        this.priors = priors;
        this.strategy = strategy;
        this.cutoff = cutoff;
    }

    @Override
    public double[] summaries(double[] theta, long seed) {
        MigrationLog log = log(theta, seed, cutoff + 1);
        return Summaries.of(log.start(), log.done(), cutoff);
    }

    /** The migration log of one run of {@code weeks} weeks at θ. */
    public MigrationLog log(double[] theta, long seed, int weeks) {
        Scenario s = scenario(theta);
        s = s.withRun(s.run().withSeed(seed).withWeeks(weeks));
        Strategy st = strategy == null ? s.strategies().get(0) : s.strategy(strategy).orElseThrow();
        RunResult r = Replicate.run(s, List.of(st), 0, RunDetail.TEAMS).get(0);
        return MigrationLog.of(r.teams(), null);
    }

    /**
     * The scenario with θ written at the fitted paths; a θ it refuses is one line naming the priors
     * involved, with where each is given.
     */
    public Scenario scenario(double[] theta) {
        Map<String, Object> overrides = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            overrides.put(params.get(i).path(), theta[i]);
        }
        try {
            return factory.at(overrides);
        } catch (LocatedException e) {
            throw PriorCheck.refused(params, priors, e);
        }
    }
}
