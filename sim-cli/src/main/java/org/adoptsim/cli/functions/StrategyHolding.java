package org.adoptsim.cli.functions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.adoptsim.cli.output.CsvTable;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.results.ComparisonTables;

/**
 * One strategy's line of functions.csv as read back, for the decision brief (and its done teams still
 * waiting, for the verdict and the reading: {@link #withDoneWaiting}): the function holding the
 * migration most (the largest {@code waiting_share}, the first in the file's order on a tie, as the
 * terminal's "who is holding the migration" lines list them) with its share, the team-weeks waited on all
 * the functions, the done teams still waiting for a sign-off at the horizon (summed over the functions, as
 * the verdict counts them) and the platform hours the strategy's levers for the functions cost. NaN for a
 * column a folder written before it existed lacks.
 */
public record StrategyHolding(String strategy, String function, double share, double weeksWaited, double doneWaiting,
        double leverHours) {

    private static final String DONE_WAITING = "done_waiting_at_end_mean";
    private static final String LEVER_HOURS = "lever_hours_mean";

    /**
     * Per strategy, in the manifest's order, from the folder's functions.csv (checked against the manifest
     * first); none when the folder has no such file (a scenario without functions).
     */
    public static List<StrategyHolding> read(OutputFolder out, Manifest m) throws IOException {
        List<StrategyHolding> by = new ArrayList<>();
        Optional<CsvTable> read = out.readListed(m, FunctionsCsv.FUNCTIONS);
        if (read.isEmpty()) {
            return by;
        }
        CsvTable t = read.get();
        for (String strategy : m.strategies()) {
            String top = null;
            double share = -1;
            double waited = 0;
            double done = t.header().contains(DONE_WAITING) ? 0 : Double.NaN;
            double levers = Double.NaN;
            for (int r = 0; r < t.size(); r++) {
                if (!t.text(r, "strategy").equals(strategy)) {
                    continue;
                }
                double s = t.number(r, "waiting_share");
                if (s > share) {
                    top = t.text(r, "function");
                    share = s;
                }
                waited += t.number(r, "weeks_waited_mean");
                if (!Double.isNaN(done)) {
                    done += t.number(r, DONE_WAITING);
                }
                if (t.header().contains(LEVER_HOURS)) {
                    levers = t.number(r, LEVER_HOURS);
                }
            }
            if (top != null) {
                by.add(new StrategyHolding(strategy, top, share, waited, done, levers));
            }
        }
        return by;
    }

    /**
     * The tables read back from a folder ({@code output.DataFiles#read}) with each strategy's done teams still
     * waiting for a sign-off at the end, from the folder's holdings ({@link #read}), for the verdict's and the
     * reading's words.
     */
    public static ComparisonTables withDoneWaiting(List<StrategyHolding> holding, ComparisonTables t) {
        Map<String, Double> by = new LinkedHashMap<>();
        for (StrategyHolding h : holding) {
            if (!Double.isNaN(h.doneWaiting())) {
                by.put(h.strategy(), h.doneWaiting());
            }
        }
        return by.isEmpty() ? t : t.withDoneAwaitingSignOff(by);
    }
}
