package org.adoptsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.ArchetypeMix;
import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.HoldoutEngagement;
import org.adoptsim.core.config.InitialAdopters;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.NetworkSpec.Edge;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.TeamAttributes;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.testkit.Records;
import org.adoptsim.core.testkit.Runs;
import org.adoptsim.core.testkit.Same;
import org.adoptsim.core.testkit.ScenarioBuilder;
import org.adoptsim.core.testkit.Trace;
import org.adoptsim.core.testkit.Measured;
import org.junit.jupiter.api.Test;

/**
 * Steps 1–3 of docs/model.md's week: social proof (dashboard, champions, complete network), the decision
 * gates (attention, trust, value, cost of staying), holdouts, the roadmap, the executive sponsor and
 * initial adopters — each shown to do what the model says, exactly where the set-up is deterministic
 * and by means over replicates where it is not.
 */
class DecisionMechanismsTest {

    private static Distribution zero() {
        return Distribution.constant(0);
    }

    @Test
    void attentionIsTheWeeklyChanceOfActing() {
        Scenario sc = ScenarioBuilder.lab(4000).threshold(zero()).attention(0.7).weeks(3).build();
        RunResult r = Runs.trace(sc, 0).result();
        assertEquals(0.7, r.series().doneShare(0), 0.025);
        assertEquals(1 - 0.3 * 0.3, r.series().doneShare(1), 0.02);
        assertEquals(1 - 0.3 * 0.3 * 0.3, r.series().doneShare(2), 0.015);
    }

    @Test
    void trustGateWaitsForStableAdopters() {
        Scenario sc = ScenarioBuilder.lab(3).threshold(zero()).gates(true, false)
                .attributes(a -> a.withProofNeeded(a.proofNeeded().withAll(new Distribution.Values(new double[] {0, 1, 2}))))
                .weeks(20).build();
        Trace t = Runs.trace(sc, 0);
        TeamOutcomes o = t.result().teams();
        assertEquals(0, o.doneWeek(0));
        assertEquals(8, o.doneWeek(1), "one adopter done for 8 weeks (stableWeeks) is enough at week 8");
        assertEquals(16, o.doneWeek(2), "the second stable adopter appears 8 weeks after team 1 finished");
        assertEquals(Reason.PROOF, t.reason(7, 1));
        assertEquals(Reason.PROOF, t.reason(15, 2));
    }

    /** Team 0 pays back only with its cost of staying counted; team 1 never; team 2 always. */
    private static ScenarioBuilder paybackTeams() {
        return ScenarioBuilder.lab(3).threshold(zero()).gates(false, true)
                .effort(Distribution.constant(100)).capacity(Distribution.constant(100))
                .attributes(a -> a.withGain(a.gain().withAll(new Distribution.Values(new double[] {1, 0.5, 5})))
                        .withStayCost(a.stayCost().withAll(new Distribution.Values(new double[] {1, 0.5, 1})))
                        .withHorizon(a.horizon().withAll(Distribution.constant(60))))
                .weeks(10);
    }

    @Test
    void valueGateComparesPaybackWithHorizon() {
        Trace t = Runs.trace(paybackTeams().build(), 0);
        assertEquals(Reason.COST, t.reason(9, 0), "payback 100/1 = 100 weeks > 60");
        assertEquals(Reason.COST, t.reason(9, 1));
        assertEquals(0, t.result().teams().doneWeek(2), "payback 100/5 = 20 weeks ≤ 60");
    }

    @Test
    void showingTheCostOfStayingMovesTeamsBlockedByCost() {
        Trace t = Runs.trace(paybackTeams().strategy(s -> s.withShowCostOfStaying(true)).build(), 0);
        assertEquals(0, t.result().teams().doneWeek(0), "payback 100/(1 + 1) = 50 weeks ≤ 60");
        assertEquals(Reason.COST, t.reason(9, 1), "payback 100/(0.5 + 0.5) = 100 weeks: still too long");
        assertEquals(0, t.result().teams().doneWeek(2));
    }

