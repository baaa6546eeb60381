package org.adoptsim.cli.calibrate;

import java.util.List;

/**
 * Independent uniform priors on a box, each either on the parameter itself or on its logarithm
 * (log-uniform: for positive scale parameters such as hours, where a factor matters, not a
 * difference). The algorithm works in the transformed space ({@code u = log θ} for log-uniform), where
 * every prior is flat, so the prior density is a constant inside the box.
 *
 * @param names the parameters' scenario paths
 * @param min   lower bounds on θ
 * @param max   upper bounds on θ
 * @param log   whether each prior is log-uniform
 */
public record Prior(List<String> names, double[] min, double[] max, boolean[] log) {

    public Prior {
        names = List.copyOf(names);
        min = min.clone();
        max = max.clone();
        log = log.clone();
        for (int i = 0; i < names.size(); i++) {
            if (!(min[i] < max[i]) || !Double.isFinite(min[i]) || !Double.isFinite(max[i])) {
                throw new IllegalArgumentException(names.get(i) + ": prior needs min < max, was " + min[i] + " .. " + max[i]);
            }
            if (log[i] && min[i] <= 0) {
                throw new IllegalArgumentException(names.get(i) + ": a log-uniform prior needs min > 0");
            }
        }
    }

    public int size() {
        return names.size();
    }

    /** θ → u. */
    public double[] toU(double[] theta) {
        double[] u = new double[theta.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = log[i] ? Math.log(theta[i]) : theta[i];
        }
        return u;
    }

    /** u → θ, clamped into the box (exp and log may round just outside it). */
    public double[] toTheta(double[] u) {
        double[] t = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            t[i] = theta(i, u[i]);
        }
        return t;
    }

    /** θ_i of one u_i, clamped into the box: the one way from the transformed space back, for every caller. */
    private double theta(int i, double u) {
        return Math.min(max[i], Math.max(min[i], log[i] ? Math.exp(u) : u));
    }

    /** u_i at {@code fraction} of the way across the box. */
    private double uAt(int i, double fraction) {
        return lowU(i) + fraction * (highU(i) - lowU(i));
    }

    public double lowU(int i) {
        return log[i] ? Math.log(min[i]) : min[i];
    }

    public double highU(int i) {
        return log[i] ? Math.log(max[i]) : max[i];
    }

    /** Whether u lies inside the box (prior density > 0). */
    public boolean contains(double[] u) {
        for (int i = 0; i < u.length; i++) {
            if (u[i] < lowU(i) || u[i] > highU(i)) {
                return false;
            }
        }
        return true;
    }

    /** θ_i at {@code fraction} (0: min, 1: max) of the way across the box, in the transformed space. */
    public double at(int i, double fraction) {
        if (fraction <= 0) {
            return min[i];
        }
        if (fraction >= 1) {
            return max[i];
        }
        return theta(i, uAt(i, fraction));
    }

    /** The prior's central 90 % interval of θ_i. */
    public double[] interval90(int i) {
        return new double[] {at(i, 0.05), at(i, 0.95)};
    }
}
