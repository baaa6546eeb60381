package org.adoptsim.cli.results;

/**
 * Counts, over paired replicates, how often each strategy was the best on one objective: on every
 * replicate the strategies with the best value (in the metric's direction; a missing value is the
 * worst, {@link Direction#compare}) share one win equally, so ties do not inflate anyone's share and
 * the wins of all strategies add up to the number of replicates. Not thread-safe.
 */
public final class BestCounter {
    private final Metric objective;
    private final double[] wins;
    private long replicates;

    public BestCounter(Metric objective, int strategies) {
        this.objective = objective;
        this.wins = new double[strategies];
    }

    /** One replicate: the objective's value of each strategy, in strategy order. */
    public void accept(double[] values) {
        int count = 0;
        int first = 0;
        for (int s = 1; s < values.length; s++) {
            if (objective.direction().compare(values[s], values[first]) > 0) {
                first = s;
            }
        }
        for (double v : values) {
            count += objective.direction().compare(v, values[first]) == 0 ? 1 : 0;
        }
        for (int s = 0; s < values.length; s++) {
            if (objective.direction().compare(values[s], values[first]) == 0) {
                wins[s] += 1.0 / count;
            }
        }
        replicates++;
    }

    public void combine(BestCounter o) {
        for (int s = 0; s < wins.length; s++) {
            wins[s] += o.wins[s];
        }
        replicates += o.replicates;
    }

    public Metric objective() {
        return objective;
    }

    /** Replicates on which strategy {@code s} was best, a tie counted as a share of one. */
    public double wins(int s) {
        return wins[s];
    }

    public long replicates() {
        return replicates;
    }
}
