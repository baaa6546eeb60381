package org.adoptsim.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adoptsim.core.config.CrossFunction;
import org.adoptsim.core.config.FunctionLevers;
import org.adoptsim.core.config.Functions;
import org.adoptsim.core.config.SignOffStage;
import org.adoptsim.core.random.EventDraws;
import org.adoptsim.core.random.Purpose;
import org.adoptsim.core.result.FunctionsOutcome;

/**
 * The functions nobody commands, for one run (docs/model.md, "Across functions"): which teams need
 * which sign-off and have which, when they file and are held, the reviews in progress and their
 * verdicts, and the counts reported in {@link FunctionsOutcome}. The queues are kept by
 * {@link SignOffQueues}, the levers' effect on the functions by {@link FunctionLeverEffects}.
 * {@link #active} is false when the scenario declares no function: every hook then answers at once,
 * so the engine without functions runs exactly as before.
 *
 * <p>State is held in arrays sized at {@link #reset} (functions × teams) and reused while the sizes
 * stay; a week allocates nothing. A team's needs, approvals and open requests are 64-bit masks over
 * the functions in their declared (sign-off) order.
 */
final class SignOffDesk {
    static final int NONE = -1;
    private static final int START = SignOffStage.START.ordinal();
    private static final int SWITCH = SignOffStage.SWITCH.ordinal();

    boolean active;
    private int n;
    private int fs;
    private CrossFunction[] spec = new CrossFunction[0];
    private long startMask;
    private long switchMask;
    /** Per team: functions it needs, has been approved by, and has a request open with (queued or in review). */
    private long[] needs = new long[0];
    private long[] approved = new long[0];
    private long[] open = new long[0];
    /** Per team and stage: week the team began waiting for the stage's answers, or NONE. */
    private int[] heldFrom = new int[0];
    private final SignOffQueues queues = new SignOffQueues();
    /** Per (function, team): week the review in progress ends, or NONE. */
    private int[][] dueWeek = new int[0][];
    private final FunctionLeverEffects effects = new FunctionLeverEffects();
    private FunctionLevers levers = FunctionLevers.NONE;
    private FunctionsOutcome.Builder out;

    /** Sets up a run: draws each team's needs (one draw per (function, team), the same for every strategy). */
    void reset(Functions functions, FunctionLevers levers, TeamState t, EventDraws draws, int weeks) {
        active = functions.enabled();
        if (!active) {
            out = null;
            return;
        }
        this.levers = levers;
        n = t.n;
        fs = functions.size();
        if (spec.length != fs || needs.length != n) {
            allocate();
        }
        spec = functions.list().toArray(new CrossFunction[0]);
        startMask = 0;
        switchMask = 0;
        List<String> names = new ArrayList<>();
        for (int f = 0; f < fs; f++) {
            CrossFunction c = spec[f];
            names.add(c.name());
            if (c.stage() == SignOffStage.START) {
                startMask |= 1L << f;
            } else {
                switchMask |= 1L << f;
            }
            Arrays.fill(dueWeek[f], NONE);
        }
        effects.reset(spec, levers);
        queues.reset(fs, n);
        for (int i = 0; i < n; i++) {
            long m = 0;
            for (int f = 0; f < fs; f++) {
                double share = spec[f].need().shareFor(i, t.org.archetype(i), t.org.department(i));
                if (share >= 1 || share > 0 && draws.uniform(Purpose.FUNCTION_NEEDS, i, f) < share) {
                    m |= 1L << f;
                }
            }
            needs[i] = m;
        }
        Arrays.fill(approved, 0);
        Arrays.fill(open, 0);
        Arrays.fill(heldFrom, NONE);
        Arrays.fill(t.waitingFor, NONE);
        out = FunctionsOutcome.builder(names, n, weeks);
    }

    private void allocate() {
        needs = new long[n];
        approved = new long[n];
        open = new long[n];
        heldFrom = new int[2 * n];
        dueWeek = new int[fs][n];
    }

    FunctionLevers levers() {
        return levers;
    }

    int functions() {
        return fs;
    }

    CrossFunction spec(int f) {
        return spec[f];
    }

