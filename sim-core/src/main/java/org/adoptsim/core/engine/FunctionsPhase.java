package org.adoptsim.core.engine;

import org.adoptsim.core.result.PlatformUse;

/**
 * Step 2b (docs/model.md, "Across functions"): the functions nobody commands. This week's levers
 * take effect and are charged to the platform ("sign-off work", on top of its weekly capacity);
 * reviews due now end in an approval or a send-back; teams file what they need now and the waiting is
 * counted; then every function whose board meets this week takes requests from its queue. The holds
 * themselves are in the roadmap, mandate and completion phases ({@link SignOffDesk#holdsStart},
 * {@link SignOffDesk#holdsSwitch}) and in adoption ({@link SignOffDesk#holdsAdoption}). Does nothing
 * when no function is declared. Draws: {@link org.adoptsim.core.random.Purpose#SIGN_OFF_SESSION},
 * {@code SIGN_OFF_REVIEW}, {@code SIGN_OFF_VERDICT}, keyed by (function, week) or (function·teams + team, week).
 */
final class FunctionsPhase implements Phase {
    @Override
    public void apply(World w) {
        SignOffDesk desk = w.desk;
        if (!desk.active) {
            return;
        }
        int week = w.initiative.week;
        double hours = desk.applyLevers(week);
        if (hours > 0) {
            w.totals.platform(PlatformUse.SIGN_OFF_WORK, hours);
        }
        desk.decide(w, week);
        desk.fileAndCount(w, week);
        desk.sessions(w, week);
    }
}
