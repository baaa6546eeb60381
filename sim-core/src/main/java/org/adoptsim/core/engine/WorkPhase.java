package org.adoptsim.core.engine;

import org.adoptsim.core.config.AdoptionRules;
import org.adoptsim.core.config.PlatformSpec;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.config.WorkRules;
import org.adoptsim.core.random.EventDraws;
import org.adoptsim.core.random.Purpose;
import org.adoptsim.core.result.PlatformUse;

/**
 * Step 5: the week's work, and the first claims on the platform team's hours. The platform first
 * keeps the old system alive (while any team still uses it: base hours plus a little per dual team),
 * then gives post-migration support to done teams that ask for it (supportHours·(1 − σ) each, teams
 * that finished first served first; a team partly served grows σ by that part of
 * (1 − σ)·λ·max(q, minLearningQuality)), then high-touch support to migrating coalition teams while
 * its hours last. A migrating team
 * without an open blocker gets one with probability β0·(1 − maturity) (halved by a canary
 * environment): a question, resolved within the week if office hours run, or a blocker that waits
 * for the platform team. Working teams burn capacity·support·(1 − slowdown·resentment) hours; dual
 * teams a quarter of that. Draws: {@link Purpose#BLOCKER} (arrival and kind, fix size), one per
 * (team, week).
 */
final class WorkPhase implements Phase {

    @Override
    public void apply(World w) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        PlatformSpec p = w.rules.platform();
        in.platformBudget = p.capacity();
        keepOldSystemAlive(w);
        supportDoneTeams(w);
        double blockerRate = p.blockerRate() * (1 - in.maturity) * (in.has(Tool.CANARY) ? w.rules.tooling().canaryFactor() : 1);
        w.totals.blockedTeamWeeks += t.count(Codes.S_BLOCKED);
        long key = w.draws.weekKey(Purpose.BLOCKER, in.week);
        for (int block = 0; block < t.words(); block++) {
            for (long b = t.statusWord(Codes.S_MIGRATING, Codes.S_DUAL, block); b != 0; b &= b - 1) {
                work(w, (block << 6) + Long.numberOfTrailingZeros(b), blockerRate, key);
            }
        }
    }

    /** One migrating or dual team's week: a dual team works at reduced capacity, a migrating one may hit a blocker. */
    private static void work(World w, int i, double blockerRate, long key) {
        TeamState t = w.teams;
        WorkRules wr = w.rules.work();
        PlatformSpec p = w.rules.platform();
        if (t.status[i] == Codes.S_DUAL) {
            burn(w, i, wr.dualCapacityFactor());
        } else if (t.remaining[i] > 0) {
            if (blockerRate > 0 && raisesBlocker(w, i, blockerRate, key)) {
                w.totals.blockedTeamWeeks++;
                return;
            }
            double support = 1;
            if (t.coalition[i] && p.supportHours() > 0 && w.initiative.platformBudget >= p.supportHours()) {
                w.totals.platform(PlatformUse.COALITION_SUPPORT, w.initiative.spend(p.supportHours()));
                t.supported[i] = true;
                support = wr.coalitionSupport();
            }
            burn(w, i, support);
        }
    }

    private static void keepOldSystemAlive(World w) {
        Initiative in = w.initiative;
        if (in.oldSystemOff || in.doneLastWeek == w.teams.n) {
            return;
        }
        int dual = w.teams.count(Codes.S_DUAL);
        PlatformSpec p = w.rules.platform();
        w.totals.platform(PlatformUse.UPKEEP, in.spend(p.maintenanceHours() + dual * p.dualHours()));
    }

    /**
     * Post-migration support in finishing order; σ grows by the served share of its weekly step
     * {@link TeamState#learnStep}. Budget and hours are kept in locals: this loop visits every done
     * team every week, so it avoids a division and per-team calls when a team is fully served.
     */
    private static void supportDoneTeams(World w) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        AdoptionRules a = w.rules.adoption();
        double hoursEach = a.supportHours();
        if (hoursEach <= 0) {
            return;
        }
        double adoptedAt = a.adoptedAt();
        double[] sigma = t.sufficiency;
        double[] step = t.learnStep;
        int[] order = t.doneOrder;
        double budget = in.platformBudget;
        double given = 0;
        for (int k = 0, done = t.doneCount; k < done && budget > 0; k++) {
            int i = order[k];
            double gap = 1 - sigma[i];
            double asked = hoursEach * gap;
            if (asked <= 0) {
                continue;
            }
            if (budget >= asked) {
                budget -= asked;
                given += asked;
                sigma[i] += gap * step[i];
            } else {
                sigma[i] += gap * step[i] * (budget / asked);
                given += budget;
                budget = 0;
            }
            if (sigma[i] >= adoptedAt && t.adoptedWeek[i] == TeamState.NOT_DONE) {
                w.noteIfAdopted(i);
            }
        }
        in.platformBudget = budget;
        w.totals.platform(PlatformUse.POST_MIGRATION_SUPPORT, given);
    }

    /** True if a blocker stops the team's work this week. */
    private static boolean raisesBlocker(World w, int i, double rate, long key) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        PlatformSpec p = w.rules.platform();
        double u = EventDraws.uniform(key, i);
        if (u >= rate) {
            return false;
        }
        boolean question = u < rate * p.questionShare();
        if (question && in.officeHoursActive) {
            w.totals.questionsAnswered++;
            return false;
        }
        t.setStatus(i, Codes.S_BLOCKED);
        t.fixRemaining[i] = question ? p.questionHours()
                : Math.max(0, w.fixEffort.applyAsDouble(w.draws.uniform2(Purpose.BLOCKER, i, in.week)));
        t.blockerSeq[i] = in.blockerSequence++;
        return true;
    }

    private static void burn(World w, int i, double factor) {
        TeamState t = w.teams;
        double speed = t.org.capacity(i) * factor * (1 - w.rules.work().resentmentSlowdown() * t.resentment[i]);
        double hours = Math.min(speed, t.remaining[i]);
        t.remaining[i] -= hours;
        w.totals.migrationHours += hours;
        if (t.status[i] != Codes.S_DUAL) {
            w.totals.ledgerMigration += hours;
        }
    }
}
