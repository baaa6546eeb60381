package org.adoptsim.cli.decide.discover;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.sweep.analysis.SweepTables;
import org.adoptsim.cli.sweep.io.Columns;
import org.adoptsim.cli.sweep.io.SweepManifest;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A sweep's runs (or points) as cases for scenario discovery: one case per run — the point and
 * replicate, every strategy side by side — or per point. {@code inputs} are the numeric parameters (the
 * box's dimensions); {@code columns} are what a condition may read: each parameter by label, each metric
 * column as {@code STRATEGY.COLUMN}, and, for the focus strategy (the only one, or the one named),
 * each metric column by its plain name. Immutable.
 *
 * @param inputs      names of the input dimensions (parameter labels)
 * @param x           one row per case, one value per input
 * @param columns     names a condition may use
 * @param values      one row per case, one value per column (NaN where missing)
 * @param skipped     text-valued parameters left out of the inputs
 */
public record CaseTable(List<String> inputs, double[][] x, List<String> columns, double[][] values,
        List<String> skipped) {

    public static CaseTable from(SweepTables tables, boolean perRun, String focus) {
        SweepManifest m = tables.manifest();
        Table t = perRun ? tables.runs() : tables.points();
        List<String> strategies = m.strategies();
        if (focus != null && !strategies.contains(focus)) {
            throw new InputException("--strategy: the sweep has no strategy '" + focus + "'; it has: "
                    + String.join(", ", strategies));
        }
        String plain = focus != null ? focus : strategies.size() == 1 ? strategies.get(0) : null;
        List<String> inputs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (SweepManifest.ParameterInfo p : m.parameters()) {
            labels.add(p.label());
            (p.numeric() ? inputs : skipped).add(p.label());
        }
        List<String> metricColumns = new ArrayList<>();
        for (String c : t.columnNames()) {
            if (!c.equals(Columns.POINT) && !c.equals(Columns.REPLICATE) && !c.equals(Columns.STRATEGY)
                    && !c.equals(Columns.REPLICATES) && !labels.contains(c)) {
                metricColumns.add(c);
            }
        }
        List<String> columns = new ArrayList<>(inputs);
        for (String s : strategies) {
            for (String c : metricColumns) {
                columns.add(s + "." + c);
            }
        }
        if (plain != null) {
            columns.addAll(metricColumns);
        }
        Map<String, double[]> cases = new LinkedHashMap<>();
        Column<?> point = t.column(Columns.POINT);
        Column<?> replicate = perRun ? t.column(Columns.REPLICATE) : null;
        Column<?> strategy = t.column(Columns.STRATEGY);
        int width = columns.size();
        for (int row = 0; row < t.rowCount(); row++) {
            String key = number(point, row) + (perRun ? "/" + number(replicate, row) : "");
            double[] v = cases.computeIfAbsent(key, k -> filledNaN(width));
            for (int j = 0; j < inputs.size(); j++) {
                v[j] = number(t.column(inputs.get(j)), row);
            }
            String s = strategy.getString(row);
            for (int c = 0; c < metricColumns.size(); c++) {
                double value = number(t.column(metricColumns.get(c)), row);
                v[inputs.size() + strategies.indexOf(s) * metricColumns.size() + c] = value;
                if (s.equals(plain)) {
                    v[inputs.size() + strategies.size() * metricColumns.size() + c] = value;
                }
            }
        }
        double[][] values = cases.values().toArray(new double[0][]);
        double[][] x = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            x[i] = java.util.Arrays.copyOf(values[i], inputs.size());
        }
        return new CaseTable(inputs, x, columns, values, skipped);
    }

    public int size() {
        return x.length;
    }

    private static double[] filledNaN(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    private static double number(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return Double.NaN;
        }
        Object o = c.get(row);
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
