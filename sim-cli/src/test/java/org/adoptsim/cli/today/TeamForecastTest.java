package org.adoptsim.cli.today;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunResult;
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
            out.add(Replicate.run(sc, TWO, r, false));
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
}
