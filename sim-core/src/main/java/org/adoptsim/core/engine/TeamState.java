package org.adoptsim.core.engine;

import java.util.Arrays;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.org.Org;

/**
 * Every team's state as struct-of-arrays, indexed by team. Owned by one run; mutated only by the
 * weekly phases. Attributes that conversion can change (threshold, proofNeeded, horizon, archetype)
 * are copied from the {@link Org}; the rest is read from it. Units as in docs/model.md: hours, weeks, shares.
 */
final class TeamState {
    /** doneWeek of a team that is not done: later than any week, so "done before week t" is doneWeek < t. */
    static final int NOT_DONE = Integer.MAX_VALUE;

    final int n;
    final Org org;
    final byte[] archetype;
    final double[] threshold;
    final int[] proofNeeded;
    final double[] horizon;

    final byte[] status;
    /** Counts and bitsets of the teams per status, kept in step with {@link #status} by {@link #setStatus}. */
    final StatusIndex byStatus;
    /** The gate that held an idle team this week (set by the decisions; see {@link #reasonCode}). */
    final byte[] reason;
    final boolean[] aware;
    final boolean[] coalition;
    final boolean[] forced;
    final boolean[] engaged;
    final boolean[] converted;
    final boolean[] champion;
    final boolean[] supported;
    /**
     * Work finished, waiting for upstream teams: set by the completion phase for the teams it visits
     * (those with no work left), cleared when a team gets work again ({@link #addWork}), and read only
     * while the team has none ({@link #reasonCode}).
     */
    final boolean[] waitingUpstream;
    /**
     * The migrating and dual teams whose work is finished after this week's work (bit i of word i / 64):
     * written by the work phase every week, read by the completion phase, which visits only these. A
     * team's bit is cleared when it gets work again ({@link #addWork}), so a team still migrating or
     * dual whose bit is set next week has nothing left (remaining +0, which no tool changes, since
     * effort and capacity are never negative: {@link org.adoptsim.core.config.Attribute}): the work
     * phase then marks it finished again without visiting it.
     */
    final long[] workFinished;
    /**
     * Teams whose completion an upstream team held when last asked (bit i of word i / 64), valid while
     * the number of done teams is still {@link #upstreamHeldAt}: no upstream team can have finished
     * since, so the completion phase does not ask them again. Cleared as soon as any team finishes.
     */
    final long[] upstreamHeld;
    /** The done count {@link #upstreamHeld} is valid for, −1 for none. */
    int upstreamHeldAt;
    final double[] remaining;
    final double[] extraHours;
    /** Resentment r; set only through {@link World#resent}, which keeps {@link #dualHours} in step. */
    final double[] resentment;
    /**
     * Hours a week the team gives while dual, capacity·dualCapacityFactor·(1 − slowdown·r): the work
     * phase burns them and the ledger charges them. Computed by {@link World} at the run's start and
     * when r is set, with the operations those phases would do, so every week reads the same value.
     */
    final double[] dualHours;
    final double[] quality;
    /**
     * Weekly incident rate once done, before the canary factor: newRate·(1 + mf·(1 − m))·(1 + qf·(1 − q))
     * with m the platform maturity at completion (fixed then, as docs/model.md says) and q the quality.
     */
    final double[] newIncidentRate;
    final int[] startWeek;
    final int[] doneWeek;
    final int[] lastTalk;
    final double[] fixRemaining;
    final long[] blockerSeq;
    final int[] hiddenLeft;
    /**
     * Self-sufficiency σ of the done teams (docs/model.md, "Adoption as the seed defines it"), in the
     * order they finished: entry k is team {@code doneOrder[k]}'s ({@link #sufficiency(int)} by team).
     * Kept in that order because post-migration support walks it every week. Only entries below
     * {@link #doneCount} mean anything; {@link #addDone} writes each before it is read.
     */
    final double[] doneSigma;
    /**
     * The done teams' σ before this week's post-migration support, which serves them in place: kept
     * for the walk that starts again from it when the budget runs out on the way.
     */
    final double[] sigmaBefore;
    /** Week the team became adopted (done and σ ≥ adoptedAt), −1 before week 0, {@link #NOT_DONE} if not (yet). */
    final int[] adoptedWeek;
    /** Done teams in the order they finished (ties by team index): the order post-migration support serves them. */
    final int[] doneOrder;
    /** A done team's position in {@link #doneOrder}, −1 for a team not done. */
    final int[] donePosition;
    /** λ·max(q, minLearningQuality) of the done teams, in {@link #doneOrder}: σ's step per fully served week, fixed at completion. */
    final double[] doneStep;
    /**
     * What σ must reach for a done team to be asked about adoption, in {@link #doneOrder}: adoptedAt
     * while it is not adopted, +∞ once it is ({@link #addDone}, {@link #markAdopted}). Post-migration
     * support compares each team's new σ with it, one test where "reached adoptedAt, and not adopted"
     * took two.
     */
    final double[] adoptionBar;
    /** Scratch for post-migration support: the positions whose σ reached {@link #adoptionBar} this week. */
    final int[] reached;
    /** The function a team held by a sign-off waits for first (docs/model.md, "Across functions"), or −1. */
    final int[] waitingFor;
    int doneCount;
    /**
     * Σ stayCost over the teams still on the old system (idle, willing, migrating, blocked), kept by
     * {@link #setStatus} so the weekly staying charge is O(1); exactly 0 once no such team is left.
     */
    double oldStayCost;
    /** Σ stayCost over every team, in team order: {@link #oldStayCost} at the start of a run. */
    private final double stayCostSum;
    private static final int OLD = StatusIndex.of(Codes.S_IDLE, Codes.S_WILLING)
            | StatusIndex.of(Codes.S_MIGRATING, Codes.S_BLOCKED);

