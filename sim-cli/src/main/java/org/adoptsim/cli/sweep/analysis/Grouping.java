package org.adoptsim.cli.sweep.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.adoptsim.cli.text.Num;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Splits a table's rows into groups by the values of some columns and orders the groups: text values
 * and listed numbers keep the order of their first appearance (the sweep's listing order), numeric
 * columns with more than {@code maxLevels} distinct values are cut into {@code bins} equal-count bins
 * labelled {@code [lo, hi)}, in ascending order. Immutable once built.
 */
public final class Grouping {
    private final List<String> columns;
    private final List<List<String>> keys;
    private final List<int[]> rows;

    private Grouping(List<String> columns, List<List<String>> keys, List<int[]> rows) {
        this.columns = columns;
        this.keys = keys;
        this.rows = rows;
    }

    public static Grouping of(Table t, List<String> by, int maxLevels, int bins) {
        int n = t.rowCount();
        List<Labeller> labellers = new ArrayList<>();
        for (String c : by) {
            labellers.add(Labeller.of(t.column(c), maxLevels, bins));
        }
        Map<List<Integer>, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            List<Integer> key = new ArrayList<>(by.size());
            for (Labeller l : labellers) {
                key.add(l.rank(r));
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<List<Integer>> order = new ArrayList<>(groups.keySet());
        order.sort((a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = Integer.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        List<List<String>> keys = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        for (List<Integer> k : order) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < k.size(); i++) {
                labels.add(labellers.get(i).label(k.get(i)));
            }
            keys.add(labels);
            rows.add(groups.get(k).stream().mapToInt(Integer::intValue).toArray());
        }
        return new Grouping(List.copyOf(by), keys, rows);
    }

    public List<String> columns() {
        return columns;
    }

    public int size() {
        return keys.size();
    }

    /** The group's value (or bin label) in each grouping column. */
    public List<String> key(int group) {
        return keys.get(group);
    }

    public int[] rows(int group) {
        return rows.get(group);
    }

    /** The values of a numeric column in one group (NaN for missing). */
    public double[] values(DoubleColumn column, int group) {
        int[] r = rows.get(group);
        double[] out = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = column.getDouble(r[i]);
        }
        return out;
    }

    /** Ranks and labels the values of one grouping column. */
    private static final class Labeller {
        private final int[] rankOfRow;
        private final List<String> labels;

        private Labeller(int[] rankOfRow, List<String> labels) {
            this.rankOfRow = rankOfRow;
            this.labels = labels;
        }

        int rank(int row) {
            return rankOfRow[row];
        }

        String label(int rank) {
            return labels.get(rank);
        }

        static Labeller of(Column<?> c, int maxLevels, int bins) {
            if (c instanceof DoubleColumn d && d.unique().size() > maxLevels) {
                return binned(d, bins);
            }
            Map<String, Integer> seen = new LinkedHashMap<>();
            int[] rank = new int[c.size()];
            for (int r = 0; r < c.size(); r++) {
                String v = c instanceof DoubleColumn d ? Num.csv(d.getDouble(r)) : ((StringColumn) c).get(r);
                rank[r] = seen.computeIfAbsent(v, k -> seen.size());
            }
            return new Labeller(rank, new ArrayList<>(seen.keySet()));
        }

        static Labeller binned(DoubleColumn d, int bins) {
            double[] sorted = d.removeMissing().asDoubleArray();
            Arrays.sort(sorted);
            // bin b starts at the sorted value number floor(b·n/bins), so the bins' counts differ by at most one
            // (ties aside: a value equal to an edge belongs to the bin that edge starts); the last edge is the
            // largest value. Rounding b·(n−1)/bins instead gave 60 values 12/12/11/12/13.
            double[] edges = new double[bins + 1];
            for (int b = 0; b < bins; b++) {
                edges[b] = sorted[(int) Math.min(sorted.length - 1, (long) b * sorted.length / bins)];
            }
            edges[bins] = sorted[sorted.length - 1];
            List<String> labels = new ArrayList<>();
            for (int b = 0; b < bins; b++) {
                labels.add(String.format(Locale.ROOT, "[%s, %s%s", Num.label(edges[b], 4), Num.label(edges[b + 1], 4),
                        b == bins - 1 ? "]" : ")"));
            }
            int[] rank = new int[d.size()];
            for (int r = 0; r < d.size(); r++) {
                double v = d.getDouble(r);
                int b = 0;
                while (b < bins - 1 && v >= edges[b + 1]) {
                    b++;
                }
                rank[r] = b;
            }
            return new Labeller(rank, labels);
        }
    }
}
