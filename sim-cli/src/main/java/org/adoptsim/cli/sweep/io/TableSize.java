package org.adoptsim.cli.sweep.io;

import java.util.List;

/**
 * An upper estimate of what a sweep's tables will take on disk, so that a sweep that cannot fit is refused
 * before it starts ({@link org.adoptsim.cli.scenario.ResourceBudget#checkDisk}): {@value #CELL_BYTES} bytes a
 * cell plus the longest strategy name, per row of {@code runs.csv} (one a run) and of {@code points.csv} (one
 * a point and strategy). The shipped sweeps write 6 to 7 bytes a cell. With Parquet the estimate doubles: the
 * CSV journals stay until the Parquet copies are written. Immutable.
 */
public record TableSize(long runRows, long pointRows, double bytes) {
    /** Bytes per cell, generous: six decimals, a comma, usually a short integer part. */
    static final int CELL_BYTES = 8;

    /** The tables of {@code runs} runs of {@code replicates} replicates each point, in {@code format}. */
    public static TableSize of(Columns columns, List<String> strategies, long runs, int replicates, String format) {
        int name = strategies.stream().mapToInt(String::length).max().orElse(0);
        long pointRows = runs / Math.max(1, replicates);
        double csv = (double) runs * (columns.runs().size() * CELL_BYTES + name)
                + (double) pointRows * (columns.points().size() * CELL_BYTES + name);
        return new TableSize(runs, pointRows, format.equals("parquet") ? 2 * csv : csv);
    }
}
