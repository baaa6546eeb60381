package org.adoptsim.cli.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.scenario.ScenarioLoader;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.result.FunctionsOutcome;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.run.Replicate;
import org.junit.jupiter.api.Test;

/** The per-team forecast counts what the runs say, in calendar weeks. */
class TeamForecastTest {
    private static final List<Strategy> TWO = List.of(Presets.byName(Presets.ANNOUNCE_AND_HOPE).orElseThrow(),
            Presets.byName(Presets.PURE_MANDATE).orElseThrow());

    private static List<List<RunResult>> runs(int n) {
        Scenario sc = Scenario.defaults().withStrategies(TWO);
        List<List<RunResult>> out = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            out.add(Replicate.run(sc, TWO, r, RunDetail.TEAMS));
        }
        return out;
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            names.add("t" + i);
        }
        return names;
    }

    @Test
    void probabilitiesMediansAndReasonsAreCountedFromTheOutcomes() {
        List<List<RunResult>> runs = runs(20);
        TeamForecast f = new TeamForecast(List.of("a", "b"), names(), 0, 104);
        runs.forEach(f::accept);
        int team = 5;
        int done104 = 0;
        int notDoneHoldout = 0;
        List<Integer> weeks = new ArrayList<>();
        for (List<RunResult> rep : runs) {
            var t = rep.get(0).teams();
            if (t.status(team) == TeamStatus.DONE) {
                done104++;
                weeks.add(t.doneWeek(team));
            } else if (t.reason(team) == f.topReason(0, team)) {
                notDoneHoldout++;
            }
        }
        assertEquals(done104 / 20.0, f.pDone(0, team, 1), 1e-12);
        if (f.topReason(0, team) != Reason.NONE) {
            assertEquals(notDoneHoldout / 20.0, f.topReasonShare(0, team), 1e-12);
        }
        if (weeks.size() >= 11) {
            weeks.sort(null);
            assertEquals(weeks.get(10), f.medianDoneWeek(0, team), "the 11th of 20 runs' done weeks");
        } else {
            assertEquals(-1, f.medianDoneWeek(0, team));
        }
    }

    @Test
    void aStartWeekShiftsTheCalendar() {
        List<List<RunResult>> runs = runs(6);
        TeamForecast from0 = new TeamForecast(List.of("a", "b"), names(), 0, 104);
        TeamForecast from60 = new TeamForecast(List.of("a", "b"), names(), 60, 104);
        runs.forEach(from0::accept);
        runs.forEach(from60::accept);
        for (int i = 0; i < 42; i++) {
            int m = from0.medianDoneWeek(1, i);
            assertEquals(m < 0 ? -1 : m + 60, from60.medianDoneWeek(1, i));
            assertEquals(from0.pDone(1, i, 1) >= from60.pDone(1, i, 1), true, "less time to week 104 from 60");
        }
    }

    @Test
    void teamsCsvHasOneRowPerStrategyAndTeam() throws IOException {
        TeamForecast f = new TeamForecast(List.of("a", "b"), names(), 0, 104);
        runs(3).forEach(f::accept);
        StringWriter w = new StringWriter();
        TeamsCsv.write(f, w);
        String[] lines = w.toString().split("\n");
        assertEquals(String.join(",", TeamsCsv.HEADER), lines[0]);
        assertEquals(1 + 2 * 42, lines.length);
        assertEquals(5, LaggardTable.laggards(f, 0, 5).size());
    }

    @Test
    void aLaggardDoneAtTheHorizonInEveryRunShowsNoReason() {
        // As from calendar week 30 for 74 weeks: pure-mandate's shutdown finishes every team, after week 52.
        Scenario sc = Scenario.defaults().withStrategies(TWO);
        sc = sc.withRun(sc.run().withWeeks(74));
        TeamForecast f = new TeamForecast(List.of("a", "b"), names(), 30, 74);
        for (int r = 0; r < 20; r++) {
            f.accept(Replicate.run(sc, TWO, r, RunDetail.TEAMS));
        }
        StringWriter w = new StringWriter();
        LaggardTable.print(f, 42, new java.io.PrintWriter(w));
        String text = w.toString();
        assertTrue(text.contains("most frequent reason not done when the runs end (share of runs)"), text);
        assertTrue(text.contains("P done before calendar week 52 / 104, P adopted before 104, median done week"), text);
        // Forced through at shutdown: done by week 104 in every run, and the table shows it is not adopted.
        int forced = LaggardTable.laggards(f, 1, 42).stream().filter(i -> f.pDone(1, i, 1) == 1 && f.pAdopted(1, i, 1) < 1)
                .findFirst().orElseThrow();
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "   adopted %5s   ",
                LaggardTable.share(f.pAdopted(1, forced, 1)))), text);
        assertFalse(text.contains(" done ("), "'done' is no reason for not being done: " + text);
        long doneEveryRun = 0;
        for (int s = 0; s < 2; s++) {
            for (int i : LaggardTable.laggards(f, s, 42)) {
                doneEveryRun += f.pDone(s, i, 1) == 1 ? 1 : 0;
            }
        }
        assertTrue(doneEveryRun > 0, "pure-mandate finishes teams late but in every run: " + text);
        assertEquals(doneEveryRun, text.lines().filter(l -> l.endsWith("   —")).count(), text);
    }

    @Test
    void aTeamDoneInTodaysStateKeepsTheWeekItFinishedThere() throws IOException {
        // From calendar week 30: team 0 finished in week 12, team 1 in week 29; nobody else has moved.
        ObservedState state = ObservedState.builder(42).week(30)
                .team(0, ObservedState.Status.DONE, 1, 12, false)
                .team(1, ObservedState.Status.DONE, 1, 29, false).build();
        Scenario sc = Scenario.defaults().withStrategies(TWO);
        sc = sc.withRun(sc.run().withWeeks(74)).withStart(state);
        TeamForecast f = new TeamForecast(List.of("a", "b"), names(), state, 74);
        for (int r = 0; r < 20; r++) {
            f.accept(Replicate.run(sc, TWO, r, RunDetail.TEAMS));
        }
        for (int s = 0; s < 2; s++) {
            assertEquals(1, f.pDone(s, 0, 0), "done before the runs, done in every run");
            assertEquals(12, f.medianDoneWeek(s, 0), "the state's done week, not the week before the runs");
            assertEquals(29, f.medianDoneWeek(s, 1));
        }
        StringWriter w = new StringWriter();
        TeamsCsv.write(f, w);
        assertTrue(w.toString().contains("\na,t0,1,1,"), w.toString());
        assertTrue(w.toString().lines().anyMatch(l -> l.startsWith("b,t0,") && l.split(",")[6].equals("12")),
                w.toString());
    }

    @Test
    void aShareThatIsNeitherNoneNorAllNeverReadsAsEither() {
        assertEquals("<0.01", LaggardTable.share(0.005), "one run in 200");
        assertEquals(">0.99", LaggardTable.share(0.995));
        assertEquals("0.00", LaggardTable.share(0));
        assertEquals("1.00", LaggardTable.share(1));
        assertEquals("0.01", LaggardTable.share(0.006));
        assertEquals("migrating (<0.01)", LaggardTable.reason("migrating", 0.005));
        assertEquals("—", LaggardTable.reason(Reason.NONE.id(), 1));
    }

    /** The reasons a team held at the horizon, counted by hand: a sign-off as {@code sign-off:<function>}. */
    private static Map<String, Integer> reasonsByHand(List<List<RunResult>> runs, int strategy, int team) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<RunResult> rep : runs) {
            TeamOutcomes t = rep.get(strategy).teams();
            if (t.status(team) == TeamStatus.DONE) {
                continue;
            }
            String id = t.reason(team).id();
            if (t.reason(team) == Reason.SIGN_OFF) {
                FunctionsOutcome fo = rep.get(strategy).functions().orElseThrow();
                id += ":" + fo.names().get(fo.waitingFor(team));
            }
            counts.merge(id, 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void aSignOffTopReasonNamesItsFunctionAndIsCountedPerFunction() throws IOException {
        Scenario sc = ScenarioLoader.scenario(Path.of("../scenarios/agency-cloud.yaml"));
        List<Strategy> strategies = sc.strategies();
        List<List<RunResult>> runs = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            runs.add(Replicate.run(sc, strategies, r, RunDetail.TEAMS));
        }
        int teams = runs.get(0).get(0).teams().teams();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < teams; i++) {
            names.add("t" + i);
        }
        TeamForecast f = new TeamForecast(strategies.stream().map(Strategy::name).toList(), names, 0, 104);
        runs.forEach(f::accept);
        List<String> declared = sc.rules().functions().list().stream().map(c -> c.name()).toList();
        int named = 0;
        int split = 0;
        for (int s = 0; s < strategies.size(); s++) {
            for (int i = 0; i < teams; i++) {
                Map<String, Integer> byHand = reasonsByHand(runs, s, i);
                String top = f.topReasonId(s, i);
                if (top.startsWith("sign-off")) {
                    named++;
                    assertEquals(Reason.SIGN_OFF, f.topReason(s, i));
                    assertTrue(declared.contains(top.substring("sign-off:".length())), top + " names a declared function");
                }
                if (byHand.keySet().stream().filter(k -> k.startsWith("sign-off:")).count() > 1) {
                    split++;
                }
                if (!byHand.isEmpty()) {
                    int most = byHand.values().stream().max(Integer::compare).orElseThrow();
                    assertEquals(most, byHand.getOrDefault(top, 0), "team " + i + ": " + top + " of " + byHand);
                    assertEquals(most / 40.0, f.topReasonShare(s, i), 1e-12);
                }
            }
        }
        assertTrue(named > 0, "some team's top reason is a function's sign-off");
        assertTrue(split > 0, "some team waited for different functions in different runs");
        StringWriter w = new StringWriter();
        TeamsCsv.write(f, w);
        assertTrue(w.toString().contains(",sign-off:"), "teams.csv names the function");
        assertTrue(!w.toString().contains(",sign-off,"), "no sign-off without its function");
    }

    @Test
    void withoutFunctionsTheTopReasonIsTheReasonsId() {
        TeamForecast f = new TeamForecast(List.of("a", "b"), names(), 0, 104);
        List<List<RunResult>> runs = runs(10);
        runs.forEach(f::accept);
        for (int s = 0; s < 2; s++) {
            for (int i = 0; i < 42; i++) {
                assertEquals(f.topReason(s, i).id(), f.topReasonId(s, i));
                Map<String, Integer> byHand = reasonsByHand(runs, s, i);
                if (!byHand.isEmpty()) {
                    assertEquals(byHand.values().stream().max(Integer::compare).orElseThrow() / 10.0,
                            f.topReasonShare(s, i), 1e-12);
                }
            }
        }
    }
}
