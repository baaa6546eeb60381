package org.adoptsim.core.org;

import java.util.Arrays;
import org.adoptsim.core.config.Archetype;

/**
 * One drawn organisation: every team's attributes and the two graphs. Immutable; the engine copies
 * what it mutates. Per-team arrays are indexed by team (0 … teams-1). The {@code converted…} arrays
 * hold the pragmatist values a holdout takes on if it is converted (for other teams, their own values).
 */
public final class Org {
    final int[] department;
    final Archetype[] archetype;
    final double[] threshold;
    final int[] proofNeeded;
    final double[] effort;
    final double[] capacity;
    final double[] gain;
    final double[] stayCost;
    final double[] horizon;
    final int[] hiddenDeps;
    final double[] convertedThreshold;
    final int[] convertedProofNeeded;
    final double[] convertedHorizon;
    final boolean completeNetwork;
    final Graph network;
    final Graph upstream;

    Org(int[] department, Archetype[] archetype, double[] threshold, int[] proofNeeded, double[] effort,
            double[] capacity, double[] gain, double[] stayCost, double[] horizon, int[] hiddenDeps,
            double[] convertedThreshold, int[] convertedProofNeeded, double[] convertedHorizon,
            boolean completeNetwork, Graph network, Graph upstream) {
        this.department = department;
        this.archetype = archetype;
        this.threshold = threshold;
        this.proofNeeded = proofNeeded;
        this.effort = effort;
        this.capacity = capacity;
        this.gain = gain;
        this.stayCost = stayCost;
        this.horizon = horizon;
        this.hiddenDeps = hiddenDeps;
        this.convertedThreshold = convertedThreshold;
        this.convertedProofNeeded = convertedProofNeeded;
        this.convertedHorizon = convertedHorizon;
        this.completeNetwork = completeNetwork;
        this.network = network;
        this.upstream = upstream;
    }

    public int teams() {
        return archetype.length;
    }

    public int department(int team) {
        return department[team];
    }

    public Archetype archetype(int team) {
        return archetype[team];
    }

    public double threshold(int team) {
        return threshold[team];
    }

    public int proofNeeded(int team) {
        return proofNeeded[team];
    }

    public double effort(int team) {
        return effort[team];
    }

    public double capacity(int team) {
        return capacity[team];
    }

    public double gain(int team) {
        return gain[team];
    }

    public double stayCost(int team) {
        return stayCost[team];
    }

    public double horizon(int team) {
        return horizon[team];
    }

    public int hiddenDeps(int team) {
        return hiddenDeps[team];
    }

    public double convertedThreshold(int team) {
        return convertedThreshold[team];
    }

    public int convertedProofNeeded(int team) {
        return convertedProofNeeded[team];
    }

    public double convertedHorizon(int team) {
        return convertedHorizon[team];
    }

    /** True when every team sees every other (the network is then not stored). */
    public boolean completeNetwork() {
        return completeNetwork;
    }

    /** Influence ties (empty when {@link #completeNetwork()}). */
    public Graph network() {
        return network;
    }

    /** Row i: the teams team i depends on. */
    public Graph upstream() {
        return upstream;
    }

    public int count(Archetype a) {
        return (int) Arrays.stream(archetype).filter(x -> x == a).count();
    }

    /** Bytes held by the per-team arrays and both graphs (object headers excluded). */
    public long bytes() {
        int n = teams();
        return n * (4L + 4 + 8 + 4 + 8 * 5 + 4 + 8 + 4 + 8) + network.bytes() + upstream.bytes();
    }
}
