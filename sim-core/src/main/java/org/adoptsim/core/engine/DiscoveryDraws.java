package org.adoptsim.core.engine;

import java.util.Arrays;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.random.EventDraws;
import org.adoptsim.core.random.Purpose;

/**
 * The sunset's discovery draws of one replicate, sorted once per week into the teams that could find a
 * hidden dependency, shared by every strategy run on the organisation (as {@link IncidentDraws} does
 * for incidents). A team with k dependencies left finds at least one in week w exactly when its keyed
 * {@link Purpose#DISCOVERY} draw u(i, w) reaches (1 − p)^k ({@link SunsetPhase#binomial}); a team never
 * has more left than the organisation gave it (h), so a draw below min over 1 ≤ k ≤ h of (1 − p)^k
 * finds nothing whatever happened before. Only the other teams, the <em>candidates</em> (about
 * 1 − (1 − p)^h of them, a tenth of the one-dependency teams at the default p = 0.1), need the exact
 * draw. The bound is a minimum over k rather than (1 − p)^h, so it holds without assuming that the
 * floating-point powers fall monotonically.
 *
 * <p>Weeks are sorted on first use and kept while the draws and p stay the same; past
 * {@link IncidentDraws#MAX_KEPT_WORDS} words only the current week is kept.
 */
final class DiscoveryDraws {
    private final Org org;
    private final int teams;
    private final int words;
    private final long[] teamOffsets;
    private final long[] scratch;
    private final int maxHidden;
    /**
     * from[h]: the draw bits from which a team with h dependencies is a candidate. Its bound is
     * b_h = min over 1 ≤ k ≤ h of Math.pow(1 − p, k) (b_0 = +∞), the smallest value {@link SunsetPhase}
     * compares a draw with; u ≥ b_h exactly when the draw's 53 bits reach {@link EventDraws#below}(b_h),
     * so the sort compares integers: {@code Long.MAX_VALUE} (never) for b_0, 0 (always) for a bound of 0
     * (p = 1).
     */
    private final long[] from;
    private long[] candidates = new long[0];
    private EventDraws draws;
    private double rate = Double.NaN;
    private boolean keepAll;
    /** With keepAll: which weeks are sorted (a sunset needs only the weeks from its announcement). */
    private long[] ready = new long[0];
    /** Without keepAll: the week in slot 0, or -1. */
    private int sortedWeek = -1;

    DiscoveryDraws(Org org, long[] teamOffsets, long[] scratch) {
        this.org = org;
        this.teams = org.teams();
        this.words = (teams + 63) >>> 6;
        this.teamOffsets = teamOffsets;
        this.scratch = scratch;
        int max = 0;
        for (int i = 0; i < teams; i++) {
            max = Math.max(max, org.hiddenDeps(i));
        }
        this.maxHidden = max;
        this.from = new long[max + 1];
    }

    /** Readies the draws of a run of {@code weeks} weeks at discovery rate {@code p}; keeps sorted weeks when nothing changed. */
    void prepare(EventDraws draws, double p, int weeks) {
        boolean same = draws.equals(this.draws) && Double.doubleToRawLongBits(p) == Double.doubleToRawLongBits(rate);
        boolean keep = (long) weeks * words <= IncidentDraws.MAX_KEPT_WORDS;
        int size = keep ? weeks * words : words;
        if (candidates.length < size) {
            candidates = Arrays.copyOf(candidates, size);
        }
        if (ready.length < (weeks + 63) >>> 6) {
            ready = new long[(weeks + 63) >>> 6];
            same = false;
        }
        if (!same || keep != keepAll) {
            this.draws = draws;
            this.keepAll = keep;
            Arrays.fill(ready, 0);
            if (Double.doubleToRawLongBits(p) != Double.doubleToRawLongBits(rate)) {
                rate = p;
                double bound = Double.POSITIVE_INFINITY;
                from[0] = EventDraws.below(bound);
                for (int k = 1; k <= maxHidden; k++) {
                    bound = Math.min(bound, Math.pow(1 - p, k));
                    from[k] = EventDraws.below(bound);
                }
            }
        }
        sortedWeek = -1;
    }

    /** Teams 64·word … 64·word + 63 whose draw in {@code week} could find a hidden dependency. */
    long candidates(int week, int word) {
        return candidates[slot(week) * words + word];
    }

    private int slot(int week) {
        if (keepAll) {
            if ((ready[week >>> 6] & (1L << week)) == 0) {
                sort(week, week);
                ready[week >>> 6] |= 1L << week;
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
        EventDraws.fillBits(draws.weekKey(Purpose.DISCOVERY, week), teamOffsets, scratch);
        int base = slot * words;
        for (int word = 0; word < words; word++) {
            long bits = 0;
            for (int k = 0, i = word << 6; k < 64 && i < teams; k++, i++) {
                bits |= (~(scratch[i] - from[org.hiddenDeps(i)]) >>> 63) << k;
            }
            candidates[base + word] = bits;
        }
    }
}
