package org.adoptsim.core.engine;

import java.util.Arrays;
import org.adoptsim.core.org.Graph;

/**
 * The running counts that social proof and trust are computed from, kept up to date as teams become
 * done instead of being recounted every week: for each team, how many of its neighbours are done and
 * how many of those are champions; org-wide, the done teams, the champions, and the done teams per
 * completion week (for the stable-adopter count). A team's counts change only when a neighbour
 * completes, so a run costs O(ties) here rather than O(ties × weeks).
 *
 * <p>Counts are updated the moment a team completes; the phases that read them (signals, the next
 * week) run after every completion of the week, so they see the end of last week, as docs/model.md's
 * synchronous update requires. For the complete network nothing per team is stored: a team's
 * neighbours are everybody else. Owned by one run; not thread-safe.
 */
final class Proof {
    private final Graph network;
    private final boolean complete;
    /** Done neighbours of each team (unused for the complete network). */
    final int[] doneNeighbours;
    /** Champion neighbours of each team (champions are always done). */
    final int[] championNeighbours;
    /** Local proof L of each team from its counts, as last computed (valid where {@link #changed} is clear). */
    final double[] local;
    /**
     * Teams whose counts changed since their local proof was last computed, as a bitset (bit i of word
     * i / 64; all set at the start).
     */
    final long[] changed;
    /** The global share the signals were last computed with (NaN at the start). */
    double signalShare;
    int done;
    int champions;
    /**
     * doneInWeek[w + origin]: teams that completed in week w (w = −1: initial adopters; a team today's
     * state lists as done finished in a week before 0, counted from −origin at the earliest).
     */
    private int[] doneInWeek = new int[0];
    private int origin;
    private int stable;
    private int stableCursor;

    Proof(Graph network, boolean complete, int teams) {
        this.network = network;
        this.complete = complete;
        this.doneNeighbours = new int[complete ? 0 : teams];
        this.championNeighbours = new int[complete ? 0 : teams];
        this.changed = new long[complete ? 0 : (teams + 63) >>> 6];
        this.local = new double[complete ? 0 : teams];
    }

    /**
     * @param lookback how many weeks before week 0 a completion is told apart (the stable-adopter
     *                 weeks): one done that long ago or longer counts as stable from week 0
     */
    void reset(int weeks, int lookback) {
        Arrays.fill(doneNeighbours, 0);
        Arrays.fill(championNeighbours, 0);
        Arrays.fill(changed, -1L);
        signalShare = Double.NaN;
        origin = Math.max(1, lookback);
        if (doneInWeek.length < weeks + origin) {
            doneInWeek = new int[weeks + origin];
        } else {
            Arrays.fill(doneInWeek, 0);
        }
        done = 0;
        champions = 0;
        stable = 0;
        stableCursor = -1;
    }

    /**
     * Team i became done in {@code week}: −1 for an initial adopter, the (negative) week relative to
     * week 0 for a team today's state lists as done.
     */
    void done(int i, int week) {
        done++;
        doneInWeek[Math.max(week, -origin) + origin]++;
        if (!complete) {
            addToNeighbours(doneNeighbours, i);
        }
    }

    /** Team i, already done, became a champion. */
    void champion(int i) {
        champions++;
        if (!complete) {
            addToNeighbours(championNeighbours, i);
        }
    }

    private void addToNeighbours(int[] counts, int i) {
        int[] off = network.offsetsView();
        int[] tgt = network.targetsView();
        for (int k = off[i], end = off[i + 1]; k < end; k++) {
            counts[tgt[k]]++;
            changed[tgt[k] >>> 6] |= 1L << tgt[k];
        }
    }

    /**
     * Teams done for at least {@code stableWeeks} at the start of {@code week}: done in a week
     * ≤ week − stableWeeks. Must be called with non-decreasing weeks within a run.
     */
    int stable(int week, int stableWeeks) {
        int limit = Math.min(week - stableWeeks, week - 1) + origin;
        while (stableCursor < limit) {
            stable += doneInWeek[++stableCursor];
        }
        return stable;
    }
}
