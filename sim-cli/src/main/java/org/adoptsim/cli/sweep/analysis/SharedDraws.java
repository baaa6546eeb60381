package org.adoptsim.cli.sweep.analysis;

import org.adoptsim.cli.sweep.io.Columns;
import org.adoptsim.cli.sweep.io.SweepManifest;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Which runs of a sweep are not independent of one another once points are pooled. With common random
 * numbers, replicate r replays the same organisation and events at every point; with {@code --posterior},
 * replicates 2k and 2k + 1 take the same parameter set, and so does that pair at every point. Runs that
 * share either form one group here (the replicate index, or the pair index), and a pooled interval is as
 * wide as the t interval over the groups' means. With independent random numbers and fixed parameters
 * every run stands alone.
 */
final class SharedDraws {
    private SharedDraws() {
    }

    /** Each run's group (by row of {@code runs}), or null when every run is independent. */
    static int[] groups(Table runs, SweepManifest manifest) {
        boolean common = manifest.randomNumbers().equals("common");
        boolean pairs = manifest.posterior();
        if (!common && !pairs) {
            return null;
        }
        DoubleColumn replicate = runs.doubleColumn(Columns.REPLICATE);
        int[] out = new int[runs.rowCount()];
        for (int row = 0; row < out.length; row++) {
            int r = (int) replicate.getDouble(row);
            out[row] = pairs ? r / 2 : r;
        }
        return out;
    }
}
