package org.adoptsim.bench;

import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.result.WeekObserver;

/**
 * Issue 19's cascade, shared by {@link CascadeBenchmark} and {@link CascadeReference} so that the Java
 * engine and the C reference (benchmarks/reference/cascade.c) run on the same arrays: 100,000 teams on an
 * Erdős–Rényi network of mean degree 10, thresholds θ ~ U(0.1, 0.3), 1 % seed teams, Watts' rule in the
 * full engine ({@link Setups#watts}), replicate 0 of seed {@value #SEED}.
 *
 * <p>{@link #weeks()} is the number of synchronous rounds the cascade needs to settle, plus the round
 * that finds nothing more to change: the C sweep runs exactly as many rounds, so both do the same work.
 */
final class CascadeCase {
    static final int TEAMS = 100_000;
    static final double MEAN_DEGREE = 10;
    static final double SEED_SHARE = 0.01;
    static final long SEED = 19;
    /** Longer than any cascade on this graph takes; only used to find how many weeks it does take. */
    private static final int PROBE_WEEKS = 200;

    final Scenario scenario;
    final Strategy strategy;
    final RandomStreams streams;
    final Org org;
    private final int weeks;
    private final int done;
    private final int[] seeds;

    CascadeCase() {
        Scenario probe = scenario(PROBE_WEEKS);
        streams = new RandomStreams(SEED, 0);
        org = OrgFactory.draw(probe.organisation(), streams);
        strategy = probe.strategies().get(0);
        TeamOutcomes out = new Simulation(org).run(probe.rules(), strategy, streams, PROBE_WEEKS, RunDetail.TEAMS,
                WeekObserver.NONE).teams();
        int last = -1;
        int count = 0;
        int seedCount = 0;
        for (int i = 0; i < TEAMS; i++) {
            if (out.status(i) == TeamStatus.DONE) {
                count++;
                last = Math.max(last, out.doneWeek(i));
                seedCount += out.doneWeek(i) < 0 ? 1 : 0;
            }
        }
        seeds = new int[seedCount];
        for (int i = 0, k = 0; i < TEAMS; i++) {
            if (out.status(i) == TeamStatus.DONE && out.doneWeek(i) < 0) {
                seeds[k++] = i;
            }
        }
        if (last >= PROBE_WEEKS - 2) {
            throw new IllegalStateException("the cascade had not settled after " + PROBE_WEEKS + " weeks");
        }
        done = count;
        weeks = last + 2;
        scenario = scenario(weeks);
    }

    static Scenario scenario(int weeks) {
        return Setups.watts(TEAMS, new NetworkSpec.ErdosRenyi(MEAN_DEGREE), new Distribution.Uniform(0.1, 0.3),
                SEED_SHARE, weeks);
    }

    /** Weeks the engine runs: the rounds of the cascade plus the one that changes nothing. */
    int weeks() {
        return weeks;
    }

    /** Teams done at the end, seeds included. */
    int done() {
        return done;
    }

    /** The seed teams (done before week 0), in increasing order. */
    int[] seeds() {
        return seeds.clone();
    }

    /** One run as {@code adoptsim run} makes it once the organisation is drawn. */
    RunResult run(Simulation sim) {
        return sim.run(scenario.rules(), strategy, streams, weeks, RunDetail.TEAMS, WeekObserver.NONE);
    }
}
