package org.adoptsim.core.engine;

import java.util.Arrays;
import org.adoptsim.core.random.EventDraws;
import org.adoptsim.core.random.Purpose;

/**
 * The incident draws of one replicate, shared by every strategy run on its organisation. Team i has an
 * incident in week w when its keyed {@link Purpose#INCIDENT} draw u(i, w) falls below the team's rate
 * that week. Those draws do not depend on the strategy, so this class sorts them once per week into
 * two bitsets over the teams (bit i of word i / 64):
 * <ul>
 * <li><em>old hits</em>: u below the old system's rate — an incident for every team still on it;</li>
 * <li><em>new candidates</em>: u below the highest rate a migrated team can have — only these need
 * the exact test against the team's own rate.</li>
 * </ul>
 * A week then costs a popcount per 64 teams plus a few candidates, instead of a draw per team; the
 * outcome is exactly that of testing every team's draw. Sorting compares each draw's 53 bits with the
 * rate's integer threshold ({@link EventDraws#below}), the same test without a conversion per team.
 * Weeks are sorted on first use and kept while
 * the draws and the two rates stay the same (the strategies of one replicate), so a comparison pays for
 * the draws once per replicate. Kept weeks take two bits per team-week; past {@link #MAX_KEPT_WORDS}
 * words (huge organisations over long horizons) only the current week is kept and each run sorts its
 * own.
 */
final class IncidentDraws {
    static final int MAX_KEPT_WORDS = 1 << 20;
    private final int words;
    private final long[] teamOffsets;
    private final long[] scratch;
    private long[] oldHits = new long[0];
    private long[] newCandidates = new long[0];
    /** The week key of each sorted slot ({@link #weekKey}), kept with the bits. */
    private long[] keys = new long[0];
    private EventDraws draws;
    private double oldRate = Double.NaN;
    private double maxNewRate = Double.NaN;
    /** The two rates as integer thresholds on a draw's bits ({@link EventDraws#below}), set with them. */
    private long oldBelow;
    private long newBelow;
    /** Whether every week of the run is kept (else only {@link #sortedWeek}, in slot 0). */
    private boolean keepAll;
    /** With keepAll: weeks 0 … weeksReady-1 are sorted. */
    private int weeksReady;
    /** Without keepAll: the week in slot 0, or -1. */
    private int sortedWeek = -1;

    IncidentDraws(int teams) {
        this.words = (teams + 63) >>> 6;
        this.teamOffsets = EventDraws.teamOffsets(teams);
        this.scratch = new long[teams];
    }

    /**
     * Readies the draws for a run of {@code weeks} weeks; keeps the weeks already sorted when the draws
     * and rates are those of the previous run.
     *
     * @param maxNewRate at least the rate of any migrated team in any week of the run
     */
    void prepare(EventDraws draws, double oldRate, double maxNewRate, int weeks) {
        boolean same = draws.equals(this.draws) && oldRate == this.oldRate && maxNewRate == this.maxNewRate;
        boolean keep = (long) weeks * words <= MAX_KEPT_WORDS;
        if (!same || keep != keepAll) {
            this.draws = draws;
            this.oldRate = oldRate;
            this.maxNewRate = maxNewRate;
            this.oldBelow = EventDraws.below(oldRate);
            this.newBelow = EventDraws.below(maxNewRate);
            this.keepAll = keep;
            weeksReady = 0;
        }
        sortedWeek = -1;
        int size = keep ? weeks * words : words;
        if (oldHits.length < size) {
            oldHits = Arrays.copyOf(oldHits, size);
            newCandidates = Arrays.copyOf(newCandidates, size);
        }
        int slots = keep ? weeks : 1;
        if (keys.length < slots) {
            keys = Arrays.copyOf(keys, slots);
        }
    }

    /** The per-team offsets of the keyed draws ({@link EventDraws#teamOffsets}), shared with {@link DiscoveryDraws}. */
    long[] teamOffsets() {
        return teamOffsets;
    }

    /**
     * One draw per team of scratch space, used only while sorting a week and by the work phase's
     * blocker draws (shared with {@link DiscoveryDraws} and {@link WorkPhase}: none of them runs inside another).
     */
    long[] scratch() {
        return scratch;
    }

    /** The bound the candidates were sorted against: no migrated team's rate may exceed it. */
    double maxNewRate() {
        return maxNewRate;
    }

    /** Teams 64·word … 64·word + 63 whose draw in the readied week is below the old system's rate. */
    long oldHits(int slot, int word) {
        return oldHits[slot * words + word];
    }

    /** Teams 64·word … 64·word + 63 whose draw in the readied week is below the highest migrated rate. */
    long newCandidates(int slot, int word) {
        return newCandidates[slot * words + word];
    }

    /** The team-independent half of the readied week's draws: {@code EventDraws.uniform(weekKey(slot), team) == uniform(team, week)}. */
    long weekKey(int slot) {
        return keys[slot];
    }

    /** Exactly the draw behind the bits of (team, week). */
    double uniform(int team, int week) {
        return draws.uniform(Purpose.INCIDENT, team, week);
    }

    /**
     * Sorts {@code week} if needed; returns its slot, which {@link #oldHits}, {@link #newCandidates} and
     * {@link #weekKey} take (valid until another week is readied).
     */
    int ready(int week) {
        if (keepAll) {
            while (weeksReady <= week) {
                sort(weeksReady, weeksReady);
                weeksReady++;
            }
            return week;
        }
        if (sortedWeek != week) {
            sort(week, 0);
            sortedWeek = week;
        }
        return 0;
    }

    private void sort(int week, int slot) {
        long key = draws.weekKey(Purpose.INCIDENT, week);
        keys[slot] = key;
        EventDraws.fillBits(key, teamOffsets, scratch);
        int base = slot * words;
        for (int word = 0; word < words; word++) {
            long old = 0;
            long candidates = 0;
            for (int k = 0, i = word << 6; k < 64 && i < scratch.length; k++, i++) {
                long b = scratch[i];
                old |= ((b - oldBelow) >>> 63) << k;
                candidates |= ((b - newBelow) >>> 63) << k;
            }
            oldHits[base + word] = old;
            newCandidates[base + word] = candidates;
        }
    }
}
