package org.adoptsim.core.engine;

import org.adoptsim.core.config.Tool;

/**
 * The initiative's org-wide state for one run: the clock, the one-off events (announcement, mandate,
 * sunset), the platform team's maturity and tooling, and last week's counts that the next week's
 * decisions read. Reset at the start of every run.
 */
final class Initiative {
    static final int NEVER = -1;

    int week;
    boolean announced;
    double maturity;

    int doneLastWeek;
    int stableLastWeek;
    double doneShareLastWeek;

    int mandateWeek;
    int deadlineWeek;
    int sunsetWeek;
    int shutdownWeek;
    boolean oldSystemOff;
    boolean throttled;
    /** First week the initiative was done (docs/model.md), or {@link #NEVER}. */
    int initiativeDoneWeek;

    final boolean[] toolDone = new boolean[Tool.values().length];
    int toolIndex;
    double toolHoursSpent;

    boolean officeHoursActive;
    int executiveLeft;
    /** The coalition's start week has passed: every coalition team has started. */
    boolean coalitionStarted;
    long blockerSequence;
    double platformBudget;
    int completionsThisWeek;
    int supportedCompletionsThisWeek;

    void reset(double startMaturity, boolean officeHours) {
        week = 0;
        announced = false;
        maturity = startMaturity;
        doneLastWeek = 0;
        stableLastWeek = 0;
        doneShareLastWeek = 0;
        mandateWeek = NEVER;
        deadlineWeek = NEVER;
        sunsetWeek = NEVER;
        shutdownWeek = NEVER;
        oldSystemOff = false;
        throttled = false;
        initiativeDoneWeek = NEVER;
        java.util.Arrays.fill(toolDone, false);
        toolIndex = 0;
        toolHoursSpent = 0;
        officeHoursActive = officeHours;
        executiveLeft = 0;
        coalitionStarted = false;
        blockerSequence = 0;
        platformBudget = 0;
        completionsThisWeek = 0;
        supportedCompletionsThisWeek = 0;
    }

    boolean has(Tool t) {
        return toolDone[t.ordinal()];
    }

    boolean mandateFired() {
        return mandateWeek != NEVER;
    }

    boolean sunsetAnnounced() {
        return sunsetWeek != NEVER;
    }

    /** Spends up to {@code hours} of this week's platform budget; returns what was spent. */
    double spend(double hours) {
        double spent = Hours.min(hours, platformBudget);
        platformBudget -= spent;
        return spent;
    }
}
