package org.adoptsim.core.engine;

import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.Mandate;

/**
 * Step 4: the mandate. When it fires (at a week, or when last week's honest share reaches its
 * trigger), every idle or willing team must start: at once if this week is a quarter boundary, roadmap
 * planning is off or the mandate has executive backing, else at the next boundary. Readiness
 * R = min(1, G / readinessShare). A team idle when forced gets resentment
 * r = min(1, pressure·(1 − R)·archetypeFactor); a holdout that the platform team has talked with
 * resents half as much. At the deadline every forced team that is not done becomes dual. A mandate
 * does not compel functions: a team still missing a start sign-off stays willing.
 */
final class MandatePhase implements Phase {
    private static final Archetype[] ARCHETYPES = Archetype.values();

    @Override
    public void apply(World w) {
        Mandate m = w.strategy.mandate();
        Initiative in = w.initiative;
        if (!m.enabled()) {
            return;
        }
        if (!in.mandateFired() && m.trigger().firesAt(in.week, in.doneShareLastWeek)) {
            fire(w, m);
        }
        if (in.week == in.deadlineWeek) {
            deadline(w);
        }
    }

    private static void fire(World w, Mandate m) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        in.mandateWeek = in.week;
        in.deadlineWeek = in.week + m.deadlineWeeks();
        double readiness = Math.min(1, in.doneShareLastWeek / w.rules.work().readinessShare());
        boolean startNow = m.executiveBacking() || !w.rules.decisions().roadmap() || w.isQuarterBoundary();
        for (int i = 0; i < t.n; i++) {
            byte s = t.status[i];
            if (s != Codes.S_IDLE && s != Codes.S_WILLING) {
                continue;
            }
            t.forced[i] = true;
            t.aware[i] = true;
            if (s == Codes.S_IDLE) {
                double factor = w.rules.work().resentmentFactor(ARCHETYPES[t.archetype[i]]);
                if (t.isHoldout(i) && t.engaged[i]) {
                    factor /= 2;
                }
                w.resent(i, Math.min(1, m.pressure() * (1 - readiness) * factor));
            }
            t.setStatus(i, Codes.S_WILLING);
            if (startNow && !w.desk.holdsStart(t, i, in.week)) {
                w.start(i);
            }
        }
    }

    private static void deadline(World w) {
        TeamState t = w.teams;
        for (int i = 0; i < t.n; i++) {
            byte s = t.status[i];
            if (!t.forced[i] || s == Codes.S_DONE || s == Codes.S_DUAL) {
                continue;
            }
            if (s == Codes.S_WILLING) {
                if (w.desk.holdsStart(t, i, w.initiative.week)) {
                    continue;
                }
                w.start(i);
            }
            t.setStatus(i, Codes.S_DUAL);
            w.totals.halfMigrations++;
        }
    }
}
