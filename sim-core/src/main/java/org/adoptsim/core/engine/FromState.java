package org.adoptsim.core.engine;

import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.config.Tool;

/**
 * Sets a run's week 0 from an observed state (docs/model.md, "Starting from today"), in place of the
 * initial adopters. The choices it makes where the state is silent are assumptions, listed in
 * docs/model.md:
 * <ul>
 * <li>the initiative is announced; tools in the state are built (and skipped by the strategy's
 * plan); a dashboard in the state stays published; maturity is the state's, if given;</li>
 * <li>a done team finished before week 0 at quality 1 and has had full post-migration support since:
 * σ = 1 − (1 − λ)^(weeks served: those after the week it finished, before the state's week, as support
 * begins the week after a team finishes), adopted if that reaches adoptedAt and no switch sign-off
 * is missing; it counts as a stable adopter from the week it finished;</li>
 * <li>a migrating, blocked or dual team has (1 − progress) of its work left; a blocked team waits
 * on a blocker of the median fix size; a dual team was forced by an earlier mandate;</li>
 * <li>a willing team waits for its roadmap; an idle team is as at week 0;</li>
 * <li>with a coalition in place, its members are the state's and those not started start at once
 * (the start week has passed); without one the strategy's coalition is recruited among idle believers
 * as usual;</li>
 * <li>with functions declared (docs/model.md, "Across functions"): a done team has its start-stage
 * sign-offs and those the state lists, or every sign-off it needs where the state records none
 * ({@link ObservedState#recordsSignOffs}); a migrating, blocked or dual team has passed its start-stage sign-offs (it could not have
 * started without them) and still needs its switch-stage ones; an idle or willing team needs them all;
 * a coalition member not yet started that still needs a start sign-off becomes willing and waits for
 * it instead of starting; the sign-offs the state lists for a team ({@code signed_off}) are approved.
 * Requests open at the state's week are not in the state: they are filed again from week 0, at the
 * back of the queue.</li>
 * </ul>
 * Runs once per run at start-up, so it may loop over the teams.
 */
final class FromState {
    private FromState() {
    }

    static void apply(World w, ObservedState s) {
        Initiative in = w.initiative;
        TeamState t = w.teams;
        in.announced = true;
        if (!Double.isNaN(s.maturity())) {
            in.maturity = s.maturity();
        }
        for (Tool tool : s.tools()) {
            in.toolDone[tool.ordinal()] = true;
        }
        w.dashboardInPlace = s.dashboard();
        for (int i = 0; i < t.n; i++) {
            w.desk.approveNamed(i, s.signedOff(i)); // before the done teams are placed: their adoption asks
        }
        placeDone(w, s);
        for (int i = 0; i < t.n; i++) {
            ObservedState.Status st = s.status(i);
            switch (st) {
                case WILLING -> {
                    t.setStatus(i, Codes.S_WILLING);
                    t.aware[i] = true;
                }
                case MIGRATING, BLOCKED, DUAL -> {
                    w.desk.approveStart(i);
                    w.start(i);
                    t.remaining[i] *= 1 - s.progress(i);
                    if (st == ObservedState.Status.BLOCKED) {
                        t.setStatus(i, Codes.S_BLOCKED);
                        t.fixRemaining[i] = Math.max(0, w.fixEffort.applyAsDouble(0.5));
                        t.blockerSeq[i] = in.blockerSequence++;
                    } else if (st == ObservedState.Status.DUAL) {
                        t.forced[i] = true;
                        t.setStatus(i, Codes.S_DUAL);
                    }
                }
                default -> {
                    // idle teams stay as reset left them; done teams were placed above
                }
            }
        }
    }

    /** Done teams in the order they finished (ties by team index), so support serves the earliest first. */
    private static void placeDone(World w, ObservedState s) {
        double lambda = w.rules.adoption().learningRate();
        int n = w.teams.n;
        int first = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            if (s.status(i) == ObservedState.Status.DONE) {
                first = Math.min(first, s.doneWeek(i));
            }
        }
        for (int week = first; week < s.week() && first != Integer.MAX_VALUE; week++) {
            for (int i = 0; i < n; i++) {
                if (s.status(i) == ObservedState.Status.DONE && s.doneWeek(i) == week) {
                    double sigma = 1 - Math.pow(1 - lambda, s.week() - 1 - week); // served in weeks week + 1 … s.week() − 1
                    if (s.recordsSignOffs()) {
                        w.desk.approveStart(i); // and those the state lists, approved above
                    } else {
                        w.desk.approveAll(i);
                    }
                    w.doneBeforeStart(i, Math.min(1, sigma), week - s.week());
                    if (s.champion(i)) {
                        w.teams.champion[i] = true;
                        w.proof.champion(i);
                        w.totals.champions++;
                    }
                }
            }
        }
    }

    /** The coalition in place: the state's members, started if they had not; nobody more is recruited. */
    static void coalition(World w, ObservedState s) {
        TeamState t = w.teams;
        for (int i = 0; i < t.n; i++) {
            if (!s.coalitionMember(i)) {
                continue;
            }
            t.coalition[i] = true;
            t.aware[i] = true;
            if (t.status[i] == Codes.S_IDLE || t.status[i] == Codes.S_WILLING) {
                if (w.desk.needsStart(i)) {
                    t.setStatus(i, Codes.S_WILLING);
                } else {
                    w.start(i);
                }
            }
        }
        w.initiative.coalitionStarted = true;
    }

    /** Today's state of the run {@code w} is in, as an observation of calendar week {@code week}. */
    static ObservedState observe(World w, int week) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        ObservedState.Builder b = ObservedState.builder(t.n).week(week)
                .dashboard(w.strategy.dashboard() || w.dashboardInPlace).coalition(in.coalitionStarted);
        b.maturity(Math.max(0, Math.min(1, in.maturity)));
        for (Tool tool : Tool.values()) {
            if (in.has(tool)) {
                b.tool(tool);
            }
        }
        int offset = week - in.week - 1;
        for (int i = 0; i < t.n; i++) {
            ObservedState.Status st = switch (t.status[i]) {
                case Codes.S_WILLING -> ObservedState.Status.WILLING;
                case Codes.S_MIGRATING -> ObservedState.Status.MIGRATING;
                case Codes.S_BLOCKED -> ObservedState.Status.BLOCKED;
                case Codes.S_DONE -> ObservedState.Status.DONE;
                case Codes.S_DUAL -> ObservedState.Status.DUAL;
                default -> ObservedState.Status.IDLE;
            };
            double work = w.effectiveEffort(i) + t.extraHours[i];
            double progress = st == ObservedState.Status.DONE ? 1
                    : st == ObservedState.Status.IDLE || st == ObservedState.Status.WILLING || work <= 0 ? 0
                    : Math.max(0, Math.min(1, 1 - t.remaining[i] / work));
            int done = st == ObservedState.Status.DONE ? Math.max(0, Math.max(t.doneWeek[i], 0) + offset) : -1;
            b.team(i, st, progress, done, t.champion[i] && st == ObservedState.Status.DONE);
            b.coalitionMember(i, t.coalition[i]);
            b.signedOff(i, w.desk.approvedNames(i));
        }
        return b.build();
    }
}
