package org.adoptsim.core.engine;

import java.util.List;
import org.adoptsim.core.config.HoldoutEngagement;
import org.adoptsim.core.config.PlatformSpec;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.config.ToolingRules;
import org.adoptsim.core.random.Purpose;
import org.adoptsim.core.result.PlatformUse;

/**
 * Step 7: the platform team's remaining hours, in docs/model.md's priority order after maintenance and
 * support (spent in {@link WorkPhase}): blocker fixes (coalition first, then first come, first
 * served), cost-reduction tooling (in the strategy's order; a finished tool also cuts the remaining
 * effort of migrations under way), holdout conversations, and last office hours, which run next week
 * only if this week's leftover covers them. Maturity rises with each completion and fix.
 * Draws: {@link Purpose#CONVERSION}, one per (holdout, week) talked to.
 */
final class PlatformPhase implements Phase {
    private static final int BLOCKED = StatusIndex.of(Codes.S_BLOCKED);

    @Override
    public void apply(World w) {
        fixBlockers(w);
        buildTools(w);
        talkToHoldouts(w);
        runOfficeHours(w);
        growMaturity(w);
    }

    private static void fixBlockers(World w) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        while (in.platformBudget > 0 && t.count(Codes.S_BLOCKED) > 0) {
            int next = nextBlocked(t);
            if (next < 0) {
                return;
            }
            double spent = in.spend(t.fixRemaining[next]);
            w.totals.platform(PlatformUse.BLOCKERS, spent);
            t.fixRemaining[next] -= spent;
            if (t.fixRemaining[next] <= 0) {
                t.setStatus(next, Codes.S_MIGRATING);
                w.totals.blockersFixed++;
                in.maturity = Math.min(1, in.maturity + w.rules.platform().maturityPerFix());
            }
        }
    }

    /** The blocked team to serve next: coalition first, then the oldest blocker; −1 if none. */
    private static int nextBlocked(TeamState t) {
        int best = -1;
        for (int i = t.next(BLOCKED, 0); i >= 0; i = t.next(BLOCKED, i + 1)) {
            if (best < 0 || (t.coalition[i] && !t.coalition[best])
                    || (t.coalition[i] == t.coalition[best] && t.blockerSeq[i] < t.blockerSeq[best])) {
                best = i;
            }
        }
        return best;
    }

    private static void buildTools(World w) {
        Initiative in = w.initiative;
        List<Tool> plan = w.strategy.tooling();
        ToolingRules rules = w.rules.tooling();
        while (in.toolIndex < plan.size() && in.platformBudget > 0) {
            Tool tool = plan.get(in.toolIndex);
            if (in.has(tool)) {
                in.toolIndex++; // built before the run started (an observed state)
                continue;
            }
            double spent = in.spend(rules.hours(tool) - in.toolHoursSpent);
            in.toolHoursSpent += spent;
            w.totals.platform(PlatformUse.TOOLING, spent);
            if (in.toolHoursSpent >= rules.hours(tool)) {
                finish(w, tool);
                in.toolIndex++;
                in.toolHoursSpent = 0;
            }
        }
    }

    private static void finish(World w, Tool tool) {
        TeamState t = w.teams;
        w.initiative.toolDone[tool.ordinal()] = true;
        ToolingRules r = w.rules.tooling();
        for (int i = 0; i < t.n; i++) {
            byte s = t.status[i];
            if (s != Codes.S_MIGRATING && s != Codes.S_BLOCKED && s != Codes.S_DUAL) {
                continue;
            }
            if (tool == Tool.SCRIPTS) {
                t.remaining[i] *= r.scriptsEffortFactor();
            } else if (tool == Tool.RUNBOOKS) {
                t.remaining[i] = Math.max(0, t.remaining[i] - r.runbooksHoursSaved());
            }
        }
    }

    /**
     * Idle holdouts in team order while the budget covers a conversation; walks the words of idle and
     * unconverted-holdout teams (a conversation changes only its own team, never a status).
     */
    private static void talkToHoldouts(World w) {
        HoldoutEngagement e = w.strategy.engageHoldouts();
        if (!e.enabled()) {
            return;
        }
        TeamState t = w.teams;
        Initiative in = w.initiative;
        double hours = e.hoursPerConversation();
        for (int block = 0; block < t.words(); block++) {
            for (long b = t.statusWord(Codes.S_IDLE, block) & t.holdouts[block]; b != 0; b &= b - 1) {
                if (in.platformBudget < hours) {
                    return;
                }
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                if (!t.aware[i] || in.week - t.lastTalk[i] < e.cooldownWeeks()) {
                    continue;
                }
                w.totals.platform(PlatformUse.HOLDOUT_TALKS, in.spend(hours));
                t.engaged[i] = true;
                t.lastTalk[i] = in.week;
                if (w.draws.uniform(Purpose.CONVERSION, i, in.week) < e.conversionProbability()) {
                    t.convert(i);
                    w.totals.conversions++;
                }
            }
        }
    }

    private static void runOfficeHours(World w) {
        Initiative in = w.initiative;
        double hours = w.strategy.officeHours();
        in.officeHoursActive = hours > 0 && in.platformBudget >= hours;
        if (in.officeHoursActive) {
            w.totals.platform(PlatformUse.OFFICE_HOURS, in.spend(hours));
        }
    }

    private static void growMaturity(World w) {
        Initiative in = w.initiative;
        PlatformSpec p = w.rules.platform();
        int plain = in.completionsThisWeek - in.supportedCompletionsThisWeek;
        in.maturity = Math.min(1, in.maturity + plain * p.maturityPerMigration()
                + in.supportedCompletionsThisWeek * p.maturityPerSupported());
        in.completionsThisWeek = 0;
        in.supportedCompletionsThisWeek = 0;
    }
}