    /** Holdouts not (yet) converted, as a bitset over the teams (bit i of word i / 64): {@link #isHoldout}. */
    final long[] holdouts;

    /**
     * Idle teams that the social-proof gate held under the threshold rule and whose signal has stayed
     * below their threshold since (bit i of word i / 64): their decision would repeat, with the same
     * reason, so the decisions skip them. Set by the decisions; cleared when a new signal reaches the
     * threshold ({@link SignalPhase}) and when a holdout converts.
     */
    final long[] peersHeld;
    /**
     * Teams whose threshold is above any social proof the run can show, so the social gate holds them
     * for good (holdouts, at threshold 2): marked by {@link SignalPhase} at week 0, cleared on conversion.
     */
    final long[] hopeless;

    /** Social proof S of this week, computed from last week's state (idle teams only). */
    final double[] signal;
    /** Whether any neighbour was done at the end of last week (idle teams only). */
    final boolean[] neighbourDone;
    /** The arrays {@link #reset} clears to false and to 0. */
    private final boolean[][] flags;
    private final double[][] amounts;

    TeamState(Org org) {
        this.org = org;
        this.n = org.teams();
        archetype = new byte[n];
        threshold = new double[n];
        proofNeeded = new int[n];
        horizon = new double[n];
        status = new byte[n];
        byStatus = new StatusIndex(n);
        reason = new byte[n];
        aware = new boolean[n];
        coalition = new boolean[n];
        forced = new boolean[n];
        engaged = new boolean[n];
        converted = new boolean[n];
        champion = new boolean[n];
        supported = new boolean[n];
        waitingUpstream = new boolean[n];
        remaining = new double[n];
        extraHours = new double[n];
        resentment = new double[n];
        dualHours = new double[n];
        quality = new double[n];
        newIncidentRate = new double[n];
        startWeek = new int[n];
        doneWeek = new int[n];
        lastTalk = new int[n];
        fixRemaining = new double[n];
        blockerSeq = new long[n];
        hiddenLeft = new int[n];
        doneSigma = new double[n];
        sigmaBefore = new double[n];
        adoptedWeek = new int[n];
        doneOrder = new int[n];
        donePosition = new int[n];
        doneStep = new double[n];
        adoptionBar = new double[n];
        reached = new int[n];
        waitingFor = new int[n];
        signal = new double[n];
        neighbourDone = new boolean[n];
        holdouts = new long[(n + 63) >>> 6];
        peersHeld = new long[(n + 63) >>> 6];
        hopeless = new long[(n + 63) >>> 6];
        workFinished = new long[(n + 63) >>> 6];
        upstreamHeld = new long[(n + 63) >>> 6];
        flags = new boolean[][] {aware, coalition, forced, engaged, converted, champion, supported, waitingUpstream,
            neighbourDone};
        amounts = new double[][] {remaining, extraHours, resentment, newIncidentRate, fixRemaining, signal,
            doneStep};
        double stay = 0;
        for (int i = 0; i < n; i++) {
            takeOrgValues(i);
            stay += org.stayCost(i);
        }
        stayCostSum = stay;
        reset();
    }

