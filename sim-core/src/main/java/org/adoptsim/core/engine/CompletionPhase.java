package org.adoptsim.core.engine;

import java.util.Arrays;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.random.EventDraws;
import org.adoptsim.core.random.Purpose;

/**
 * Step 6: completion and incidents. A working team whose effort is spent (the work phase marks them,
 * {@link TeamState#workFinished}) becomes done when every upstream team was done by the end of last
 * week (read from last week, so visiting order never matters), or at once when compatibility shims
 * exist, and no switch sign-off is missing (docs/model.md, "Across functions"). Quality is 1 for
 * voluntary moves and 1 − r for forced ones. Incidents: 0.02 per team-week on the old system; after migrating a fixed weekly rate
 * 0.01·(1 + 1.5(1 − m))·(1 + 2(1 − q)), m the maturity at completion, halved by a canary environment.
 * Draws: {@link Purpose#CHAMPION} (in {@link World#complete}), {@link Purpose#INCIDENT}.
 */
final class CompletionPhase implements Phase {

    @Override
    public void apply(World w) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        boolean shims = in.has(Tool.SHIMS);
        int[] off = t.org.upstream().offsetsView();
        int[] up = t.org.upstream().targetsView();
        if (w.proof.done != t.upstreamHeldAt) {
            Arrays.fill(t.upstreamHeld, 0); // a team finished since: every held team asks again
        }
        t.upstreamHeldAt = w.proof.done; // before this week's completions, so their dependents ask again next week
        for (int block = 0; block < t.words(); block++) {
            long held = shims ? 0 : t.upstreamHeld[block];
            for (long b = t.workFinished[block] & ~held; b != 0; b &= b - 1) {
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                boolean free = shims || upstreamDone(t, off, up, i, in.week);
                t.waitingUpstream[i] = !free;
                if (!free) {
                    t.upstreamHeld[block] |= b & -b;
                } else if (!w.desk.holdsSwitch(t, i, in.week)) {
                    w.complete(i, t.forced[i] ? 1 - t.resentment[i] : 1);
                }
            }
        }
        countIncidents(w);
    }

    /**
     * Whether every upstream team was done by the end of last week. A team held stays held until some
     * team finishes ({@link TeamState#upstreamHeld}), so only the teams not known to be held are asked.
     */
    private static boolean upstreamDone(TeamState t, int[] off, int[] up, int i, int week) {
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
        int slot = draws.ready(w.initiative.week);
        long newWeeks = t.count(Codes.S_DONE);
        long newIncidents = 0;
        long oldIncidents = 0;
        for (int block = 0; block < t.words(); block++) {
            oldIncidents += Long.bitCount(draws.oldHits(slot, block) & t.otherWord(Codes.S_DONE, block));
            long candidates = newWeeks == 0 ? 0 : draws.newCandidates(slot, block) & t.statusWord(Codes.S_DONE, block);
            if (candidates != 0) {
                newIncidents += newIncidents(w, candidates, block << 6, draws.weekKey(slot));
            }
        }
        totals.newTeamWeeks += newWeeks;
        totals.oldTeamWeeks += t.n - newWeeks;
        totals.incidentsNew += newIncidents;
        totals.incidentsOld += oldIncidents;
    }

    /** The incidents of the done teams among one word's candidates ({@code first} is the word's first team). */
    private static int newIncidents(World w, long candidates, int first, long key) {
        double canary = w.initiative.has(Tool.CANARY) ? w.rules.tooling().canaryFactor() : 1;
        double[] rate = w.teams.newIncidentRate;
        int count = 0;
        for (long b = candidates; b != 0; b &= b - 1) {
            int i = first + Long.numberOfTrailingZeros(b);
            if (EventDraws.uniform(key, i) < rate[i] * canary) {
                count++;
            }
        }
        return count;
    }
}
