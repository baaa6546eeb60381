package org.adoptsim.cli.functions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.results.WeeklyTable;
import org.adoptsim.core.result.Reason;

/**
 * weekly.csv's {@code sign-off} laggard reason split by function (docs/model.md, "Across functions"):
 * one column {@link WeeklyTable#signOffColumn} per declared function, in sign-off order, placed right
 * after {@code reason_sign_off_mean}, which they add up to. A table without functions is returned as it
 * is, so the default scenario's weekly.csv does not change.
 */
public final class SignOffColumns {
    private SignOffColumns() {
    }

    /** {@code weekly} with the split added from the functions' outcomes; {@code weekly} itself when there are none. */
    public static WeeklyTable add(WeeklyTable weekly, FunctionsAccumulator acc) {
        if (!acc.active()) {
            return weekly;
        }
        if (!weekly.strategies().equals(acc.strategies()) || weekly.weeks() != acc.weeks()) {
            throw new IllegalArgumentException("weekly table of " + weekly.strategies() + " over " + weekly.weeks()
                    + " weeks, functions of " + acc.strategies() + " over " + acc.weeks());
        }
        List<String> columns = new ArrayList<>(weekly.columns());
        int at = columns.indexOf(WeeklyTable.reasonColumn(Reason.SIGN_OFF)) + 1;
        List<String> added = acc.functions().stream().map(WeeklyTable::signOffColumn).toList();
        columns.addAll(at, added);
        Map<String, double[][]> values = new LinkedHashMap<>();
        for (int s = 0; s < acc.strategies().size(); s++) {
            String strategy = acc.strategies().get(s);
            double[][] cols = new double[columns.size()][];
            for (int c = 0; c < cols.length; c++) {
                int f = c - at;
                cols[c] = f >= 0 && f < added.size() ? split(acc, s, f) : weekly.column(strategy, columns.get(c));
            }
            values.put(strategy, cols);
        }
        return new WeeklyTable(weekly.weeks(), columns, values);
    }

    private static double[] split(FunctionsAccumulator acc, int s, int f) {
        double[] v = new double[acc.weeks()];
        for (int w = 0; w < v.length; w++) {
            v[w] = acc.signOffReason(s, f, w);
        }
        return v;
    }
}
