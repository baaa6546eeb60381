package org.adoptsim.cli.decide.select;

import java.util.List;

/**
 * How one system fared.
 *
 * @param system      its index
 * @param fate        where it left the procedure, or SELECTED
 * @param replicates  replicates it was run for (replicates 0 … n−1)
 * @param mean        mean of the objective over them, in the objective's own sign
 * @param sd          sample standard deviation (NaN with one replicate)
 * @param lower       lower end of the 95 % t interval of the mean
 * @param upper       upper end
 * @param pBest       share of bootstrap resamples of the first-stage replicates (resampled together,
 *                    so the common random numbers stay paired) in which this system had the best mean (a tie
 *                    shared equally);
 *                    0 for a system ruled infeasible
 * @param feasibility one judgement per constraint, from all its replicates
 */
public record SystemResult(int system, Fate fate, int replicates, double mean, double sd, double lower, double upper,
        double pBest, List<Feasibility> feasibility) {

    /** Where a system left the procedure. */
    public enum Fate { INFEASIBLE, SCREENED_OUT, ELIMINATED, SELECTED }

    public SystemResult {
        feasibility = List.copyOf(feasibility);
    }

    public boolean feasible() {
        return feasibility.stream().noneMatch(f -> f.status() == Feasibility.Status.INFEASIBLE);
    }
}
