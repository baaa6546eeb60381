package org.adoptsim.core.config;

import static org.adoptsim.core.config.Archetype.BELIEVER;
import static org.adoptsim.core.config.Archetype.CONSERVATIVE;
import static org.adoptsim.core.config.Archetype.HOLDOUT;
import static org.adoptsim.core.config.Archetype.PRAGMATIST;

import java.util.Map;

/**
 * The distributions of every team attribute of docs/model.md. Units: hours for effort, hours per week for
 * capacity, gain and stayCost, weeks for horizon, a share of visible adoption for threshold, counts for
 * proofNeeded and hiddenDeps (drawn values are rounded).
 */
public record TeamAttributes(Attribute threshold, Attribute proofNeeded, Attribute effort, Attribute capacity,
        Attribute gain, Attribute stayCost, Attribute horizon, Attribute hiddenDeps) {

    /** A threshold above 1: social proof alone never moves such a team. */
    public static final double NEVER = 2.0;

    public TeamAttributes {
        Checks.required("threshold", threshold);
        Checks.required("proofNeeded", proofNeeded);
        Checks.required("effort", effort);
        Checks.required("capacity", capacity);
        Checks.required("gain", gain);
        Checks.required("stayCost", stayCost);
        Checks.required("horizon", horizon);
        Checks.required("hiddenDeps", hiddenDeps);
    }

    /** docs/model.md's defaults. */
    public static TeamAttributes defaults() {
        Distribution c0 = Distribution.constant(0);
        Attribute threshold = new Attribute(new Distribution.Beta(1, 7), Map.of(
                BELIEVER, c0,
                PRAGMATIST, new Distribution.Beta(1, 7),
                CONSERVATIVE, new Distribution.Beta(2, 2.75),
                HOLDOUT, Distribution.constant(NEVER)), 0, NEVER);
        Attribute proof = new Attribute(Distribution.constant(1), Map.of(
                BELIEVER, c0,
                PRAGMATIST, Distribution.constant(1),
                CONSERVATIVE, Distribution.constant(3),
                HOLDOUT, Distribution.constant(5)), 0, 1_000_000);
        Attribute horizon = new Attribute(new Distribution.Uniform(39, 78), Map.of(
                BELIEVER, new Distribution.Uniform(45, 90),
                PRAGMATIST, new Distribution.Uniform(39, 78),
                CONSERVATIVE, new Distribution.Uniform(10, 21),
                HOLDOUT, new Distribution.Uniform(39, 78)), 0, 1e6);
        return new TeamAttributes(threshold, proof,
                Attribute.of(new Distribution.LogNormal(360, 0.6), 0, 1e7),
                Attribute.of(new Distribution.Uniform(18, 54), 0.1, 1e4),
                Attribute.of(new Distribution.LogNormal(18, 0.6), 0, 1e4),
                Attribute.of(new Distribution.LogNormal(4, 0.6), 0, 1e4),
                horizon,
                Attribute.of(new Distribution.Poisson(1), 0, 1000));
    }

    public TeamAttributes withThreshold(Attribute a) {
        return new TeamAttributes(a, proofNeeded, effort, capacity, gain, stayCost, horizon, hiddenDeps);
    }

    public TeamAttributes withProofNeeded(Attribute a) {
        return new TeamAttributes(threshold, a, effort, capacity, gain, stayCost, horizon, hiddenDeps);
    }

    public TeamAttributes withEffort(Attribute a) {
        return new TeamAttributes(threshold, proofNeeded, a, capacity, gain, stayCost, horizon, hiddenDeps);
    }

    public TeamAttributes withCapacity(Attribute a) {
        return new TeamAttributes(threshold, proofNeeded, effort, a, gain, stayCost, horizon, hiddenDeps);
    }

    public TeamAttributes withGain(Attribute a) {
        return new TeamAttributes(threshold, proofNeeded, effort, capacity, a, stayCost, horizon, hiddenDeps);
    }

    public TeamAttributes withStayCost(Attribute a) {
        return new TeamAttributes(threshold, proofNeeded, effort, capacity, gain, a, horizon, hiddenDeps);
    }

    public TeamAttributes withHorizon(Attribute a) {
        return new TeamAttributes(threshold, proofNeeded, effort, capacity, gain, stayCost, a, hiddenDeps);
    }

    public TeamAttributes withHiddenDeps(Attribute a) {
        return new TeamAttributes(threshold, proofNeeded, effort, capacity, gain, stayCost, horizon, a);
    }
}
