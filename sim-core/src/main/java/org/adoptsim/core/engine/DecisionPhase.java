package org.adoptsim.core.engine;

import org.adoptsim.core.config.DecisionRule;
import org.adoptsim.core.config.DecisionRules;
import org.adoptsim.core.random.EventDraws;
import org.adoptsim.core.random.Purpose;

/**
 * Step 2: voluntary decisions of idle teams that know of the initiative. Rule {@code THRESHOLD}: the
 * team turns willing when social proof S ≥ θ, stable adopters ≥ proofNeeded (trust), and payback
 * effort / (gain + visible stayCost) ≤ horizon (value) all hold, and then with probability
 * {@code attention}. Rule {@code BASS}: the social-proof gate is replaced by the weekly probability
 * attention·(1 − exp(−(p + q·S))). The first gate that blocks is the team's reason this week (see
 * {@link Reason} for the precedence). Draws: {@link Purpose#ATTENTION}, one per (team, week).
 *
 * <p>Under the threshold rule a team the social-proof gate held is skipped until its signal reaches
 * its threshold ({@link TeamState#peersHeld}): its decision, which draws nothing, would repeat with the
 * same reason. The other gates read quantities that move every week, so those teams decide again.
 */
final class DecisionPhase implements Phase {

    @Override
    public void apply(World w) {
        TeamState t = w.teams;
        if (t.count(Codes.S_IDLE) == 0) {
            return;
        }
        double stayFactor = w.visibleStayFactor();
        long key = w.draws.weekKey(Purpose.ATTENTION, w.initiative.week);
        for (int block = 0; block < t.words(); block++) {
            for (long b = t.statusWord(Codes.S_IDLE, block) & ~t.peersHeld[block]; b != 0; b &= b - 1) {
                decide(w, (block << 6) + Long.numberOfTrailingZeros(b), key, stayFactor);
            }
        }
    }

    /** One idle team: awareness, then the gates in order; the first that blocks is its reason. */
    private static void decide(World w, int i, long key, double stayFactor) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        DecisionRules d = w.rules.decisions();
        if (!t.aware[i]) {
            if (!(in.announced || t.neighbourDone[i] || in.mandateFired())) {
                t.reason[i] = Codes.R_UNAWARE;
                return;
            }
            t.aware[i] = true;
        }
        boolean bass = d.rule() == DecisionRule.BASS;
        double s = t.signal[i];
        boolean social = bass
                ? EventDraws.uniform(key, i) < d.attention() * -Math.expm1(-(d.bassP() + d.bassQ() * s))
                : s >= t.threshold[i];
        if (!social) {
            t.reason[i] = !bass && t.isHoldout(i) ? Codes.R_HOLDOUT : Codes.R_PEERS;
            if (!bass) {
                t.peersHeld[i >>> 6] |= 1L << i;
            }
        } else if (d.proofGate() && in.stableLastWeek < t.proofNeeded[i]) {
            t.reason[i] = Codes.R_PROOF;
        } else if (d.valueGate() && !paysBack(w, i, stayFactor)) {
            t.reason[i] = Codes.R_COST;
        } else if (bass || EventDraws.uniform(key, i) < d.attention()) {
            t.setStatus(i, Codes.S_WILLING);
            t.reason[i] = Codes.R_ROADMAP;
        } else {
            t.reason[i] = Codes.R_ROADMAP;
        }
    }

    /** Payback in weeks, effective effort over weekly benefit, within the team's horizon. */
    private static boolean paysBack(World w, int i, double stayFactor) {
        TeamState t = w.teams;
        double effort = w.workToStart(i);
        if (effort <= 0) {
            return true;
        }
        double benefit = t.org.gain(i) + stayFactor * t.org.stayCost(i);
        return benefit > 0 && effort / benefit <= t.horizon[i];
    }
}
