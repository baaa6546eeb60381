package org.adoptsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunMetrics;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.result.WeekObserver;
import org.adoptsim.core.result.WeekView;
import org.adoptsim.core.result.WeeklySeries;
import org.adoptsim.core.testkit.RandomScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants that hold for every configuration, checked on 150 seeded random scenarios
 * ({@link RandomScenarios}), two replicates each: per week, status and reason counts each sum to N;
 * every team not done has exactly one reason, consistent with its status, and done teams have none;
 * honest adoption never falls and no team leaves done; started ≥ done; shares, resentment and
 * maturity stay in [0, 1]; cumulative hours never fall; the per-run metrics agree with the series
 * (milestones, final shares, dual team-weeks as the sum of weekly dual counts, mean resentment); each
 * week's reason counts are the numbers of teams with each reason.
 */
class InvariantsTest {

    static LongStream seeds() {
        return LongStream.range(1, 151);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void invariantsHold(long seed) {
        Scenario sc = RandomScenarios.draw(seed);
        for (int replicate = 0; replicate < 2; replicate++) {
            RandomStreams streams = new RandomStreams(sc.run().seed(), replicate);
            Org org = OrgFactory.draw(sc.organisation(), streams);
            Checker checker = new Checker(org.teams());
            RunResult r = new Simulation(org).run(sc.rules(), sc.strategies().get(0), streams, sc.run().weeks(),
                    RunDetail.SERIES, checker);
            assertEquals(sc.run().weeks(), checker.weeksSeen, sc.name());
            checkSeries(r.series(), org.teams());
            checkMetrics(r, checker);
        }
    }

    /** The random scenarios are not vacuous: across them every status and every reason occurs. */
    @Test
    void randomScenariosReachEveryStatusAndReason() {
        Set<TeamStatus> statuses = EnumSet.noneOf(TeamStatus.class);
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        int mandates = 0;
        int shutdowns = 0;
        for (long seed : seeds().toArray()) {
            Scenario sc = RandomScenarios.draw(seed);
            RandomStreams streams = new RandomStreams(sc.run().seed(), 0);
            Org org = OrgFactory.draw(sc.organisation(), streams);
            RunResult r = new Simulation(org).run(sc.rules(), sc.strategies().get(0), streams, sc.run().weeks(),
                    RunDetail.TEAMS, v -> {
                        for (int i = 0; i < v.teams(); i++) {
                            statuses.add(v.status(i));
                            reasons.add(v.reason(i));
                        }
                    });
            mandates += r.metrics().mandateWeek() >= 0 ? 1 : 0;
            shutdowns += r.metrics().shutdownWeek() >= 0 ? 1 : 0;
        }
        assertEquals(EnumSet.allOf(TeamStatus.class), statuses);
        assertEquals(EnumSet.allOf(Reason.class), reasons);
        assertTrue(mandates > 20 && shutdowns > 20, mandates + " mandates, " + shutdowns + " shutdowns");
    }

    /** Checks each week as the engine shows it, team by team. */
    private static final class Checker implements WeekObserver {
        private static final Set<Reason> IDLE_REASONS = EnumSet.of(Reason.UNAWARE, Reason.PEERS, Reason.PROOF,
                Reason.COST, Reason.ROADMAP, Reason.HOLDOUT);
        final boolean[] done;
        final TeamStatus[] last;
        int weeksSeen;

        Checker(int teams) {
            done = new boolean[teams];
            last = new TeamStatus[teams];
        }

        double lastMeanResentment = Double.NaN;

        @Override
        public void onWeek(WeekView v) {
            assertEquals(weeksSeen, v.week());
            weeksSeen++;
            int statusSum = 0;
            for (TeamStatus s : TeamStatus.values()) {
                statusSum += v.count(s);
            }
            int reasonSum = 0;
            for (Reason r : Reason.values()) {
                reasonSum += v.count(r);
            }
            assertEquals(v.teams(), statusSum, "status counts sum to N");
            assertEquals(v.teams(), reasonSum, "reason counts sum to N");
            assertEquals(v.done(), v.count(Reason.NONE), "done teams, and only they, have no reason");
            int[] tally = new int[Reason.values().length];
            for (int i = 0; i < v.teams(); i++) {
                checkTeam(v, i);
                tally[v.reason(i).ordinal()]++;
            }
            for (Reason r : Reason.values()) {
                assertEquals(tally[r.ordinal()], v.count(r), "week " + v.week() + ": the count of " + r
                        + " is the number of teams with it");
            }
            lastMeanResentment = v.meanResentment();
            assertTrue(v.meanResentment() >= 0 && v.meanResentment() <= 1);
            assertTrue(v.maturity() >= 0 && v.maturity() <= 1);
            assertTrue(v.champions() <= v.done(), "champions are done teams");
        }

        private void checkTeam(WeekView v, int i) {
            TeamStatus s = v.status(i);
            Reason r = v.reason(i);
            if (done[i]) {
                assertEquals(TeamStatus.DONE, s, "team " + i + " left done in week " + v.week());
            }
            done[i] = s == TeamStatus.DONE;
            last[i] = s;
            boolean consistent = switch (s) {
                case DONE -> r == Reason.NONE;
                case DUAL -> r == Reason.DUAL;
                case BLOCKED -> r == Reason.BLOCKED_PLATFORM;
                case WILLING -> r == Reason.ROADMAP || r == Reason.SIGN_OFF;
                case MIGRATING -> r == Reason.MIGRATING || r == Reason.BLOCKED_DEPENDENCY || r == Reason.SIGN_OFF;
                case IDLE -> IDLE_REASONS.contains(r);
            };
            assertTrue(consistent, "team " + i + " week " + v.week() + ": " + s + " with reason " + r);
        }
    }

    private static void checkSeries(WeeklySeries s, int n) {
        for (int w = 0; w < s.weeks(); w++) {
            assertTrue(s.doneShare(w) >= 0 && s.doneShare(w) <= 1);
            assertTrue(s.startedShare(w) >= s.doneShare(w), "started ≥ done");
            assertTrue(s.startedShare(w) <= 1);
            if (w > 0) {
                assertTrue(s.done(w) >= s.done(w - 1), "done never decreases (week " + w + ")");
                assertTrue(s.migrationHours(w) >= s.migrationHours(w - 1));
                assertTrue(s.platformHours(w) >= s.platformHours(w - 1));
                assertTrue(s.dualToilHours(w) >= s.dualToilHours(w - 1));
                assertTrue(s.dualTeamWeeks(w) >= s.dualTeamWeeks(w - 1));
                assertTrue(s.champions(w) >= s.champions(w - 1));
            }
            assertTrue(s.incidents(w) >= 0);
            assertEquals(n, s.teams());
        }
    }

    private static void checkMetrics(RunResult r, Checker c) {
        RunMetrics m = r.metrics();
        WeeklySeries s = r.series();
        int last = s.weeks() - 1;
        int n = s.teams();
        assertEquals(s.doneShare(last), m.finalDoneShare(), 1e-12);
        assertEquals(m.meanResentment(), c.lastMeanResentment, 0.0, "the last week's mean resentment, summed alike");
        assertEquals(s.startedShare(last), m.finalStartedShare(), 1e-12);
        assertEquals(1.0, m.finalStartedShare() + m.neverStartedShare(), 1e-12);
        assertEquals(s.count(TeamStatus.DUAL, last) / (double) n, m.finalDualShare(), 1e-12);
        assertEquals(s.dualTeamWeeks(last), m.dualTeamWeeks());
        long dualWeeks = 0;
        for (int w = 0; w <= last; w++) {
            dualWeeks += s.count(TeamStatus.DUAL, w);
            assertTrue(s.count(TeamStatus.DUAL, w) <= m.halfMigrations(), "dual teams were half-migrated at a deadline");
        }
        assertEquals(dualWeeks, m.dualTeamWeeks(), "a team dual at the end of a week is one dual team-week");
        assertEquals(firstWeekReaching(s, 0.5), m.weeksTo50());
        assertEquals(firstWeekReaching(s, 0.9), m.weeksTo90());
        assertEquals(firstWeekReaching(s, 1.0), m.weeksTo100());
        for (int i = 0; i < n; i++) {
            assertEquals(c.last[i], r.teams().status(i), "outcome of team " + i);
            if (c.last[i] == TeamStatus.DONE && r.teams().startWeek(i) >= 0) {
                assertTrue(r.teams().doneWeek(i) >= r.teams().startWeek(i));
            }
        }
        if (m.shutdownWeek() >= 0) {
            assertEquals(n, s.done(m.shutdownWeek()), "everyone done from the shutdown on");
        }
        assertTrue(m.meanResentment() >= 0 && m.meanResentment() <= 1, "mean resentment");
    }

    private static int firstWeekReaching(WeeklySeries s, double share) {
        for (int w = 0; w < s.weeks(); w++) {
            if (s.done(w) >= share * s.teams() - 1e-9) {
                return w + 1;
            }
        }
        return RunMetrics.NOT_REACHED;
    }
}
