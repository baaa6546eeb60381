package org.adoptsim.cli.sweep.analysis;

import org.adoptsim.cli.sweep.io.Columns;
import org.adoptsim.cli.sweep.io.SweepManifest;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * How the runs a group pools over sweep points relate, which decides the interval of the group's mean:
 * <ul>
 * <li>{@code shared}: runs that share draws or parameters ({@link SharedDraws}: common random numbers,
 * or {@code --posterior}) form groups, and the interval is as wide as over the groups' means;</li>
 * <li>{@code strata}: with independent random numbers on a grid, the runs are independent but the
 * levels pooled over are fixed, so each point is a stratum and the interval is the stratified one,
 * without the spread between the levels;</li>
 * <li>neither (a sampled design with independent random numbers): every run is an independent draw,
 * its parameters included.</li>
 * </ul>
 * Each array gives, by row of the runs table, the run's group or stratum; at most one is set.
 */
record Pooling(int[] shared, int[] strata) {
    static final Pooling INDEPENDENT = new Pooling(null, null);

    Pooling {
        if (shared != null && strata != null) {
            throw new IllegalArgumentException("runs are pooled by shared draws or by strata, not both");
        }
    }

    static Pooling shared(int[] groups) {
        return new Pooling(groups, null);
    }

    static Pooling strata(int[] points) {
        return new Pooling(null, points);
    }

    /** The shared-draws groups of these rows of the runs table, or null without shared draws. */
    int[] sharedOf(int[] rows) {
        return shared == null ? null : pick(shared, rows);
    }

    /** The strata of these rows of the runs table, or null when the runs are not pooled over fixed levels. */
    int[] strataOf(int[] rows) {
        return strata == null ? null : pick(strata, rows);
    }

    /** The entries of {@code byRow} at {@code rows}. */
    private static int[] pick(int[] byRow, int[] rows) {
        int[] out = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = byRow[rows[k]];
        }
        return out;
    }

    /** Its name in the analysis manifest: {@code shared-draws}, {@code strata} or {@code runs}. */
    String name() {
        return shared != null ? "shared-draws" : strata != null ? "strata" : "runs";
    }

    /** What the intervals of pooled groups are, in words, for the printed analysis. */
    String words() {
        if (shared != null) {
            return "over the means of the runs that share draws (common random numbers or --posterior pairs)";
        }
        return strata != null ? "stratified by point (a grid with independent draws: its levels are fixed)"
                : "over runs (independent runs of sampled parameters)";
    }

    /** The pooling of this sweep's runs, from its manifest: shared draws, strata of a grid, or independent. */
    static Pooling of(Table runs, SweepManifest manifest) {
        int[] shared = SharedDraws.groups(runs, manifest);
        if (shared != null) {
            return shared(shared);
        }
        if (!manifest.design().path("type").asText().equals("grid")) {
            return INDEPENDENT;
        }
        DoubleColumn point = runs.doubleColumn(Columns.POINT);
        int[] points = new int[runs.rowCount()];
        for (int row = 0; row < points.length; row++) {
            points[row] = (int) point.getDouble(row);
        }
        return strata(points);
    }
}