    /**
     * The default organisation with social proof and trust out of the way (θ = 0, no trust gate, no
     * dependencies): only the value gate holds teams back, so the teams it holds are exactly those
     * whose payback effort/gain exceeds their horizon, and showing the cost of staying shortens it.
     */
    @Test
    void showingTheCostOfStayingOnTheDefaultOrganisation() {
        Scenario sc = ScenarioBuilder.model().threshold(zero()).gates(false, true)
                .dependencies(new DependencySpec.None())
                .replicates(40).seed(5)
                .buildComparing(s -> s, s -> s.withShowCostOfStaying(true));
        List<List<RunResult>> runs = Runs.byStrategy(sc);
        double costHidden = Runs.meanAt(runs.get(0), 103, (s, w) -> s.count(Reason.COST, w));
        double costShown = Runs.meanAt(runs.get(1), 103, (s, w) -> s.count(Reason.COST, w));
        double doneHidden = Runs.mean(runs.get(0), m -> m.finalDoneShare());
        double doneShown = Runs.mean(runs.get(1), m -> m.finalDoneShare());
        Measured.report("showCostOfStaying: teams held by cost %.2f -> %.2f, done %.3f -> %.3f",
                costHidden, costShown, doneHidden, doneShown);
        assertTrue(costHidden > 5, "the value gate matters here");
        assertTrue(costShown < costHidden - 2, "fewer teams held by cost");
        assertTrue(doneShown > doneHidden + 2 / 42.0, "more teams done");
        for (int r = 0; r < 40; r++) {
            assertTrue(runs.get(1).get(r).series().count(Reason.COST, 103) <= runs.get(0).get(r).series().count(Reason.COST, 103),
                    "replicate " + r + ": a visible cost can only shorten paybacks");
        }
    }

