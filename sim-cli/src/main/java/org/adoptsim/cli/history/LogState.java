package org.adoptsim.cli.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A migration log turned into the state of the initiative's week {@code N} (the first week a run
 * {@code --from state.csv --week N} simulates), as rows of the state file that {@code --from} reads
 * (docs/outputs.md, "state"). What the log says at the end of week N − 1 is kept; what it cannot say is
 * filled by these assumptions (chosen):
 * <ul>
 * <li>a team with a done week before N is {@code done} in that week, with progress 1;</li>
 * <li>a team that started before N and is not done is {@code migrating}, its progress the weeks it has
 * worked (N − start) over the median weeks the log's teams done before N took (done − start + 1),
 * capped at 0.9 (it has not finished, so it is not taken as nearly done); 0 when no team was done;</li>
 * <li>a team that had not started is {@code idle};</li>
 * <li>when the log records nothing at or after week N, it is taken as written at week N (as
 * {@code run --history --weeks N} writes it, and as an organisation's own record of today reads), and
 * its status column refines the above: a started team that was {@code blocked} or {@code dual}, and a
 * team not started that was {@code willing}, keep that status;</li>
 * <li>no team is a champion or a coalition member: a log does not record either, so the state file
 * leaves both columns out (add them by hand where known).</li>
 * </ul>
 */
public final class LogState {
    /** The state file's columns, in order. */
    public static final List<String> HEADER = List.of("team", "status", "progress", "done_week");
    /** Progress is never estimated above this for a team that has not finished. */
    static final double MAX_PROGRESS = 0.9;
    private static final Set<String> STARTED = Set.of("blocked", "dual");
    private static final Set<String> NOT_STARTED = Set.of("willing");

    /** One team's row: status, progress (0–1) and done week (−1: not done). */
    public record Row(String team, String status, double progress, int doneWeek) {
    }

    private LogState() {
    }

    /** The state at the start of week {@code week} (at least 1). */
    public static List<Row> at(MigrationLog log, int week) {
        if (week < 1) {
            throw new IllegalArgumentException("week must be >= 1, was " + week);
        }
        MigrationLog cut = log.upTo(week - 1);
        boolean writtenThen = log.lastEvent() < week;
        int[] start = cut.start();
        int[] done = cut.done();
        double typical = medianDuration(start, done);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < cut.size(); i++) {
            String said = log.status().get(i).toLowerCase(java.util.Locale.ROOT);
            String team = cut.teams().get(i);
            if (done[i] >= 0) {
                rows.add(new Row(team, "done", 1, done[i]));
            } else if (start[i] >= 0) {
                double progress = Double.isNaN(typical) ? 0 : Math.min(MAX_PROGRESS, (week - start[i]) / typical);
                rows.add(new Row(team, writtenThen && STARTED.contains(said) ? said : "migrating", progress, -1));
            } else {
                rows.add(new Row(team, writtenThen && NOT_STARTED.contains(said) ? said : "idle", 0, -1));
            }
        }
        return rows;
    }

    /** Median of done − start + 1 over the teams done, NaN when none is. */
    static double medianDuration(int[] start, int[] done) {
        double[] d = new double[done.length];
        int n = 0;
        for (int i = 0; i < done.length; i++) {
            if (done[i] >= 0) {
                d[n++] = done[i] - start[i] + 1;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(d, 0, n);
        return n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
    }
}
