package org.adoptsim.core.engine;

import org.adoptsim.core.config.Tool;
import org.adoptsim.core.random.EventDraws;
import org.adoptsim.core.random.Purpose;

/**
 * Step 6: completion and incidents. A working team whose effort is spent becomes done when every
 * upstream team was done by the end of last week (read from last week, so visiting order never
 * matters), or at once when compatibility shims exist, and no switch sign-off is missing (docs/model.md,
 * "Across functions"). Quality is 1 for voluntary moves and 1 − r for
 * forced ones. Incidents: 0.02 per team-week on the old system; after migrating a fixed weekly rate
 * 0.01·(1 + 1.5(1 − m))·(1 + 2(1 − q)), m the maturity at completion, halved by a canary environment.
 * Draws: {@link Purpose#CHAMPION} (in {@link World#complete}), {@link Purpose#INCIDENT}.
 */
final class CompletionPhase implements Phase {

    @Override
    public void apply(World w) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        boolean shims = in.has(Tool.SHIMS);
        for (int block = 0; block < t.words(); block++) {
            for (long b = t.statusWord(Codes.S_MIGRATING, Codes.S_DUAL, block); b != 0; b &= b - 1) {
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                if (t.remaining[i] <= 0) {
                    boolean free = shims || upstreamDone(t, i, in.week);
                    t.waitingUpstream[i] = !free;
                    if (free && !w.desk.holdsSwitch(t, i, in.week)) {
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

    /**
     * Old-system incidents are a popcount of the week's old hits over the teams not done; migrated
     * teams are tested against their own rate only where their draw is a candidate
     * ({@link IncidentDraws}) — the same outcome as testing every team's draw.
     */
    private static void countIncidents(World w) {
        TeamState t = w.teams;
        Totals totals = w.totals;
        IncidentDraws draws = w.incidents;
        int week = w.initiative.week;
        double canary = w.initiative.has(Tool.CANARY) ? w.rules.tooling().canaryFactor() : 1;
        long newIncidents = 0;
        long oldIncidents = 0;
        long key = t.count(Codes.S_DONE) > 0 ? draws.weekKey(week) : 0;
        for (int block = 0; block < t.words(); block++) {
            oldIncidents += Long.bitCount(draws.oldHits(week, block) & t.otherWord(Codes.S_DONE, block));
            for (long b = draws.newCandidates(week, block) & t.statusWord(Codes.S_DONE, block); b != 0; b &= b - 1) {
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                if (EventDraws.uniform(key, i) < t.newIncidentRate[i] * canary) {
                    newIncidents++;
                }
            }
        }
        long newWeeks = t.count(Codes.S_DONE);
        totals.newTeamWeeks += newWeeks;
        totals.oldTeamWeeks += t.n - newWeeks;
        totals.incidentsNew += newIncidents;
        totals.incidentsOld += oldIncidents;
    }
}