    FunctionsOutcome.Builder out() {
        return out;
    }

    /** Sign-offs the team needs, all stages. */
    int needed(int i) {
        return Long.bitCount(needs[i]);
    }

    /** Marks every sign-off of a team done before week 0 as approved. */
    void approveAll(int i) {
        if (active) {
            approved[i] = needs[i];
        }
    }

    /**
     * Marks the team's start-stage sign-offs approved: a team observed under way at week 0 (a state
     * file's migrating, blocked or dual team) could not have started without them.
     */
    void approveStart(int i) {
        if (active) {
            approved[i] |= needs[i] & startMask;
        }
    }

    /** Marks the named functions' sign-offs of the team approved, where it needs them (a state file's {@code signed_off}). */
    void approveNamed(int i, List<String> functions) {
        if (!active) {
            return;
        }
        for (String name : functions) {
            for (int f = 0; f < fs; f++) {
                if (spec[f].name().equals(name)) {
                    approved[i] |= needs[i] & (1L << f);
                }
            }
        }
    }

    /** The functions, by name in sign-off order, that have approved the team (empty without functions). */
    List<String> approvedNames(int i) {
        List<String> out = new ArrayList<>();
        for (long b = active ? approved[i] : 0; b != 0; b &= b - 1) {
            out.add(spec[Long.numberOfTrailingZeros(b)].name());
        }
        return out;
    }

    /** True while the team still misses a start-stage sign-off (nothing is filed). */
    boolean needsStart(int i) {
        return active && pending(i, startMask) != 0;
    }

    private long pending(int i, long stageMask) {
        return needs[i] & stageMask & ~approved[i];
    }

    /** True while the team still needs a start sign-off (and then files for it and notes what it waits for). */
    boolean holdsStart(TeamState t, int i, int week) {
        if (!active) {
            return false;
        }
        long p = pending(i, startMask);
        if (p == 0) {
            return false;
        }
        hold(t, i, START, p, week);
        return true;
    }

    /** True while a team whose work is finished still needs a switch sign-off (it then files for it). */
    boolean holdsSwitch(TeamState t, int i, int week) {
        if (!active) {
            return false;
        }
        long p = pending(i, switchMask);
        if (p == 0) {
            return false;
        }
        hold(t, i, SWITCH, p, week);
        return true;
    }

    /**
     * Team {@code i} is forced through at shutdown: a start sign-off is moot once its migration is
     * done, so its start-stage requests are withdrawn, queued or in review (none is decided later, and
     * none sends it back with rework hours), and its wait at the start stage ends without a hold
     * counted. The weeks it waited are in the weekly waiting counts already.
     */
    void withdrawStart(TeamState t, int i) {
        if (!active) {
            return;
        }
        if (t.waitingFor[i] >= 0 && (startMask & 1L << t.waitingFor[i]) != 0) {
            t.waitingFor[i] = NONE; // else a shutdown in the last week leaves it 'waiting' on what it withdrew
        }
        for (long b = open[i] & startMask; b != 0; b &= b - 1) {
            int f = Long.numberOfTrailingZeros(b);
            queues.withdraw(f, i);
            dueWeek[f][i] = NONE;
        }
        open[i] &= ~startMask;
        heldFrom[2 * i + START] = NONE;
    }

    /** True while a done team cannot count as adopted: a switch sign-off is still missing. */
    boolean holdsAdoption(int i) {
        return active && pending(i, switchMask) != 0;
    }

    private void hold(TeamState t, int i, int stage, long pending, int week) {
        openStage(i, pending, week);
        if (heldFrom[2 * i + stage] == NONE) {
            heldFrom[2 * i + stage] = week;
        }
        t.waitingFor[i] = Long.numberOfTrailingZeros(pending & open[i]);
    }

    /** Files the stage's requests: all at once under decision feeds, else the first still missing. */
    void openStage(int i, long pending, int week) {
        if (pending == 0) {
            return;
        }
        if (levers.decisionFeeds().on(week)) {
            for (long b = pending & ~open[i]; b != 0; b &= b - 1) {
                file(Long.numberOfTrailingZeros(b), i, week);
            }
        } else if ((pending & open[i]) == 0) {
            file(Long.numberOfTrailingZeros(pending), i, week);
        }
    }

