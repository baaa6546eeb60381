package org.adoptsim.core.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.InitialAdopters;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.TeamAttributes;
import org.adoptsim.core.config.WorkRules;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.result.WeekObserver;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kernel is the full engine's threshold rule on its own: in Watts' set-up (zero effort, attention
 * 1, roadmap off, trust and value gates off, no dashboard, champions weighing 1, no dependencies,
 * everybody aware from week 0) every team is done in the engine's week r − 1 exactly when the kernel
 * has it adopt in round r, and the seeds are the engine's initial adopters.
 */
class KernelEngineAgreementTest {
    private static final int WEEKS = 40;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 9);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void engineAndKernelAdoptTheSameTeamsInTheSameWeeks(long seed) {
        UniformRandomProvider rng = Graphs.rng(seed * 7919);
        int n = 800 + rng.nextInt(1200);
        NetworkSpec[] specs = {new NetworkSpec.ErdosRenyi(4 + 4 * rng.nextDouble()),
            new NetworkSpec.WattsStrogatz(6, 0.05 + 0.2 * rng.nextDouble()), new NetworkSpec.BarabasiAlbert(3)};
        double[] theta = Graphs.thresholds(n, 0.08, 0.3, rng);
        Scenario watts = watts(n, specs[(int) (seed % specs.length)], theta, 0.01 + 0.03 * rng.nextDouble());

        RandomStreams streams = new RandomStreams(seed, 0);
        Org org = OrgFactory.draw(watts.organisation(), streams);
        RunResult engine = new Simulation(org).run(watts.rules(), watts.strategies().get(0), streams, WEEKS,
                RunDetail.TEAMS, WeekObserver.NONE);
        int[] engineRounds = rounds(engine.teams());

        ThresholdCascade kernel = new ThresholdCascade(org.network());
        double[] drawn = new double[n];
        Arrays.setAll(drawn, org::threshold);
        kernel.thresholds(drawn);
        CascadeResult k = kernel.run(seedsOf(engineRounds), Update.ADAPTIVE, WEEKS);

        assertArrayEquals(engineRounds, kernel.rounds());
        assertEquals(Math.round(engine.metrics().finalDoneShare() * n), k.adopted());
        assertTrue(k.rounds() > 1, "a cascade, not just the seeds: " + k);
    }

    /** Engine outcome as kernel rounds: initial adopters 0, done in week w → w + 1, else never. */
    private static int[] rounds(TeamOutcomes t) {
        int[] r = new int[t.teams()];
        for (int i = 0; i < r.length; i++) {
            boolean done = t.status(i) == TeamStatus.DONE;
            r[i] = !done ? ThresholdCascade.NEVER : t.doneWeek(i) + 1;
        }
        return r;
    }

    private static int[] seedsOf(int[] rounds) {
        return java.util.stream.IntStream.range(0, rounds.length).filter(i -> rounds[i] == 0).toArray();
    }

    static Scenario watts(int n, NetworkSpec network, double[] theta, double seedShare) {
        TeamAttributes a = TeamAttributes.defaults()
                .withThreshold(Attribute.of(new Distribution.Values(theta), 0, TeamAttributes.NEVER))
                .withEffort(Attribute.of(Distribution.constant(0), 0, 1e7))
                .withHiddenDeps(Attribute.of(Distribution.constant(0), 0, 1000));
        Organisation org = Organisation.defaults().withTeams(n).withAttributes(a).withNetwork(network)
                .withDependencies(new DependencySpec.None());
        WorkRules plain = WorkRules.builder().championWeight(1).build();
        Rules rules = Rules.defaults().withWork(plain).withDecisions(Rules.defaults().decisions()
                .withAttention(1).withGates(false, false).withRoadmap(false).withVisibility(0));
        Strategy s = Strategy.nothing("watts").withAnnounceWeek(0).withInitialAdopters(new InitialAdopters(0, seedShare));
        return Scenario.defaults().withOrganisation(org).withRules(rules).withStrategies(List.of(s));
    }
}
