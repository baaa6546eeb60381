package org.adoptsim.cli.scenario;

import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Scenario;

/**
 * Watts' (2002, PNAS 99:5766) branching-process analysis of his threshold model on an Erdős–Rényi network
 * with mean degree z and one threshold phi for every node, evaluated for a scenario file's (z, phi).
 *
 * <p>A node is vulnerable when one active neighbour is enough, i.e. its degree k satisfies 1 ≤ k ≤ 1/phi.
 * Global cascades are possible when the vulnerable nodes percolate, which for degree distribution p_k is
 * Watts' cascade condition Σ_{k vulnerable} k(k−1)·p_k &gt; z. A single random seed then sets off a global
 * cascade when it touches the giant vulnerable cluster, so the frequency of global cascades is the share
 * of nodes in, or next to, that cluster (Watts' "extended vulnerable cluster"). With u the probability that
 * an edge does not lead into the giant vulnerable cluster, u = 1 − G1(1) + G1(u) for the vulnerable
 * excess-degree generating function G1, and for Poisson degrees that share is 1 − exp(z(u − 1)).
 */
record WattsWindow(double meanDegree, double threshold) {

    static WattsWindow of(Scenario s) {
        NetworkSpec.ErdosRenyi er = (NetworkSpec.ErdosRenyi) s.organisation().network();
        Distribution.Constant phi = (Distribution.Constant) s.organisation().attributes().threshold().all();
        return new WattsWindow(er.meanDegree(), phi.value());
    }

    /** Largest vulnerable degree: one active neighbour out of k reaches phi. */
    int maxVulnerableDegree() {
        return (int) Math.floor(1 / threshold);
    }

    /** Poisson(z) probability of degree k. */
    double degreeProbability(int k) {
        double p = Math.exp(-meanDegree);
        for (int i = 1; i <= k; i++) {
            p *= meanDegree / i;
        }
        return p;
    }

    /** Σ over vulnerable degrees of k(k−1)·p_k: global cascades need it to exceed z. */
    double cascadeCondition() {
        double sum = 0;
        for (int k = 1; k <= maxVulnerableDegree(); k++) {
            sum += k * (k - 1) * degreeProbability(k);
        }
        return sum;
    }

    /** G1(x): generating function of the excess degree of a vulnerable node reached along an edge. */
    private double g1(double x) {
        double sum = 0;
        for (int k = 1; k <= maxVulnerableDegree(); k++) {
            sum += k * degreeProbability(k) * Math.pow(x, k - 1);
        }
        return sum / meanDegree;
    }

    /** Probability that one random seed sets off a global cascade (infinite network). */
    double cascadeFrequency() {
        double u = 0;
        for (int i = 0; i < 100_000; i++) {
            double next = 1 - g1(1) + g1(u);
            if (Math.abs(next - u) < 1e-13) {
                break;
            }
            u = next;
        }
        return 1 - Math.exp(meanDegree * (u - 1));
    }

    @Override
    public String toString() {
        return String.format("z=%s phi=%s: condition %.3f vs z, predicted frequency %.3f", meanDegree, threshold,
                cascadeCondition(), cascadeFrequency());
    }
}
