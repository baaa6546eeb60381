package org.adoptsim.core.engine;

import java.util.Arrays;

/**
 * The teams of each status, as a count and as a bitset (bit i of word i / 64 set when team i has that
 * status), kept in step with {@link TeamState#status} by {@link TeamState#setStatus}. A phase visits
 * the teams in the statuses it acts on in ascending team order, skipping the rest 64 at a time, in
 * one of two ways:
 * <ul>
 * <li>{@link #next}: always reads the current statuses, so it visits exactly the teams a loop over
 * every team that tests the status on arrival would visit, whatever the loop body changes;</li>
 * <li>{@link #statusWord} and {@link #otherWord}: the hot loops take one word at a time and walk its bits
 * ({@code for (long b = statusWord(s, w); b != 0; b &= b - 1)}). That snapshot is equivalent when
 * visiting team i changes the status of team i only, which holds for the weekly loops that use it
 * (signals, decisions, roadmap, work, completion, dual charging); it costs a few instructions per
 * visited team instead of a mask lookup.</li>
 * </ul>
 *
 * <p>{@link #next} takes the statuses as an int mask of {@code 1 << code} ({@link #of}). Owned by one run.
 */
final class StatusIndex {
    private final int teams;
    private final int words;
    private final int[] count = new int[Codes.STATUSES];
    private final long[][] bits;

    StatusIndex(int teams) {
        this.teams = teams;
        this.words = (teams + 63) >>> 6;
        this.bits = new long[Codes.STATUSES][words];
    }

    static int of(byte status) {
        return 1 << status;
    }

    static int of(byte a, byte b) {
        return of(a) | of(b);
    }

    /** Every team idle. */
    void reset() {
        Arrays.fill(count, 0);
        count[Codes.S_IDLE] = teams;
        for (long[] b : bits) {
            Arrays.fill(b, 0);
        }
        Arrays.fill(bits[Codes.S_IDLE], -1L);
        if ((teams & 63) != 0) {
            bits[Codes.S_IDLE][words - 1] = -1L >>> (64 - (teams & 63));
        }
    }

    void move(int team, byte from, byte to) {
        count[from]--;
        count[to]++;
        long bit = 1L << team;
        bits[from][team >>> 6] &= ~bit;
        bits[to][team >>> 6] |= bit;
    }

    int count(byte status) {
        return count[status];
    }

    /** The first team ≥ {@code from} whose status is in {@code mask}, or −1. */
    int next(int mask, int from) {
        int w = from >>> 6;
        if (w >= words) {
            return -1;
        }
        long b = word(mask, w) & (-1L << from);
        while (b == 0) {
            if (++w == words) {
                return -1;
            }
            b = word(mask, w);
        }
        return (w << 6) + Long.numberOfTrailingZeros(b);
    }

    /** Words of 64 teams. */
    int words() {
        return words;
    }

    /** Teams 64w … 64w + 63 whose status is {@code status}: {@code word(of(status), w)} without the loop over the mask. */
    long statusWord(byte status, int w) {
        return bits[status][w];
    }

    /** {@code word(of(a, b), w)} without the loop over the mask. */
    long statusWord(byte a, byte b, int w) {
        return bits[a][w] | bits[b][w];
    }

    /** Teams 64w … 64w + 63 whose status is not {@code status} (the complement within the teams). */
    long otherWord(byte status, int w) {
        long b = ~bits[status][w];
        return w == words - 1 && (teams & 63) != 0 ? b & (-1L >>> (64 - (teams & 63))) : b;
    }

    /** Teams 64w … 64w + 63 whose status is in {@code mask}, as bits (bit k: team 64w + k); {@link #next}'s. */
    private long word(int mask, int w) {
        long b = 0;
        for (int m = mask; m != 0; m &= m - 1) {
            b |= bits[Integer.numberOfTrailingZeros(m)][w];
        }
        return b;
    }
}
