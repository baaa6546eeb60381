package org.adoptsim.cli.decide.select;

/**
 * Where a selection procedure gets its outputs. One call gives one replicate of several systems on
 * common random numbers: replicate {@code r} of every system uses the same draws. {@code result[s][c]}
 * is output column {@code c} of system {@code systems[s]}; column 0 is the objective, the others what
 * the constraints read. NaN in a column means the run had no value (a milestone not reached).
 * Implementations must be deterministic: the same system and replicate give the same numbers.
 */
@FunctionalInterface
public interface Sampler {
    double[][] sample(int[] systems, int replicate);
}
