package org.adoptsim.cli.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.core.result.LedgerEntry;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.TeamStatus;

/**
 * Per strategy and week (weeks 1 … W, "at the end of week w"), the averages and quantiles over
 * replicates of weekly.csv, as named columns of doubles. Shares are of teams, in [0, 1]; state and
 * reason columns are mean numbers of teams. Immutable.
 */
public final class WeeklyTable {
    /** Quantile probabilities of the adoption columns, and their column suffixes. */
    public static final double[] PROBS = {0.05, 0.25, 0.5, 0.75, 0.95};
    public static final String[] PROB_SUFFIXES = {"p05", "p25", "p50", "p75", "p95"};

    private final int weeks;
    private final List<String> columns;
    private final Map<String, double[][]> values;

    /** @param values per strategy (in order), one array per column, each of {@code weeks} values */
    public WeeklyTable(int weeks, List<String> columns, Map<String, double[][]> values) {
        this.weeks = weeks;
        this.columns = List.copyOf(columns);
        Map<String, double[][]> copy = new LinkedHashMap<>();
        values.forEach((strategy, cols) -> {
            if (cols.length != columns.size()) {
                throw new IllegalArgumentException(strategy + ": " + cols.length + " columns, expected "
                        + columns.size());
            }
            double[][] c = new double[cols.length][];
            for (int i = 0; i < cols.length; i++) {
                if (cols[i].length != weeks) {
                    throw new IllegalArgumentException(strategy + ": column " + columns.get(i) + " has "
                            + cols[i].length + " weeks, expected " + weeks);
                }
                c[i] = cols[i].clone();
            }
            copy.put(strategy, c);
        });
        this.values = Collections.unmodifiableMap(copy);
    }

    /** The columns every weekly table has, in file order (after strategy and week). */
    public static List<String> standardColumns() {
        List<String> c = new ArrayList<>();
        for (String series : List.of("honest", "vanity", "adopted")) {
            c.add(series + "_mean");
            for (String p : PROB_SUFFIXES) {
                c.add(series + "_" + p);
            }
        }
        for (TeamStatus s : TeamStatus.values()) {
            c.add(stateColumn(s));
        }
        for (Reason r : Reason.values()) {
            if (r != Reason.NONE) {
                c.add(reasonColumn(r));
            }
        }
        c.add("mean_resentment");
        c.add("incidents_mean");
        c.add("dual_team_weeks_mean");
        for (LedgerEntry e : LedgerEntry.values()) {
            c.add(e.label() + "_mean");
        }
        c.addAll(List.of("net_hours_mean", "net_hours_ci_low", "net_hours_ci_high"));
        return c;
    }

    public static String stateColumn(TeamStatus s) {
        return "state_" + s.id() + "_mean";
    }

    public static String reasonColumn(Reason r) {
        return "reason_" + r.id().replace('-', '_') + "_mean";
    }

    /**
     * The column of teams whose laggard reason is {@code sign-off} naming {@code function} (docs/model.md,
     * "Across functions"), written as the scenario declares it, as in functions-weekly.csv. These
     * columns exist only with functions declared; they split {@code reason_sign_off_mean}.
     */
    public static String signOffColumn(String function) {
        return SIGN_OFF_PREFIX + function + "_mean";
    }

    private static final String SIGN_OFF_PREFIX = "reason_sign_off_";

    /** The functions named by this table's {@link #signOffColumn} columns, in column order (empty without functions). */
    public List<String> signOffFunctions() {
        String total = reasonColumn(Reason.SIGN_OFF);
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            if (c.startsWith(SIGN_OFF_PREFIX) && c.endsWith("_mean") && !c.equals(total)) {
                out.add(c.substring(SIGN_OFF_PREFIX.length(), c.length() - "_mean".length()));
            }
        }
        return out;
    }

    public int weeks() {
        return weeks;
    }

    public List<String> columns() {
        return columns;
    }

    public List<String> strategies() {
        return List.copyOf(values.keySet());
    }

    /** One column of one strategy, week 1 first (a copy). */
    public double[] column(String strategy, String column) {
        double[][] cols = values.get(strategy);
        if (cols == null) {
            throw new IllegalArgumentException("no weekly figures for strategy '" + strategy + "'");
        }
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no weekly column '" + column + "'");
        }
        return cols[i].clone();
    }

    public double value(String strategy, String column, int week) {
        return values.get(strategy)[columns.indexOf(column)][week - 1];
    }
}
