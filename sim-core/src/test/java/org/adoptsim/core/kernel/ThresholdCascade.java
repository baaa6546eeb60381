package org.adoptsim.core.kernel;

import java.util.Arrays;
import org.adoptsim.core.org.Graph;

/**
 * The pure linear-threshold cascade (Granovetter 1978; Watts 2002) on a {@link Graph}: seeds adopt in
 * round 0, and a node adopts in round r + 1 when the share of its neighbours adopted by the end of
 * round r is at least its threshold θ (a node without neighbours sees share 0). Updates are
 * synchronous, so the result does not depend on visiting order. This is the full engine's threshold
 * rule with zero effort, attention 1, local visibility and no other gate: round r is the engine's week
 * r − 1.
 *
 * <p>{@link #thresholds} turns θ into integer requirements once: the fewest adopted neighbours a with
 * {@code (double) a / degree >= θ}, the engine's own comparison, so results agree exactly and the hot
 * loops compare integers. {@link #run} then finds each round's adopters by {@link Update sweep or
 * incremental update}. Work arrays are allocated by the constructor (21 bytes per node and 4 per
 * adjacency entry, besides the graph); a run allocates only its result, and a round nothing. Not
 * thread-safe (one instance per thread; the graph may be shared).
 */
public final class ThresholdCascade {
    /** {@link Update#ADAPTIVE} goes incremental when the frontier's entries are < this × (nodes + entries). */
    public static final double SWEEP_FACTOR = 0.1;
    /** {@link #round} of a node that has not adopted. */
    public static final int NEVER = -1;
    /** Deficit of an adopted node: no number of decrements in a run brings it to 0. */
    private static final int ADOPTED = Integer.MAX_VALUE;

    private final int n;
    private final int[] off;
    private final int[] tgt;
    private final int[] need;
    private final int[] deficit;
    private final int[] prefix;
    private final byte[] adopted;
    private final int[] round;
    private int[] frontier;
    private int[] next;
    private boolean prepared;
    private int adoptedCount;
    private long frontierVolume;
    private long evaluations;
    private long edgeVisits;

    public ThresholdCascade(Graph graph) {
        this.n = graph.nodes();
        this.off = graph.offsetsView();
        this.tgt = graph.targetsView();
        this.need = new int[n];
        this.deficit = new int[n];
        this.prefix = new int[tgt.length + 1];
        this.adopted = new byte[n];
        this.round = new int[n];
        this.frontier = new int[n];
        this.next = new int[n];
    }

    public int nodes() {
        return n;
    }

