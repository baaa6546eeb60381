package org.adoptsim.cli.sweep.run;

/**
 * Receives a sweep's results in deterministic order — point by point, replicate by replicate — on
 * the thread that runs the sweep. {@code metrics} holds, strategy by strategy, each kept metric
 * ({@code metrics[s·M + m]}); the array is the sink's to keep or drop. I/O problems are unchecked.
 */
public interface ResultSink {

    void replicate(long point, Object[] values, int replicate, double[] metrics);

    /** Called after the last replicate of a point. */
    void pointDone(long point, Object[] values);
}