    void openStage(int i, SignOffStage stage, int week) {
        openStage(i, pending(i, stage == SignOffStage.START ? startMask : switchMask), week);
    }

    private void file(int f, int i, int week) {
        open[i] |= 1L << f;
        queues.file(f, i, week);
    }

    /** The week's levers (one-off charges, contracts taking effect, liaisons' drift); returns the hours spent. */
    double applyLevers(int week) {
        return effects.apply(week, out.weeklyAlignment);
    }

    double alignment(int f) {
        return effects.alignment(f);
    }

    /**
     * Ends the reviews due this week: approved with probability 0.5 + 0.5a (a send-back's chance halved
     * under constraint mapping), else sent back: the team owes {@code reworkHours} and queues again.
     * An approval opens the stage's next sign-off (sequential); the last switch approval of a done team
     * lets it count as adopted.
     */
    void decide(World w, int week) {
        boolean mapping = levers.constraintMapping().on(week);
        for (int f = 0; f < fs; f++) {
            int[] due = dueWeek[f];
            long vKey = w.draws.weekKey(Purpose.SIGN_OFF_VERDICT, week);
            double a = effects.alignment(f);
            double sendBack = (0.5 - 0.5 * a) * (mapping ? 0.5 : 1);
            for (int i = 0; i < n; i++) {
                if (due[i] != week) {
                    continue;
                }
                due[i] = NONE;
                if (EventDraws.uniform(vKey, f * n + i) < sendBack) {
                    sendBackTo(w, f, i, week);
                } else {
                    approve(w, f, i, week);
                }
            }
        }
    }

    private void sendBackTo(World w, int f, int i, int week) {
        TeamState t = w.teams;
        double h = spec[f].reworkHours();
        out.sendBacks[f]++;
        out.reworkHours[f] += h;
        byte s = t.status[i];
        if (s == Codes.S_IDLE || s == Codes.S_WILLING) {
            t.extraHours[i] += h;
        } else if (s == Codes.S_DONE) {
            w.totals.migrationHours += h;
            w.totals.ledgerMigration += h;
        } else {
            t.addWork(i, h);
        }
        queues.enqueue(f, i, week);
    }

    private void approve(World w, int f, int i, int week) {
        TeamState t = w.teams;
        long bit = 1L << f;
        approved[i] |= bit;
        open[i] &= ~bit;
        out.approvals[f]++;
        out.requestWeeks[f] += week - queues.firstFiled(f, i);
        int stage = spec[f].stage().ordinal();
        long stageMask = stage == START ? startMask : switchMask;
        long p = pending(i, stageMask);
        if (p != 0) {
            openStage(i, p, week);
            return;
        }
        if (heldFrom[2 * i + stage] != NONE) {
            out.holds[stage]++;
            out.holdWeeks[stage] += week - heldFrom[2 * i + stage];
            heldFrom[2 * i + stage] = NONE;
        }
        if (stage == SWITCH && t.status[i] == Codes.S_DONE) {
            w.noteIfAdopted(i);
        }
    }

    /**
     * The sessions of this week: a function whose board meets ((calendar week + 1) mod cadence = 0; the
     * calendar week is the run's week unless the run started from an observed state, whose week it adds,
     * so a quarterly board keeps deciding just before the roadmap opens) takes up to
     * capacity·(0.5 + 0.5a) requests filed before this week, first come first served; each review lasts
     * reviewWeeks (× (1 − cut) under a contract), realised as ⌊r⌋ or ⌊r⌋ + 1 weeks so the mean is kept,
     * at least one week. Fractional capacities are realised the same way.
     */
    void sessions(World w, int week) {
        int calendar = w.calendarWeek();
        for (int f = 0; f < fs; f++) {
            CrossFunction c = spec[f];
            if ((calendar + 1) % c.cadenceWeeks() != 0 || queues.isEmpty(f)) {
                continue;
            }
            double effective = c.capacity() * (0.5 + 0.5 * effects.alignment(f));
            int take = realise(effective, w.draws.uniform(Purpose.SIGN_OFF_SESSION, f, week));
            double r = c.reviewWeeks() * effects.reviewFactor(f);
            long rKey = w.draws.weekKey(Purpose.SIGN_OFF_REVIEW, week);
            while (take > 0) {
                int i = queues.takeFiledBefore(f, week);
                if (i == NONE) {
                    break;
                }
                int weeks = Math.max(1, realise(r, EventDraws.uniform(rKey, f * n + i)));
                dueWeek[f][i] = week + weeks;
                out.reviews[f]++;
                out.reviewWeeks[f] += weeks;
                take--;
            }
        }
    }