    /** Sets every node's threshold θ (a share; ≤ 0: adopts in round 1 whatever its neighbours do; > 1: never). */
    public void thresholds(double[] theta) {
        if (theta.length != n) {
            throw new IllegalArgumentException("thresholds: " + theta.length + " values for " + n + " nodes");
        }
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(theta[i])) {
                throw new IllegalArgumentException("thresholds[" + i + "]: must be a number");
            }
            need[i] = requirement(theta[i], off[i + 1] - off[i]);
        }
        prepared = true;
    }

    /** The fewest adopted neighbours a with share(a) ≥ θ; degree + 1 (unreachable) if none. */
    static int requirement(double theta, int degree) {
        if (degree == 0) {
            return 0 >= theta ? 0 : 1;
        }
        long a = (long) Math.max(0, Math.min(degree + 1.0, Math.ceil(theta * degree)));
        while (a > 0 && (double) (a - 1) / degree >= theta) {
            a--;
        }
        while (a <= degree && (double) a / degree < theta) {
            a++;
        }
        return (int) a;
    }

    /**
     * Runs the cascade from {@code seeds} (duplicates ignored) for at most {@code maxRounds} rounds
     * after the seeds, or until a round finds no new adopter.
     */
    public CascadeResult run(int[] seeds, Update update, int maxRounds) {
        if (!prepared) {
            throw new IllegalStateException("set the thresholds before running");
        }
        reset();
        int f = plant(seeds);
        int rounds = 0;
        int sweeps = 0;
        int incrementals = 0;
        while (rounds < maxRounds) {
            boolean incremental = incremental(update);
            int m = incremental ? incrementalRound(rounds + 1, f) : sweepRound();
            sweeps += incremental ? 0 : 1;
            incrementals += incremental ? 1 : 0;
            if (m == 0) {
                break;
            }
            rounds++;
            f = adopt(m, rounds);
        }
        return new CascadeResult(adoptedCount, rounds, sweeps, incrementals, evaluations, edgeVisits);
    }

    private void reset() {
        System.arraycopy(need, 0, deficit, 0, n);
        Arrays.fill(adopted, (byte) 0);
        Arrays.fill(round, NEVER);
        adoptedCount = 0;
        evaluations = 0;
        edgeVisits = 0;
    }

    private int plant(int[] seeds) {
        int m = 0;
        for (int s : seeds) {
            if (s < 0 || s >= n) {
                throw new IllegalArgumentException("seeds: node " + s + " outside 0.." + (n - 1));
            }
            if (round[s] == NEVER) {
                round[s] = 0;
                next[m++] = s;
            }
        }
        return adopt(m, 0);
    }

    /** Marks next[0, m) adopted in round r; they become the frontier. Returns the frontier size. */
    private int adopt(int m, int r) {
        long volume = 0;
        for (int k = 0; k < m; k++) {
            int i = next[k];
            adopted[i] = 1;
            deficit[i] = ADOPTED;
            round[i] = r;
            volume += off[i + 1] - off[i];
        }
        adoptedCount += m;
        frontierVolume = volume;
        int[] swap = frontier;
        frontier = next;
        next = swap;
        return m;
    }

    private boolean incremental(Update update) {
        return switch (update) {
            case SWEEP -> false;
            case INCREMENTAL -> true;
            case ADAPTIVE -> frontierVolume < SWEEP_FACTOR * (n + tgt.length);
        };
    }

    /** Every non-adopter counts its adopted neighbours afresh (and refreshes its deficit). */
    private int sweepRound() {
        int run = 0;
        for (int k = 0; k < tgt.length; k++) {
            prefix[k] = run;
            run += adopted[tgt[k]];
        }
        prefix[tgt.length] = run;
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (adopted[i] != 0) {
                continue;
            }
            int a = prefix[off[i + 1]] - prefix[off[i]];
            deficit[i] = need[i] - a;
            if (a >= need[i]) {
                next[m++] = i;
            }
        }
        evaluations += n - adoptedCount;
        edgeVisits += tgt.length;
        return m;
    }

    /**
     * The last round's adopters take one off each neighbour's deficit; a neighbour adopts when its
     * deficit reaches 0 (exactly once: adopted nodes hold a deficit no decrement can bring to 0, and
     * θ ≤ 0 nodes start at 0, so round 1 takes them separately).
     */
    private int incrementalRound(int r, int f) {
        int m = r == 1 ? unconditional() : 0;
        for (int q = 0; q < f; q++) {
            int u = frontier[q];
            for (int k = off[u], end = off[u + 1]; k < end; k++) {
                int j = tgt[k];
                if (--deficit[j] == 0) {
                    next[m++] = j;
                }
            }
        }
        evaluations += frontierVolume;
        edgeVisits += frontierVolume;
        return m;
    }

    /** Non-adopters that need no adopted neighbour at all (they adopt in round 1). */
    private int unconditional() {
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (adopted[i] == 0 && need[i] == 0) {
                next[m++] = i;
            }
        }
        evaluations += n - adoptedCount;
        return m;
    }

    /** The round a node adopted in (0: seed), or {@link #NEVER}. */
    public int round(int node) {
        return round[node];
    }

    /** Every node's adoption round, as a new array. */
    public int[] rounds() {
        return round.clone();
    }
}
