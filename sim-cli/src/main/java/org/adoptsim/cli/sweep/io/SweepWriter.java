package org.adoptsim.cli.sweep.io;

import org.adoptsim.cli.text.Num;
import org.adoptsim.cli.output.Csv;


import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import org.adoptsim.cli.sweep.run.ResultSink;
import org.adoptsim.cli.results.Metric;

/**
 * Streams a sweep's results into its two journals — one {@code runs} row per (point, replicate,
 * strategy), one {@code points} row per (point, strategy) once the point is complete — hands each
 * complete point to the operating system (so the tables grow visibly), and records a {@link Checkpoint}
 * at point boundaries, at most once per {@code checkpointNanos} and whenever asked.
 * Keeps nothing per run: one row buffer and one point's accumulators. Not thread-safe.
 */
public final class SweepWriter implements ResultSink {
    private final Columns columns;
    private final List<String> strategies;
    private final Journal runs;
    private final Journal points;
    private final Path checkpointFile;
    private final String hash;
    private final LongSupplier clock;
    private final long checkpointNanos;
    private final int replicates;
    private final PointStats stats;
    private final StringBuilder row = new StringBuilder(512);
    private long runsDone;
    private Checkpoint atPointEnd;
    private long lastCheckpoint;
    private Checkpoint last;

    public SweepWriter(Columns columns, List<String> strategies, Journal runs, Journal points, Path checkpointFile,
            String hash, int replicates, Checkpoint start, LongSupplier clock, long checkpointNanos) {
        this.columns = columns;
        this.strategies = List.copyOf(strategies);
        this.runs = runs;
        this.points = points;
        this.checkpointFile = checkpointFile;
        this.hash = hash;
        this.clock = clock;
        this.checkpointNanos = checkpointNanos;
        this.stats = new PointStats(strategies.size(), columns.metrics());
        this.replicates = replicates;
        this.runsDone = start.runsDone();
        this.atPointEnd = start;
        this.last = start;
        this.lastCheckpoint = clock.getAsLong();
    }

    /**
     * Replicates 2k and 2k + 1 of every point share a parameter set ({@code sweep --posterior}): the
     * points' intervals are then as wide as over the pairs. Call before the first replicate.
     */
    public SweepWriter sharingParametersInPairs() {
        stats.sharingParametersInPairs();
        return this;
    }

    @Override
    public void replicate(long point, Object[] values, int replicate, double[] metrics) {
        int m = columns.metrics().size();
        for (int s = 0; s < strategies.size(); s++) {
            row.setLength(0);
            row.append(point).append(',').append(replicate).append(',');
            Csv.append(row, strategies.get(s));
            appendValues(values);
            for (int j = 0; j < m; j++) {
                row.append(',');
                Num.appendCsv(row, metrics[s * m + j]);
            }
            row.append('\n');
            runs.append(row);
        }
        stats.add(metrics, replicate);
        runsDone += strategies.size();
    }

    @Override
    public void pointDone(long point, Object[] values) {
        List<Metric> metrics = columns.metrics();
        for (int s = 0; s < strategies.size(); s++) {
            row.setLength(0);
            row.append(point).append(',');
            Csv.append(row, strategies.get(s));
            appendValues(values);
            row.append(',').append(replicates);
            for (int j = 0; j < metrics.size(); j++) {
                stats.appendAggregates(row, s * metrics.size() + j, metrics.get(j).mayBeMissing());
            }
            row.append('\n');
            points.append(row);
        }
        stats.reset();
        atPointEnd = new Checkpoint(hash, point + 1, runs.length(), points.length(), runsDone);
        if (clock.getAsLong() - lastCheckpoint >= checkpointNanos) {
            checkpoint();
        } else {
            runs.flush();
            points.flush();
        }
    }

    /**
     * Commits both journals and records the end of the last complete point (rows of a point still in
     * progress are committed too, but lie beyond the checkpoint and are cut on resume).
     */
    public Checkpoint checkpoint() {
        runs.commit();
        points.commit();
        last = atPointEnd;
        last.write(checkpointFile);
        lastCheckpoint = clock.getAsLong();
        return last;
    }

    /** The last checkpoint written (or the one the writer started from). */
    public Checkpoint lastCheckpoint() {
        return last;
    }

    public void close() {
        runs.close();
        points.close();
    }

    private void appendValues(Object[] values) {
        for (Object v : values) {
            row.append(',');
            ValueText.append(row, v);
        }
    }
}
