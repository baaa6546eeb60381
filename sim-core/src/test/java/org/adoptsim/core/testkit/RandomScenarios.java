package org.adoptsim.core.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.adoptsim.core.config.AdoptionRules;
import org.adoptsim.core.config.ArchetypeMix;
import org.adoptsim.core.config.Coalition;
import org.adoptsim.core.config.DecisionRule;
import org.adoptsim.core.config.DecisionRules;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.HoldoutEngagement;
import org.adoptsim.core.config.InitialAdopters;
import org.adoptsim.core.config.LedgerRules;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.NetworkSpec.Edge;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.PlatformSpec;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.RunSettings;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Sunset;
import org.adoptsim.core.config.TeamAttributes;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.config.Trigger;

/**
 * Valid scenarios drawn at random from a seed, for property-style tests: every organisation size,
 * network, dependency kind, decision rule and strategy lever appears across seeds. The same seed
 * always gives the same scenario.
 */
public final class RandomScenarios {
    private final SplittableRandom rng;

    private RandomScenarios(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    public static Scenario draw(long seed) {
        return new RandomScenarios(seed).scenario(seed);
    }

    private Scenario scenario(long seed) {
        int teams = 5 + rng.nextInt(116);
        Organisation org = new Organisation(teams, 1 + rng.nextInt(8), archetypes(), attributes(), network(teams),
                dependencies(teams));
        Rules rules = Rules.defaults().withDecisions(decisions()).withPlatform(platform());
        RunSettings run = new RunSettings(20 + rng.nextInt(101), 1, seed);
        Strategy strategy = strategy();
        rules = rules.withAdoption(adoption()).withLedger(ledger());
        SplittableRandom fr = new SplittableRandom(seed ^ 0x5EED0F0CL);
        if (fr.nextBoolean()) {
            rules = rules.withFunctions(functions(fr, teams));
            strategy = strategy.withFunctionLevers(levers(fr));
        }
        return new Scenario("random-" + seed, org, rules, run, List.of(strategy));
    }

    private AdoptionRules adoption() {
        return AdoptionRules.builder().supportHours(rng.nextDouble(8)).learningRate(rng.nextDouble(0.3))
                .minLearningQuality(rng.nextDouble(0.3)).coalitionStart(rng.nextDouble()).runbooksBonus(rng.nextDouble(0.5))
                .adoptedAt(rng.nextDouble()).initiativeSupportShare(rng.nextDouble(0.2)).build();
    }

    private LedgerRules ledger() {
        return LedgerRules.builder().incidentHours(rng.nextDouble(20)).plannedIncidentHours(rng.nextDouble(5))
                .shutdownIncidentHours(rng.nextDouble(50)).hoursPerFte(20 + rng.nextDouble(30)).build();
    }

    private ArchetypeMix archetypes() {
        return new ArchetypeMix(rng.nextDouble(), rng.nextDouble(), rng.nextDouble(), rng.nextDouble(),
                rng.nextBoolean() ? ArchetypeMix.Assignment.QUOTA : ArchetypeMix.Assignment.MULTINOMIAL, List.of());
    }

    private TeamAttributes attributes() {
        TeamAttributes a = TeamAttributes.defaults();
        switch (rng.nextInt(4)) {
            case 0 -> a = a.withEffort(a.effort().withAll(Distribution.constant(0)));
            case 1 -> a = a.withEffort(a.effort().withAll(new Distribution.LogNormal(20 + rng.nextDouble(600), 0.6)));
            default -> { }
        }
        if (rng.nextBoolean()) {
            a = a.withThreshold(a.threshold().withAll(new Distribution.Uniform(0, rng.nextDouble(0.01, 1))));
        }
        return a;
    }

    private NetworkSpec network(int n) {
        return switch (rng.nextInt(7)) {
            case 0 -> new NetworkSpec.None();
            case 1 -> new NetworkSpec.Complete();
            case 2 -> new NetworkSpec.ErdosRenyi(rng.nextDouble(8));
            case 3 -> new NetworkSpec.WattsStrogatz(2 * rng.nextInt(4), rng.nextDouble());
            case 4 -> new NetworkSpec.BarabasiAlbert(1 + rng.nextInt(3));
            case 5 -> new NetworkSpec.Departments(rng.nextDouble(), rng.nextDouble(3));
            default -> new NetworkSpec.EdgeList(randomEdges(n, rng.nextInt(3 * n), false));
        };
    }

    private DependencySpec dependencies(int n) {
        return switch (rng.nextInt(3)) {
            case 0 -> new DependencySpec.None();
            case 1 -> new DependencySpec.Random(rng.nextDouble(1.5));
            default -> new DependencySpec.EdgeList(randomEdges(n, rng.nextInt(n), true));
        };
    }

    /** Random ties; for dependencies only from a higher to a lower index, so they are acyclic. */
    private List<Edge> randomEdges(int n, int count, boolean acyclic) {
        List<Edge> edges = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            int a = rng.nextInt(n);
            int b = rng.nextInt(n);
            if (acyclic && a <= b) {
                continue;
            }
            edges.add(new Edge(a, b));
        }
        return edges;
    }