    /** ⌊x⌋, plus one with probability x − ⌊x⌋: an integer with mean x. */
    static int realise(double x, double u) {
        int whole = (int) Math.floor(x);
        return whole + (u < x - whole ? 1 : 0);
    }

    /**
     * Files what teams need now, then counts this week's waiting: a team is held at the start stage
     * while willing (or due to start with the coalition) and a start sign-off is missing; at the switch
     * stage while its work is finished (or it was forced through at shutdown) and a switch sign-off is
     * missing. Under constraint mapping a migrating team files its switch requests from its start.
     * Each function with a held team's request open counts that team as waiting on it.
     */
    void fileAndCount(World w, int week) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        boolean mapping = levers.constraintMapping().on(week);
        boolean coalitionDue = !in.coalitionStarted && week >= w.strategy.coalition().startWeek();
        int[][] weekly = out.weeklyWaiting;
        for (int i = 0; i < n; i++) {
            t.waitingFor[i] = NONE;
            byte s = t.status[i];
            long held = 0;
            if (s == Codes.S_WILLING || s == Codes.S_IDLE && coalitionDue && t.coalition[i]) {
                long p = pending(i, startMask);
                openStage(i, p, week);
                held = p;
            } else if (s == Codes.S_DONE) {
                long p = pending(i, switchMask);
                openStage(i, p, week);
                held = p;
            } else if (s != Codes.S_IDLE) {
                long p = pending(i, switchMask);
                boolean finished = t.remaining[i] <= 0;
                if (pending(i, startMask) == 0 && (mapping || finished)) {
                    openStage(i, p, week);
                }
                held = finished ? p : 0;
            }
            long waitingOn = held & open[i];
            if (waitingOn != 0) {
                int stage = (waitingOn & startMask) != 0 ? START : SWITCH;
                if (heldFrom[2 * i + stage] == NONE) {
                    heldFrom[2 * i + stage] = week;
                }
                t.waitingFor[i] = Long.numberOfTrailingZeros(waitingOn);
                for (long b = waitingOn; b != 0; b &= b - 1) {
                    int f = Long.numberOfTrailingZeros(b);
                    out.waitedTeamWeeks[f]++;
                    weekly[f][week]++;
                }
            }
        }
    }

    /**
     * Counts the end of the week's {@code sign-off} laggard reasons by the function each such team
     * waits for first ({@link FunctionsOutcome#signOffReason}). Called by the record phase after every
     * other phase, so the counts split the week's recorded reason exactly.
     */
    void countReasons(TeamState t, int week) {
        int[][] split = out.weeklySignOff;
        for (int i = 0; i < n; i++) {
            int f = t.waitingFor[i];
            if (f >= 0 && t.reasonCode(i) == Codes.R_SIGN_OFF) {
                split[f][week]++;
            }
        }
    }

    /** Copies the end-of-run waiting into the outcome and builds it. */
    FunctionsOutcome outcome(TeamState t) {
        System.arraycopy(t.waitingFor, 0, out.waitingFor, 0, n);
        return out.build();
    }

    /** {@code order} (all of it) stably sorted by the number of sign-offs each team needs, fewest first. */
    void sortByNeeds(int[] order, int[] scratch) {
        int[] counts = new int[Functions.MAX + 2];
        for (int i : order) {
            counts[needed(i) + 1]++;
        }
        for (int c = 1; c < counts.length; c++) {
            counts[c] += counts[c - 1];
        }
        for (int i : order) {
            scratch[counts[needed(i)]++] = i;
        }
        System.arraycopy(scratch, 0, order, 0, order.length);
    }
}
