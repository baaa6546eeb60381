package org.adoptsim.core.engine;

/**
 * Step 1: social proof from the end of last week. Local proof L is the champion-weighted share of a
 * team's neighbours that are done (0 without neighbours); global proof G is the org's done share,
 * seen with weight v only when the strategy publishes a dashboard. S = (1 − v)·L + v·G. Also counts
 * the done and stable adopters the decisions read.
 */
final class SignalPhase implements Phase {

    @Override
    public void apply(World w) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        int n = t.n;
        int stableWeeks = w.rules.decisions().stableWeeks();
        double championWeight = w.rules.work().championWeight();
        int done = 0;
        int stable = 0;
        double doneWeightSum = 0;
        double weightSum = 0;
        for (int i = 0; i < n; i++) {
            boolean isDone = t.status[i] == Codes.S_DONE;
            double weight = t.champion[i] ? championWeight : 1;
            t.teamWeight[i] = weight;
            t.proofWeight[i] = isDone ? weight : 0;
            weightSum += weight;
            if (isDone) {
                done++;
                doneWeightSum += weight;
                if (in.week - t.doneWeek[i] >= stableWeeks) {
                    stable++;
                }
            }
        }
        in.doneLastWeek = done;
        in.stableLastWeek = stable;
        in.doneShareLastWeek = (double) done / n;
        double g = in.doneShareLastWeek;
        double v = w.strategy.dashboard() ? w.rules.decisions().visibility() : 0;
        if (t.org.completeNetwork()) {
            completeLocal(t, doneWeightSum, weightSum, g, v);
        } else {
            networkLocal(t, g, v);
        }
    }

    private static void completeLocal(TeamState t, double doneWeightSum, double weightSum, double g, double v) {
        for (int i = 0; i < t.n; i++) {
            double others = weightSum - t.teamWeight[i];
            double doneOthers = doneWeightSum - t.proofWeight[i];
            double local = others > 0 ? doneOthers / others : 0;
            t.neighbourDone[i] = doneOthers > 0;
            t.signal[i] = (1 - v) * local + v * g;
        }
    }

    private static void networkLocal(TeamState t, double g, double v) {
        int[] off = t.org.network().offsetsView();
        int[] tgt = t.org.network().targetsView();
        double[] proof = t.proofWeight;
        double[] weight = t.teamWeight;
        for (int i = 0; i < t.n; i++) {
            double num = 0;
            double den = 0;
            for (int k = off[i], end = off[i + 1]; k < end; k++) {
                int j = tgt[k];
                num += proof[j];
                den += weight[j];
            }
            double local = den > 0 ? num / den : 0;
            t.neighbourDone[i] = num > 0;
            t.signal[i] = (1 - v) * local + v * g;
        }
    }
}