    private DecisionRules decisions() {
        DecisionRules d = DecisionRules.defaults();
        if (rng.nextInt(3) == 0) {
            d = d.withRule(DecisionRule.BASS, rng.nextDouble(0.05), rng.nextDouble(0.5));
        }
        return d.toBuilder().attention(rng.nextDouble(0.2, 1)).stableWeeks(rng.nextInt(12)).proofGate(rng.nextBoolean())
                .valueGate(rng.nextBoolean()).visibility(rng.nextDouble()).roadmap(rng.nextBoolean())
                .quarterWeeks(1 + rng.nextInt(13)).build();
    }

    private PlatformSpec platform() {
        return Records.with(PlatformSpec.defaults(), "capacity", rng.nextDouble(250), "blockerRate", rng.nextDouble(0.3),
                "maturity", rng.nextDouble());
    }

    private Strategy strategy() {
        List<Tool> tools = new ArrayList<>(List.of(Tool.values()));
        Collections.shuffle(tools, new java.util.Random(rng.nextLong()));
        tools = tools.subList(0, rng.nextInt(5));
        return Strategy.nothing("random")
                .withInitialAdopters(rng.nextBoolean() ? InitialAdopters.NONE : new InitialAdopters(rng.nextInt(4), rng.nextDouble(0.2)))
                .withCoalition(new Coalition(rng.nextInt(7), rng.nextInt(6)))
                .withAnnounceWeek(rng.nextInt(12) - 1)
                .withTooling(tools)
                .withDashboard(rng.nextBoolean())
                .withShowCostOfStaying(rng.nextBoolean())
                .withChampions(rng.nextBoolean())
                .withOfficeHours(rng.nextBoolean() ? 0 : 8)
                .withExecutiveUnblocksPerQuarter(rng.nextInt(4))
                .withEngageHoldouts(rng.nextBoolean() ? HoldoutEngagement.NONE : HoldoutEngagement.defaults())
                .withMandate(rng.nextBoolean() ? Mandate.NONE
                        : new Mandate(trigger(), 1 + rng.nextInt(40), rng.nextDouble(2), rng.nextBoolean()))
                .withSunset(rng.nextBoolean() ? Sunset.NONE : new Sunset(trigger(), 1 + rng.nextInt(40)));
    }

    /** One to four functions nobody commands, drawn from their own generator so the other draws stay put. */
    private static org.adoptsim.core.config.Functions functions(SplittableRandom r, int teams) {
        List<org.adoptsim.core.config.CrossFunction> out = new ArrayList<>();
        int n = 1 + r.nextInt(4);
        for (int f = 0; f < n; f++) {
            org.adoptsim.core.config.FunctionNeed need = switch (r.nextInt(3)) {
                case 0 -> org.adoptsim.core.config.FunctionNeed.ALL;
                case 1 -> new org.adoptsim.core.config.FunctionNeed.Share(r.nextDouble());
                default -> new org.adoptsim.core.config.FunctionNeed.Teams(List.of(r.nextInt(teams), r.nextInt(teams)).stream()
                        .distinct().toList());
            };
            out.add(org.adoptsim.core.config.CrossFunction.builder("f" + f)
                    .stage(r.nextBoolean() ? org.adoptsim.core.config.SignOffStage.START : org.adoptsim.core.config.SignOffStage.SWITCH)
                    .cadenceWeeks(1 + r.nextInt(13)).capacity(0.2 + r.nextDouble(6)).reviewWeeks(0.2 + r.nextDouble(3))
                    .alignment(r.nextDouble()).reworkHours(r.nextDouble(60)).need(need).build());
        }
        return new org.adoptsim.core.config.Functions(out);
    }

    private static org.adoptsim.core.config.FunctionLevers levers(SplittableRandom r) {
        var none = org.adoptsim.core.config.TimedLever.NONE;
        return org.adoptsim.core.config.FunctionLevers.NONE
                .withConstraintMapping(r.nextBoolean() ? none : org.adoptsim.core.config.TimedLever.at(r.nextInt(30), 40))
                .withDecisionFeeds(r.nextBoolean() ? none : org.adoptsim.core.config.TimedLever.at(r.nextInt(30), 0))
                .withMutualBenefit(r.nextBoolean() ? java.util.Map.of()
                        : java.util.Map.of("f0", org.adoptsim.core.config.Contract.at(r.nextInt(30), 100)))
                .withLiaisons(r.nextBoolean() ? org.adoptsim.core.config.Liaisons.NONE
                        : org.adoptsim.core.config.Liaisons.at(r.nextInt(30), 4))
                .withPilotFirst(r.nextBoolean() ? none : org.adoptsim.core.config.TimedLever.at(0, 8));
    }

    private Trigger trigger() {
        return rng.nextBoolean() ? Trigger.atWeek(rng.nextInt(60)) : Trigger.atShare(rng.nextDouble());
    }
}