    /** Back to week 0: every team idle, unaware, on the old system. */
    void reset() {
        for (int i = 0; i < n; i++) {
            if (converted[i]) {
                takeOrgValues(i);
            }
            hiddenLeft[i] = org.hiddenDeps(i);
        }
        Arrays.fill(holdouts, 0);
        Arrays.fill(peersHeld, 0);
        for (int i = 0; i < n; i++) {
            if (archetype[i] == Archetype.HOLDOUT.ordinal()) {
                holdouts[i >>> 6] |= 1L << i;
            }
        }
        Arrays.fill(status, Codes.S_IDLE);
        byStatus.reset();
        Arrays.fill(reason, Codes.R_UNAWARE);
        for (boolean[] a : flags) {
            Arrays.fill(a, false);
        }
        for (double[] a : amounts) {
            Arrays.fill(a, 0);
        }
        Arrays.fill(quality, 1);
        Arrays.fill(startWeek, -1);
        Arrays.fill(doneWeek, NOT_DONE);
        Arrays.fill(adoptedWeek, NOT_DONE);
        Arrays.fill(waitingFor, -1);
        Arrays.fill(upstreamHeld, 0);
        upstreamHeldAt = -1;
        Arrays.fill(workFinished, 0);
        Arrays.fill(donePosition, -1);
        doneCount = 0;
        oldStayCost = stayCostSum;
        Arrays.fill(lastTalk, Integer.MIN_VALUE / 2);
        Arrays.fill(blockerSeq, 0);
    }

    /** Every status change goes through here, so the index per status stays exact. */
    void setStatus(int i, byte s) {
        boolean wasOld = (OLD & (1 << status[i])) != 0;
        boolean isOld = (OLD & (1 << s)) != 0;
        byStatus.move(i, status[i], s);
        status[i] = s;
        if (wasOld != isOld) {
            oldStayCost += isOld ? org.stayCost(i) : -org.stayCost(i);
            if (byStatus.count(Codes.S_IDLE) + byStatus.count(Codes.S_WILLING) + byStatus.count(Codes.S_MIGRATING)
                    + byStatus.count(Codes.S_BLOCKED) == 0) {
                oldStayCost = 0;
            }
        }
    }

    /** Teams whose status is {@code s} now. */
    int count(byte s) {
        return byStatus.count(s);
    }

    /** The first team ≥ {@code from} whose status is in {@code mask} ({@link StatusIndex#of}), or −1. */
    int next(int mask, int from) {
        return byStatus.next(mask, from);
    }

    /** {@link StatusIndex#words()}. */
    int words() {
        return byStatus.words();
    }

    /** {@link StatusIndex#statusWord(byte, int)}. */
    long statusWord(byte status, int w) {
        return byStatus.statusWord(status, w);
    }

    /** {@link StatusIndex#statusWord(byte, byte, int)}. */
    long statusWord(byte a, byte b, int w) {
        return byStatus.statusWord(a, b, w);
    }

    /** {@link StatusIndex#otherWord(byte, int)}. */
    long otherWord(byte status, int w) {
        return byStatus.otherWord(status, w);
    }

    /**
     * The team's reason for not being done, as recorded at the end of a week: derived from its
     * status, except for idle teams, which keep the gate their decision named. A willing team, or a
     * migrating one whose work is finished, held by a function's sign-off has the reason sign-off.
     */
    byte reasonCode(int i) {
        byte s = status[i];
        byte fixed = reasonOfStatus(s);
        if (fixed >= 0) {
            return fixed;
        }
        return switch (s) {
            case Codes.S_WILLING -> waitingFor[i] >= 0 ? Codes.R_SIGN_OFF : Codes.R_ROADMAP;
            case Codes.S_MIGRATING -> remaining[i] > 0 ? Codes.R_MIGRATING
                    : waitingUpstream[i] ? Codes.R_BLOCKED_DEPENDENCY
                    : waitingFor[i] >= 0 ? Codes.R_SIGN_OFF : Codes.R_MIGRATING;
            default -> reason[i];
        };
    }

