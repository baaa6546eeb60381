package org.adoptsim.core.engine;

import org.adoptsim.core.config.PlatformSpec;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.config.WorkRules;
import org.adoptsim.core.org.Org;
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
        if (t.count(Codes.S_MIGRATING) == 0) {
            dualWork(w);
        } else {
            work(w, blockerRate, w.draws.weekKey(Purpose.BLOCKER, in.week));
        }
    }

    /**
     * {@link #work} when no team is migrating, only dual teams work (as after a mandate's deadline):
     * the same hours added in the same order, without the tests a migrating team needs; teams whose
     * work was already finished are marked again without a visit, as in {@link #work}.
     */
    private static void dualWork(World w) {
        TeamState t = w.teams;
        Totals totals = w.totals;
        double[] remaining = t.remaining;
        double[] dualHours = t.dualHours;
        double migration = totals.migrationHours;
        for (int block = 0; block < t.words(); block++) {
            long dual = t.statusWord(Codes.S_DUAL, block);
            long finished = dual & t.workFinished[block];
            for (long b = dual & ~finished; b != 0; b &= b - 1) {
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                double hours = Hours.min(dualHours[i], remaining[i]);
                double left = remaining[i] - hours;
                remaining[i] = left;
                migration += hours;
                if (left <= 0) {
                    finished |= b & -b;
                }
            }
            t.workFinished[block] = finished;
        }
        totals.migrationHours = migration;
    }

    /**
     * Every migrating or dual team's week, in team order: a dual team works at reduced capacity, a
     * migrating one with work left may hit a blocker, else works (with high-touch support for a
     * coalition team while the budget lasts). Burns capacity·factor·(1 − slowdown·resentment) hours,
     * at most what is left. The hour sums are carried in locals and added in team order, as a call per
     * team would add them. Marks in {@link TeamState#workFinished} the teams whose work is finished after it.
     * A team already marked last week and given no work since (held upstream or by a sign-off, often
     * for months after a deadline) is marked again without a visit: it has nothing left, so its visit
     * would add +0 hours and draw nothing. Skipping it also spares the branch that told such teams
     * from working ones, which no two runs take alike.
     */
    private static void work(World w, double blockerRate, long key) {
        TeamState t = w.teams;
        Org org = t.org;
        Totals totals = w.totals;
        WorkRules wr = w.rules.work();
        byte[] status = t.status;
        double[] remaining = t.remaining;
        double[] resentment = t.resentment;
        double slowdown = wr.resentmentSlowdown();
        double migration = totals.migrationHours;
        double ledger = totals.ledgerMigration;
        // With many teams migrating, every team's draw at once (vectorised, the same bits) beats one call each.
        long[] drawn = blockerRate > 0 && 4 * t.count(Codes.S_MIGRATING) >= t.n ? w.incidents.scratch() : null;
        if (drawn != null) {
            EventDraws.fillBits(key, w.incidents.teamOffsets(), drawn);
        }
        for (int block = 0; block < t.words(); block++) {
            long working = t.statusWord(Codes.S_MIGRATING, Codes.S_DUAL, block);
            long finished = working & t.workFinished[block];
            for (long b = working & ~finished; b != 0; b &= b - 1) {
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                boolean dual = status[i] == Codes.S_DUAL;
                double speed = t.dualHours[i];
                if (!dual) {
                    if (!(remaining[i] > 0)) {
                        finished |= b & -b;
                        continue;
                    }
                    if (blockerRate > 0) {
                        double u = drawn != null ? EventDraws.toUniform(drawn[i]) : EventDraws.uniform(key, i);
                        if (u < blockerRate && raisesBlocker(w, i, u, blockerRate)) {
                            totals.blockedTeamWeeks++;
                            continue;
                        }
                    }
                    speed = org.capacity(i) * coalitionSupport(w, i) * (1 - slowdown * resentment[i]);
                }
                double hours = Hours.min(speed, remaining[i]);
                double left = remaining[i] - hours;
                remaining[i] = left;
                migration += hours;
                if (!dual) {
                    ledger += hours;
                }
                if (left <= 0) {
                    finished |= b & -b;
                }
            }
            t.workFinished[block] = finished;
        }
        totals.migrationHours = migration;
        totals.ledgerMigration = ledger;
    }

    /** A migrating coalition team gets high-touch support while the budget covers it: its capacity factor (1 without). */
    private static double coalitionSupport(World w, int i) {
        PlatformSpec p = w.rules.platform();
        TeamState t = w.teams;
        if (t.coalition[i] && p.supportHours() > 0 && w.initiative.platformBudget >= p.supportHours()) {
            w.totals.platform(PlatformUse.COALITION_SUPPORT, w.initiative.spend(p.supportHours()));
            t.supported[i] = true;
            return w.rules.work().coalitionSupport();
        }
        return 1;
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
     * {@link TeamState#doneStep}. The loop visits every done team every week, so it walks σ and the
     * steps in finishing order ({@link TeamState#doneSigma}), keeps budget and hours in locals, and
     * divides only for the team served in part, the last one served. A team served whose σ is now at
     * or past adoptedAt and is not adopted ({@link TeamState#adoptionBar}) is noted, and asked after
     * the walk, in finishing order: a call inside the walk would cost every team. Without functions
     * a done team not adopted has σ below adoptedAt, so these are the teams crossing it now; with
     * them a sign-off may have held the adoption of a team already past it.
     *
     * <p>The budget nearly always covers every team, so the walk first serves them all in full, in
     * place, without testing the budget at each, and keeps the old σ aside ({@link TeamState#sigmaBefore});
     * that stands when the budget is still above 0 after it. Each team asks (1 − σ)·supportHours ≥ 0,
     * since σ never passes 1, so the budget ends above 0 exactly when every team found it above what
     * it asked: the walk that tests the budget at each team would have served them all in full as
     * well, adding the same hours in the same order. Otherwise the budget ran out on the way, and that
     * walk serves them again from the old σ; the teams it does not reach keep their old σ. A team at
     * σ = 1 asks +0 hours, and its σ stays 1. (In place rather than into a second array swapped in
     * afterwards: the swap stored two references into a long-lived object every week, and each such
     * store runs the collector's write barrier.)
     */
    private static void supportDoneTeams(World w) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        double hoursEach = w.rules.adoption().supportHours();
        if (hoursEach <= 0) {
            return;
        }
        double[] sigma = t.doneSigma;
        double[] old = t.sigmaBefore;
        double[] step = t.doneStep;
        double[] bar = t.adoptionBar;
        int[] reached = t.reached;
        int done = in.platformBudget > 0 ? t.doneCount : 0;
        int count = 0;
        double budget = in.platformBudget;
        double given = 0;
        for (int k = 0; k < done; k++) {
            double before = sigma[k];
            old[k] = before;
            double gap = 1 - before;
            double asked = hoursEach * gap;
            budget -= asked;
            given += asked;
            double after = before + gap * step[k];
            sigma[k] = after;
            if (after >= bar[k]) {
                reached[count++] = k;
            }
        }
        if (done > 0 && !(budget > 0)) {
            budget = in.platformBudget;
            given = 0;
            count = 0;
            int served = done;
            for (int k = 0; k < done; k++) {
                double before = old[k];
                double gap = 1 - before;
                double asked = hoursEach * gap;
                double after;
                boolean last = budget <= asked;
                if (!last) {
                    budget -= asked;
                    given += asked;
                    after = before + gap * step[k];
                } else {
                    // Served in part (or in full, when the budget is exactly what it asks: then the share is 1).
                    after = before + gap * step[k] * (budget / asked);
                    given += budget;
                    budget = 0;
                }
                sigma[k] = after;
                if (after >= bar[k]) {
                    reached[count++] = k;
                }
                if (last) {
                    served = k + 1;
                    break;
                }
            }
            System.arraycopy(old, served, sigma, served, done - served); // the teams not reached keep their σ
        }
        in.platformBudget = budget;
        w.totals.platform(PlatformUse.POST_MIGRATION_SUPPORT, given);
        for (int c = 0; c < count; c++) {
            w.noteIfAdopted(t.doneOrder[reached[c]]);
        }
    }

    /**
     * Given that the team's blocker draw {@code u} fell below the week's rate: true if a blocker stops its
     * work this week, false if it was a question answered in office hours.
     */
    private static boolean raisesBlocker(World w, int i, double u, double rate) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        PlatformSpec p = w.rules.platform();
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
}
