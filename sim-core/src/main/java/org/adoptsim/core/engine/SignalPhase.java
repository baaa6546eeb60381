package org.adoptsim.core.engine;

/**
 * Step 1: social proof from the end of last week. Local proof L is the champion-weighted share of a
 * team's neighbours that are done (0 without neighbours); global proof G is the org's done share,
 * seen with weight v only when the strategy publishes a dashboard. S = (1 − v)·L + v·G. Also reads
 * the done and stable adopter counts the decisions use.
 *
 * <p>The weighted sums come from {@link Proof}'s counts: with d done neighbours of which c are
 * champions, out of k neighbours, L = ((d − c) + c·w) / ((k − c) + c·w) for champion weight w (on
 * the complete network an idle team's neighbours are all other teams, none of which is itself). Only
 * idle teams decide, so only their signal is computed; on a stored network, only when its inputs
 * moved: a neighbour completed or became a champion ({@link Proof#changed}), or G changed while a
 * dashboard shows it. Otherwise last week's value is exactly this week's.
 */
final class SignalPhase implements Phase {

    @Override
    public void apply(World w) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        Proof p = w.proof;
        in.doneLastWeek = p.done;
        in.stableLastWeek = p.stable(in.week, w.rules.decisions().stableWeeks());
        in.doneShareLastWeek = (double) p.done / t.n;
        double g = in.doneShareLastWeek;
        double v = w.strategy.dashboard() || w.dashboardInPlace ? w.rules.decisions().visibility() : 0;
        double cw = w.rules.work().championWeight();
        if (in.week == 0) {
            markHopeless(t, v);
        }
        if (t.count(Codes.S_IDLE) == 0) {
            return; // only idle teams read S, and no team becomes idle again
        }
        if (t.org.completeNetwork()) {
            completeLocal(t, p, cw, g, v);
        } else {
            networkLocal(t, p, cw, g, v);
        }
    }

    /** Every idle team has the same neighbours' counts here, so local proof and S are computed once. */
    private static void completeLocal(TeamState t, Proof p, double cw, double g, double v) {
        double signal = signal(local(p.done, p.champions, t.n - 1, cw), g, v);
        boolean neighbourDone = p.done > 0;
        for (int block = 0; block < t.words(); block++) {
            for (long b = t.statusWord(Codes.S_IDLE, block); b != 0; b &= b - 1) {
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                t.neighbourDone[i] = neighbourDone;
                setSignal(t, i, signal);
            }
        }
    }

    /**
     * Local proof is recomputed only for teams whose counts changed ({@link Proof#local} keeps it);
     * S for those and, when G moved under a dashboard, for every idle team. Teams are taken 64 at a
     * time from the bitsets. A team the social gate holds ({@link TeamState#peersHeld}) whose threshold
     * is above the largest S the formula can give ({@link TeamState#hopeless}, G = L = 1) is skipped:
     * nothing reads its S until it converts, and it stays marked changed so that its S is computed
     * afresh then.
     */
    private static void networkLocal(TeamState t, Proof p, double cw, double g, double v) {
        int[] off = t.org.network().offsetsView();
        boolean all = v > 0 && Double.doubleToRawLongBits(g) != Double.doubleToRawLongBits(p.signalShare);
        p.signalShare = g;
        for (int block = 0; block < t.words(); block++) {
            long idle = t.statusWord(Codes.S_IDLE, block);
            long skip = idle & t.peersHeld[block] & t.hopeless[block];
            long changed = p.changed[block];
            long visit = (all ? idle : idle & changed) & ~skip;
            p.changed[block] = (changed & ~visit) | (all ? skip : 0);
            // Two passes, so that no branch asks which visited team changed: each team's values are its own.
            for (long b = visit & changed; b != 0; b &= b - 1) {
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                int done = p.doneNeighbours[i];
                p.local[i] = local(done, p.championNeighbours[i], off[i + 1] - off[i], cw);
                t.neighbourDone[i] = done > 0;
            }
            for (long b = visit; b != 0; b &= b - 1) {
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                setSignal(t, i, signal(p.local[i], g, v));
            }
        }
    }

    /** Marks the teams whose threshold is above every S this run can give (done in its first week: v is fixed for the run). */
    private static void markHopeless(TeamState t, double v) {
        double ceiling = signal(1, 1, v);
        java.util.Arrays.fill(t.hopeless, 0);
        for (int i = 0; i < t.n; i++) {
            if (t.threshold[i] > ceiling) {
                t.hopeless[i >>> 6] |= 1L << i;
            }
        }
    }

    /** L: the champion-weighted share of done neighbours (0 without neighbours); never above 1. */
    private static double local(int done, int champions, int neighbours, double cw) {
        double num = (done - champions) + champions * cw;
        double den = (neighbours - champions) + champions * cw;
        return den > 0 ? num / den : 0;
    }

    /** S = (1 − v)·L + v·G; every operation is monotone, so S(1, 1) bounds every S. */
    private static double signal(double local, double g, double v) {
        return (1 - v) * local + v * g;
    }

    private static void setSignal(TeamState t, int i, double signal) {
        t.signal[i] = signal;
        // Cleared without a branch: whether S reaches a team's threshold varies from team to team.
        t.peersHeld[i >>> 6] &= ~(signal >= t.threshold[i] ? 1L << i : 0L);
    }
}