    /**
     * Department 0 is all believers; the other five departments' thresholds (0.03–0.08) sit above
     * their local proof (no ties across departments: 0) and below the dashboard's global proof once
     * the believers are done (v·G = 0.5 · 7/42 ≈ 0.083). No dependencies, so that nobody waits for
     * an upstream team that never moves.
     */
    @Test
    void dashboardRaisesAdoptionWhenThresholdsSitBetweenLocalAndGlobalProof() {
        List<Archetype> archetypes = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            archetypes.add(i % 6 == 0 ? Archetype.BELIEVER : Archetype.PRAGMATIST);
        }
        Attribute threshold = new Attribute(new Distribution.Uniform(0.03, 0.08),
                Map.of(Archetype.BELIEVER, zero()), 0, TeamAttributes.NEVER);
        Scenario sc = ScenarioBuilder.model()
                .archetypes(ArchetypeMix.defaults().withExplicit(archetypes))
                .attribute("threshold", threshold)
                .network(new NetworkSpec.Departments(0.75, 0))
                .dependencies(new DependencySpec.None())
                .gates(false, false)
                .replicates(20).seed(8)
                .buildComparing(s -> s, s -> s.withDashboard(true));
        List<List<RunResult>> runs = Runs.byStrategy(sc);
        double without = Runs.mean(runs.get(0), m -> m.finalDoneShare());
        double with = Runs.mean(runs.get(1), m -> m.finalDoneShare());
        Measured.report("dashboard: final done share %.3f without, %.3f with", without, with);
        assertTrue(without <= 7 / 42.0 + 1e-9, "without the dashboard only the believers' department moves");
        assertTrue(without >= 0.15, "and it does move");
        assertTrue(with >= 0.9, "with it the other departments follow");
    }

    @Test
    void championsWeighMoreInTheirNeighboursLocalProof() {
        List<Edge> star = List.of(new Edge(0, 1), new Edge(0, 2), new Edge(0, 3), new Edge(0, 4));
        ScenarioBuilder b = ScenarioBuilder.lab(5).network(new NetworkSpec.EdgeList(star))
                .thresholds(0.4, 0, 2, 2, 2).weeks(6);
        Trace plain = Runs.trace(b.build(), 0);
        Trace champion = Runs.trace(b.work(w -> Records.with(w, "pChampionOther", 1.0)).build(), 0);

        assertEquals(-1, Runs.firstWeek(plain, 0, TeamStatus.DONE), "1 of 4 neighbours: L = 0.25 < 0.4");
        assertEquals(1, champion.result().series().champions(0));
        assertEquals(1, Runs.firstWeek(champion, 0, TeamStatus.DONE), "a champion: L = 3/(3+1+1+1) = 0.5 ≥ 0.4");
    }

    @Test
    void championsProgrammeMakesMoreChampions() {
        Scenario sc = ScenarioBuilder.model().replicates(40).seed(9)
                .strategy(s -> s.withDashboard(true).withShowCostOfStaying(true))
                .buildComparing(s -> s, s -> s.withChampions(true));
        List<List<RunResult>> runs = Runs.byStrategy(sc);
        double without = Runs.mean(runs.get(0), m -> m.championRatio() / Math.max(m.finalDoneShare(), 1e-9));
        double with = Runs.mean(runs.get(1), m -> m.championRatio() / Math.max(m.finalDoneShare(), 1e-9));
        Measured.report("champions per done team: %.3f without the programme, %.3f with", without, with);
        assertEquals(0.2, without, 0.06);
        assertEquals(0.5, with, 0.08);
    }

    /** A complete network's O(1) local proof equals the explicit clique's, champions included. */
    @Test
    void completeNetworkProofEqualsAnExplicitClique() {
        int n = 30;
        List<Edge> clique = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                clique.add(new Edge(i, j));
            }
        }
        ScenarioBuilder b = ScenarioBuilder.lab(n).threshold(new Distribution.Uniform(0, 0.5))
                .attention(0.6).dashboard(0.3)
                .work(w -> Records.with(w, "pChampionOther", 0.5))
                .strategy(s -> s.withInitialAdopters(new InitialAdopters(2, 0)))
                .weeks(40);
        for (int r = 0; r < 5; r++) {
            RunResult complete = Runs.trace(b.network(new NetworkSpec.Complete()).build(), r).result();
            RunResult explicit = Runs.trace(b.network(new NetworkSpec.EdgeList(clique)).build(), r).result();
            Same.assertSameResult(complete, explicit);
        }
    }

    @Test
    void holdoutsAreNotMovedBySocialProofButCanBeConverted() {
        Attribute threshold = new Attribute(zero(), Map.of(Archetype.HOLDOUT, Distribution.constant(TeamAttributes.NEVER)),
                0, TeamAttributes.NEVER);
        ScenarioBuilder b = ScenarioBuilder.lab(42).attribute("threshold", threshold).weeks(30);
        RunResult ignored = Runs.trace(b.build(), 0).result();
        RunResult engaged = Runs.trace(b.strategy(s -> s.withEngageHoldouts(new HoldoutEngagement(8, 1.0, 13))).build(), 0)
                .result();

        assertEquals(35, ignored.series().done(29));
        assertEquals(7, ignored.series().count(Reason.HOLDOUT, 29), "held for ideological reasons, not evidence");
        assertEquals(7, engaged.metrics().conversions());
        assertEquals(42, engaged.series().done(1), "converted at week 0, they act as pragmatists from week 1");
        assertEquals(20 + 7 * 8, engaged.series().platformHours(0), 1e-9, "upkeep plus one conversation each");
    }

    @Test
    void roadmapMakesWillingTeamsWaitForTheQuarterBoundary() {
        ScenarioBuilder b = ScenarioBuilder.lab(20).threshold(zero()).strategy(s -> s.withAnnounceWeek(1)).weeks(20);
        Trace off = Runs.trace(b.build(), 0);
        Trace on = Runs.trace(b.roadmap(true).build(), 0);
        Trace shortQuarters = Runs.trace(b.decisions(d -> Records.with(d, "quarterWeeks", 5)).build(), 0);

        assertEquals(20, off.count(1, TeamStatus.DONE), "no roadmap: willing teams start at once");
        assertEquals(0, on.count(12, TeamStatus.DONE));
        assertEquals(20, on.count(12, TeamStatus.WILLING));
        assertEquals(20, on.result().series().count(Reason.ROADMAP, 12));
        assertEquals(20, on.count(13, TeamStatus.DONE), "they start at the boundary, week 13");
        assertEquals(20, shortQuarters.count(5, TeamStatus.DONE));
        assertEquals(0, shortQuarters.count(4, TeamStatus.DONE));
    }

    @Test
    void theExecutiveSponsorUnblocksItsBudgetPerQuarter() {
        Trace t = Runs.trace(ScenarioBuilder.lab(20).threshold(zero()).roadmap(true)
                .strategy(s -> s.withAnnounceWeek(1).withExecutiveUnblocksPerQuarter(3)).weeks(14).build(), 0);
        assertEquals(3, t.count(1, TeamStatus.DONE), "three start at once");
        for (int i = 0; i < 3; i++) {
            assertEquals(TeamStatus.DONE, t.status(1, i), "lowest team index first");
        }
        assertEquals(3, t.count(12, TeamStatus.DONE), "the budget is spent for the quarter");
        assertEquals(20, t.count(13, TeamStatus.DONE));
    }

    @Test
    void initialAdoptersAreDoneAtWeekZero() {
        ScenarioBuilder b = ScenarioBuilder.model().strategy(s -> s.withAnnounceWeek(-1)).weeks(3);
        Trace count = Runs.trace(b.strategy(s -> s.withInitialAdopters(new InitialAdopters(5, 0))).build(), 2);
        Trace share = Runs.trace(b.strategy(s -> s.withInitialAdopters(new InitialAdopters(0, 0.1))).build(), 2);

        assertEquals(5, count.count(0, TeamStatus.DONE));
        assertEquals(4, share.count(0, TeamStatus.DONE), "10 % of 42, rounded");
        TeamOutcomes o = count.result().teams();
        int seen = 0;
        for (int i = 0; i < o.teams(); i++) {
            if (count.status(0, i) == TeamStatus.DONE) {
                seen++;
                assertEquals(-1, o.startWeek(i), "never started in the run");
                assertEquals(-1, o.doneWeek(i), "done before week 0");
            }
        }
        assertEquals(5, seen);
    }
}
