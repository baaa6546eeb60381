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
        if (t.org.completeNetwork()) {
            completeLocal(t, p, cw, g, v);
        } else {
            networkLocal(t, p, cw, g, v);
        }
    }

    private static void completeLocal(TeamState t, Proof p, double cw, double g, double v) {
        int others = t.n - 1;
        for (int block = 0; block < t.words(); block++) {
            for (long b = t.statusWord(Codes.S_IDLE, block); b != 0; b &= b - 1) {
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                setSignal(t, i, p.done, p.champions, others, cw, g, v);
            }
        }
    }

    private static void networkLocal(TeamState t, Proof p, double cw, double g, double v) {
        int[] off = t.org.network().offsetsView();
        boolean all = v > 0 && Double.doubleToRawLongBits(g) != Double.doubleToRawLongBits(p.signalShare);
        p.signalShare = g;
        for (int block = 0; block < t.words(); block++) {
            for (long b = t.statusWord(Codes.S_IDLE, block); b != 0; b &= b - 1) {
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                if (all || p.changed[i]) {
                    setSignal(t, i, p.doneNeighbours[i], p.championNeighbours[i], off[i + 1] - off[i], cw, g, v);
                    p.changed[i] = false;
                }
            }
        }
    }

    private static void setSignal(TeamState t, int i, int done, int champions, int neighbours, double cw, double g,
            double v) {
        double num = (done - champions) + champions * cw;
        double den = (neighbours - champions) + champions * cw;
        double local = den > 0 ? num / den : 0;
        t.neighbourDone[i] = done > 0;
        double signal = (1 - v) * local + v * g;
        t.signal[i] = signal;
        if (signal >= t.threshold[i]) {
            t.peersHeld[i >>> 6] &= ~(1L << i);
        }
    }
}
