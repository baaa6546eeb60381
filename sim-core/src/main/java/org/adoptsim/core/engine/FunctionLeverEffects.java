package org.adoptsim.core.engine;

import org.adoptsim.core.config.Contract;
import org.adoptsim.core.config.CrossFunction;
import org.adoptsim.core.config.FunctionLevers;
import org.adoptsim.core.config.Liaisons;

/**
 * What the strategy's cross-functional levers do to the functions, for one run (docs/model.md, "Across
 * functions", the levers): each function's alignment and review-time factor as contracts take effect
 * and liaisons build trust, and the platform hours every lever costs in its week. Arrays are sized at
 * {@link #reset} and reused while the number of functions stays; a week allocates nothing.
 */
final class FunctionLeverEffects {
    private FunctionLevers levers = FunctionLevers.NONE;
    private int fs;
    private double[] alignment = new double[0];
    private double[] reviewFactor = new double[0];
    private int[] liaisonWeeks = new int[0];
    private boolean[] liaised = new boolean[0];
    private Contract[] contract = new Contract[0];

    /** Sets up a run: each function at its own alignment, no contract in effect, no liaison in place. */
    void reset(CrossFunction[] spec, FunctionLevers l) {
        levers = l;
        fs = spec.length;
        if (alignment.length != fs) {
            alignment = new double[fs];
            reviewFactor = new double[fs];
            liaisonWeeks = new int[fs];
            liaised = new boolean[fs];
            contract = new Contract[fs];
        }
        for (int f = 0; f < fs; f++) {
            CrossFunction c = spec[f];
            alignment[f] = c.alignment();
            reviewFactor[f] = 1;
            liaisonWeeks[f] = 0;
            liaised[f] = l.liaisons().enabled() && l.liaisons().covers(c.name());
            contract[f] = l.mutualBenefit().get(c.name());
        }
    }

    /** Function {@code f}'s alignment a now. */
    double alignment(int f) {
        return alignment[f];
    }

    /** The factor on function {@code f}'s review time: 1 − cut once its contract is in effect, else 1. */
    double reviewFactor(int f) {
        return reviewFactor[f];
    }

    /**
     * The week's levers: one-off charges, contracts taking effect, liaisons' drift; records each
     * function's alignment of the week in {@code weeklyAlignment} and returns the hours spent.
     */
    double apply(int week, double[][] weeklyAlignment) {
        double hours = 0;
        FunctionLevers l = levers;
        if (l.constraintMapping().week() == week) {
            hours += l.constraintMapping().hours();
        }
        if (l.decisionFeeds().week() == week) {
            hours += l.decisionFeeds().hours();
        }
        if (l.pilotFirst().week() == week) {
            hours += l.pilotFirst().hours();
        }
        for (int f = 0; f < fs; f++) {
            Contract c = contract[f];
            if (c != null && c.week() == week) {
                hours += c.hours();
                reviewFactor[f] = 1 - c.cut();
                alignment[f] = Math.min(1, alignment[f] + c.alignmentGain());
            }
            if (liaised[f] && week >= l.liaisons().week()) {
                hours += l.liaisons().hoursPerWeek();
                liaisonWeeks[f]++;
                double trust = Math.min(1, liaisonWeeks[f] / (double) Liaisons.TRUST_WEEKS);
                alignment[f] += (1 - alignment[f]) * trust / Liaisons.TRUST_WEEKS;
            }
            weeklyAlignment[f][week] = alignment[f];
        }
        return hours;
    }
}
