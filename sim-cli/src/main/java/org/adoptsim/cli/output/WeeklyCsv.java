package org.adoptsim.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.results.WeeklyTable;

/**
 * weekly.csv: one row per strategy and week ({@code week} = 1 … W, the end of that week), strategies in
 * run order, then the {@link WeeklyTable} columns. Reading checks that every strategy has every week
 * in order.
 */
public final class WeeklyCsv {
    private WeeklyCsv() {
    }

    public static void write(WeeklyTable t, Writer out) throws IOException {
        Csv csv = new Csv(out);
        List<String> header = new ArrayList<>(List.of("strategy", "week"));
        header.addAll(t.columns());
        csv.row(header);
        for (String s : t.strategies()) {
            double[][] cols = new double[t.columns().size()][];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = t.column(s, t.columns().get(c));
            }
            for (int w = 0; w < t.weeks(); w++) {
                csv.cell(s).cell(w + 1);
                for (double[] col : cols) {
                    csv.cell(col[w]);
                }
                csv.end();
            }
        }
    }

    public static WeeklyTable read(CsvTable csv) {
        List<String> columns = csv.header().subList(2, csv.header().size());
        if (!csv.header().subList(0, 2).equals(List.of("strategy", "week"))) {
            throw new OutputFormatException(csv.file() + ": header must start with strategy,week");
        }
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        for (int r = 0; r < csv.size(); r++) {
            String s = csv.text(r, "strategy");
            List<double[]> weeks = rows.computeIfAbsent(s, k -> new ArrayList<>());
            if (csv.integer(r, "week") != weeks.size() + 1) {
                throw new OutputFormatException(csv.file() + " line " + (r + 2) + ": week "
                        + csv.text(r, "week") + " out of order for " + s + ", expected " + (weeks.size() + 1));
            }
            double[] row = new double[columns.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = csv.number(r, columns.get(c));
            }
            weeks.add(row);
        }
        return table(csv.file(), columns, rows);
    }

    private static WeeklyTable table(String file, List<String> columns, Map<String, List<double[]>> rows) {
        if (rows.isEmpty()) {
            throw new OutputFormatException(file + ": no rows");
        }
        int weeks = rows.values().iterator().next().size();
        Map<String, double[][]> values = new LinkedHashMap<>();
        rows.forEach((s, list) -> {
            if (list.size() != weeks) {
                throw new OutputFormatException(file + ": " + s + " has " + list.size() + " weeks, expected " + weeks);
            }
            double[][] cols = new double[columns.size()][weeks];
            for (int w = 0; w < weeks; w++) {
                for (int c = 0; c < cols.length; c++) {
                    cols[c][w] = list.get(w)[c];
                }
            }
            values.put(s, cols);
        });
        return new WeeklyTable(weeks, columns, values);
    }
}
