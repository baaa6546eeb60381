package org.adoptsim.core.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.org.Graph;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.result.WeeklySeries;

/** Field-by-field equality of results and organisations, with messages that say where they differ. */
public final class Same {
    private Same() {
    }

    /** Identical metrics, weekly series and team outcomes. */
    public static void assertSameResult(RunResult a, RunResult b) {
        String where = a.strategy() + " replicate " + a.replicate();
        assertEquals(a.strategy(), b.strategy());
        assertEquals(a.replicate(), b.replicate());
        assertEquals(a.seed(), b.seed());
        assertEquals(a.metrics(), b.metrics(), where + ": metrics");
        assertSameOutcomes(a.teams(), b.teams(), where);
        assertEquals(a.series() == null, b.series() == null, where + ": series recorded");
        if (a.series() != null) {
            assertEquals(seriesRows(a.series()), seriesRows(b.series()), where + ": weekly series");
        }
    }

    public static void assertSameResults(List<List<RunResult>> a, List<List<RunResult>> b) {
        assertEquals(a.size(), b.size(), "replicates");
        for (int r = 0; r < a.size(); r++) {
            assertEquals(a.get(r).size(), b.get(r).size(), "strategies");
            for (int s = 0; s < a.get(r).size(); s++) {
                assertSameResult(a.get(r).get(s), b.get(r).get(s));
            }
        }
    }

    /** Every team's status, reason, start, done and adoption weeks and σ, exactly. */
    public static void assertSameOutcomes(TeamOutcomes a, TeamOutcomes b, String where) {
        assertEquals(a.teams(), b.teams());
        for (int i = 0; i < a.teams(); i++) {
            String team = where + " team " + i;
            assertEquals(a.status(i), b.status(i), team);
            assertEquals(a.reason(i), b.reason(i), team);
            assertEquals(a.startWeek(i), b.startWeek(i), team);
            assertEquals(a.doneWeek(i), b.doneWeek(i), team);
            assertEquals(a.adoptedWeek(i), b.adoptedWeek(i), team);
            assertEquals(a.adopted(i), b.adopted(i), team);
            assertEquals(a.sufficiency(i), b.sufficiency(i), team);
        }
    }

    /** Every figure of every week as one text row per week (doubles printed exactly). */
    public static List<String> seriesRows(WeeklySeries s) {
        List<String> rows = new ArrayList<>();
        for (int w = 0; w < s.weeks(); w++) {
            StringBuilder b = new StringBuilder("week ").append(w);
            for (TeamStatus st : TeamStatus.values()) {
                b.append(' ').append(st.id()).append('=').append(s.count(st, w));
            }
            for (Reason r : Reason.values()) {
                b.append(' ').append(r.id()).append('=').append(s.count(r, w));
            }
            b.append(" resentment=").append(s.meanResentment(w)).append(" incidents=").append(s.incidents(w))
                    .append(" champions=").append(s.champions(w)).append(" maturity=").append(s.maturity(w))
                    .append(" migration=").append(s.migrationHours(w)).append(" toil=").append(s.dualToilHours(w))
                    .append(" platform=").append(s.platformHours(w)).append(" dualWeeks=").append(s.dualTeamWeeks(w));
            rows.add(b.toString());
        }
        return rows;
    }

    /** Every team attribute and both graphs. */
    public static void assertSameOrg(Org a, Org b) {
        assertEquals(a.teams(), b.teams(), "teams");
        for (int i = 0; i < a.teams(); i++) {
            assertEquals(describe(a, i), describe(b, i), "team " + i);
        }
        assertEquals(a.completeNetwork(), b.completeNetwork(), "complete network");
        assertSameGraph(a.network(), b.network(), "network");
        assertSameGraph(a.upstream(), b.upstream(), "upstream");
    }

    public static void assertSameGraph(Graph a, Graph b, String what) {
        assertArrayEquals(a.offsetsView(), b.offsetsView(), what + " offsets");
        assertArrayEquals(a.targetsView(), b.targetsView(), what + " targets");
    }

    /** One team's every attribute, as text. */
    public static String describe(Org o, int i) {
        Archetype a = o.archetype(i);
        return "department=" + o.department(i) + " archetype=" + a + " threshold=" + o.threshold(i)
                + " proofNeeded=" + o.proofNeeded(i) + " effort=" + o.effort(i) + " capacity=" + o.capacity(i)
                + " gain=" + o.gain(i) + " stayCost=" + o.stayCost(i) + " horizon=" + o.horizon(i)
                + " hiddenDeps=" + o.hiddenDeps(i) + " convertedThreshold=" + o.convertedThreshold(i)
                + " convertedProofNeeded=" + o.convertedProofNeeded(i) + " convertedHorizon=" + o.convertedHorizon(i);
    }
}
