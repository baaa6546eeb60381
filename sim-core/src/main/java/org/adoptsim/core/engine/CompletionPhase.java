package org.adoptsim.core.engine;

import org.adoptsim.core.config.Tool;
import org.adoptsim.core.config.WorkRules;
import org.adoptsim.core.random.EventDraws;
import org.adoptsim.core.random.Purpose;

/**
 * Step 6: completion and incidents. A working team whose effort is spent becomes done when every
 * upstream team was done by the end of last week (read from last week, so visiting order never
 * matters), or at once when compatibility shims exist. Quality is 1 for voluntary moves and 1 − r for
 * forced ones. Incidents: 0.02 per team-week on the old system; after migrating a fixed weekly rate
 * 0.01·(1 + 1.5(1 − m))·(1 + 2(1 − q)), m the maturity at completion, halved by a canary environment.
 * Draws: {@link Purpose#CHAMPION} (in {@link World#complete}), {@link Purpose#INCIDENT}.
 */
final class CompletionPhase implements Phase {
    private static final int WORKING = StatusIndex.of(Codes.S_MIGRATING, Codes.S_DUAL);

    @Override
    public void apply(World w) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        boolean shims = in.has(Tool.SHIMS);
        for (int block = 0; block < t.words(); block++) {
            for (long b = t.word(WORKING, block); b != 0; b &= b - 1) {
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                if (t.remaining[i] <= 0) {
                    boolean free = shims || upstreamDone(t, i, in.week);
                    t.waitingUpstream[i] = !free;
                    if (free) {
                        w.complete(i, t.forced[i] ? 1 - t.resentment[i] : 1);
                    }
                } else {
                    t.waitingUpstream[i] = false;
                }
            }
        }
        countIncidents(w);
    }

    private static boolean upstreamDone(TeamState t, int i, int week) {
        int[] off = t.org.upstream().offsetsView();
        int[] up = t.org.upstream().targetsView();
        for (int k = off[i], end = off[i + 1]; k < end; k++) {
            if (t.doneWeek[up[k]] >= week) {
                return false;
            }
        }
        return true;
    }

    private static void countIncidents(World w) {
        TeamState t = w.teams;
        Totals totals = w.totals;
        WorkRules r = w.rules.work();
        double canary = w.initiative.has(Tool.CANARY) ? w.rules.tooling().canaryFactor() : 1;
        double oldRate = r.oldIncidentRate();
        long key = w.draws.weekKey(Purpose.INCIDENT, w.initiative.week);
        long newWeeks = t.count(Codes.S_DONE);
        long newIncidents = 0;
        long oldIncidents = 0;
        for (int i = 0; i < t.n; i++) {
            double u = EventDraws.uniform(key, i);
            if (t.status[i] == Codes.S_DONE) {
                newIncidents += u < t.newIncidentRate[i] * canary ? 1 : 0;
            } else {
                oldIncidents += u < oldRate ? 1 : 0;
            }
        }
        totals.newTeamWeeks += newWeeks;
        totals.oldTeamWeeks += t.n - newWeeks;
        totals.incidentsNew += newIncidents;
        totals.incidentsOld += oldIncidents;
    }
}