    /** The reason every team of status {@code s} has (done, dual, blocked), or −1 where it depends on the team. */
    private static byte reasonOfStatus(byte s) {
        return switch (s) {
            case Codes.S_DONE -> Codes.R_NONE;
            case Codes.S_DUAL -> Codes.R_DUAL;
            case Codes.S_BLOCKED -> Codes.R_BLOCKED_PLATFORM;
            default -> -1;
        };
    }

    /**
     * {@code into[r]} := the number of teams whose {@link #reasonCode} is r. A status that fixes the
     * reason counts by its status count; only the teams of the other statuses are visited.
     */
    void countReasons(int[] into) {
        Arrays.fill(into, 0);
        for (byte s = 0; s < Codes.STATUSES; s++) {
            byte fixed = reasonOfStatus(s);
            if (fixed >= 0) {
                into[fixed] += count(s);
                continue;
            }
            for (int block = 0; block < words(); block++) {
                for (long b = statusWord(s, block); b != 0; b &= b - 1) {
                    into[reasonCode((block << 6) + Long.numberOfTrailingZeros(b))]++;
                }
            }
        }
    }

    /**
     * Adds a team to the done teams, with self-sufficiency {@code sigma}, σ step {@code step} and the
     * σ at which it is adopted ({@code adoptedAt}); returns its position in {@link #doneOrder}.
     */
    int addDone(int i, double sigma, double step, double adoptedAt) {
        int k = doneCount++;
        doneOrder[k] = i;
        donePosition[i] = k;
        doneSigma[k] = sigma;
        doneStep[k] = step;
        adoptionBar[k] = adoptedAt;
        return k;
    }

    /** Marks a done team adopted in this week. */
    void markAdopted(int i, int week) {
        adoptedWeek[i] = week;
        adoptionBar[donePosition[i]] = Double.POSITIVE_INFINITY;
    }

    /**
     * Hours added to a started team's migration (a dependency found, a review's rework). A team that
     * has work again is no longer waiting upstream, and is asked afresh once it finishes
     * ({@link #waitingUpstream}, {@link #upstreamHeld}).
     */
    void addWork(int i, double hours) {
        remaining[i] += hours;
        if (remaining[i] > 0) {
            waitingUpstream[i] = false;
            upstreamHeld[i >>> 6] &= ~(1L << i);
            workFinished[i >>> 6] &= ~(1L << i);
        }
    }

    /** Team i's self-sufficiency σ: 0 before it is done. */
    double sufficiency(int i) {
        int k = donePosition[i];
        return k < 0 ? 0 : doneSigma[k];
    }

    boolean isAdopted(int i) {
        return adoptedWeek[i] != NOT_DONE;
    }

    boolean isHoldout(int i) {
        return archetype[i] == Archetype.HOLDOUT.ordinal() && !converted[i];
    }

    /** The attributes conversion changes, as the organisation drew them (a run's reset restores only converted teams). */
    private void takeOrgValues(int i) {
        archetype[i] = (byte) org.archetype(i).ordinal();
        threshold[i] = org.threshold(i);
        proofNeeded[i] = org.proofNeeded(i);
        horizon[i] = org.horizon(i);
    }

    /** Turns a holdout into a pragmatist: it takes on the pragmatist values drawn for it. */
    void convert(int i) {
        converted[i] = true;
        holdouts[i >>> 6] &= ~(1L << i);
        peersHeld[i >>> 6] &= ~(1L << i);
        hopeless[i >>> 6] &= ~(1L << i);
        archetype[i] = (byte) Archetype.PRAGMATIST.ordinal();
        threshold[i] = org.convertedThreshold(i);
        proofNeeded[i] = org.convertedProofNeeded(i);
        horizon[i] = org.convertedHorizon(i);
    }
}
