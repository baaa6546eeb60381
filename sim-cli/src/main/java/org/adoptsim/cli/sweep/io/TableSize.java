package org.adoptsim.cli.sweep.io;

import java.util.List;

/**
 * An upper estimate of what a sweep's tables will still take on disk, so that a sweep that cannot fit is
 * refused before it starts ({@link org.adoptsim.cli.scenario.ResourceBudget#checkDisk}): {@value #CELL_BYTES}
 * bytes a cell plus the longest strategy name, per row of {@code runs.csv} (one a run) and of
 * {@code points.csv} (one a point and strategy). The shipped sweeps write 6 to 7 bytes a cell. The CSV journals
 * grow by the runs still to do; with Parquet the whole sweep's tables are then converted from them, so the
 * Parquet copies count every run, resumed or not, at the CSV size. Immutable.
 */
public record TableSize(long runRows, long pointRows, double bytes) {
    /** Bytes per cell, generous: six decimals, a comma, usually a short integer part. */
    static final int CELL_BYTES = 8;

    /**
     * The tables of a sweep of {@code runs} runs ({@code replicates} a point), {@code done} of them already
     * written, in {@code format}.
     */
    public static TableSize of(Columns columns, List<String> strategies, long runs, long done, int replicates,
            String format) {
        int name = strategies.stream().mapToInt(String::length).max().orElse(0);
        long toDo = runs - done;
        double journals = csvBytes(columns, name, toDo, replicates);
        double parquet = format.equals("parquet") ? csvBytes(columns, name, runs, replicates) : 0;
        return new TableSize(toDo, toDo / Math.max(1, replicates), journals + parquet);
    }

    private static double csvBytes(Columns columns, int name, long runs, int replicates) {
        long pointRows = runs / Math.max(1, replicates);
        return (double) runs * (columns.runs().size() * CELL_BYTES + name)
                + (double) pointRows * (columns.points().size() * CELL_BYTES + name);
    }
}
