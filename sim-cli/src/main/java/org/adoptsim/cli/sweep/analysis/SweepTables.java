package org.adoptsim.cli.sweep.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.sweep.io.Columns;
import org.adoptsim.cli.sweep.io.ResumeCommand;
import org.adoptsim.cli.sweep.io.SweepManifest;
import org.adoptsim.cli.sweep.io.ParquetTables;
import org.adoptsim.cli.sweep.io.TableSchema;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * A complete sweep directory loaded for analysis: its manifest and its {@code runs} and {@code points}
 * tables as Tablesaw tables (CSV or Parquet alike). Strategy and non-numeric parameters are text
 * columns, everything else doubles with missing values for empty cells. Immutable once loaded.
 */
public record SweepTables(SweepManifest manifest, Table runs, Table points) {

    /** Loads {@code dir}; {@code withRuns} false skips the (large) runs table. */
    public static SweepTables load(Path dir, boolean withRuns) {
        SweepManifest m = SweepManifest.read(dir);
        if (!m.status().equals(SweepManifest.COMPLETE)) {
            throw new InputException(dir + ": the sweep is not complete (" + (m.pointsDone() - m.fromPoint())
                    + " of " + (m.toPoint() - m.fromPoint()) + " points); finish it with " + ResumeCommand.of(m, dir)
                    + (m.shard().whole() ? "" : ", then merge the shards"));
        }
        if (!m.shard().whole()) {
            throw new InputException(dir + ": holds shard " + m.shard() + " only; merge the shards first"
                    + " (adoptsim merge)");
        }
        Set<String> text = textColumns(m);
        Table points = read(dir, "points", m.format(), text);
        Table runs = withRuns ? read(dir, "runs", m.format(), text) : null;
        return new SweepTables(m, runs, points);
    }

    private static Set<String> textColumns(SweepManifest m) {
        java.util.Set<String> t = new java.util.HashSet<>(List.of(Columns.STRATEGY));
        m.parameters().stream().filter(p -> !p.numeric()).forEach(p -> t.add(p.label()));
        return t;
    }

    private static Table read(Path dir, String table, String format, Set<String> text) {
        Path file = dir.resolve(table + "." + format);
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": missing");
        }
        if (format.equals("parquet")) {
            return parquet(file, table);
        }
        try {
            return Table.read().usingOptions(CsvReadOptions.builder(file.toFile()).tableName(table)
                    .columnTypes(name -> text.contains(name) ? ColumnType.STRING : ColumnType.DOUBLE)
                    .missingValueIndicator("").maxCharsPerColumn(1 << 16).build());
        } catch (RuntimeException e) {
            throw new InputException(file + ": unreadable (" + e.getMessage() + ")");
        }
    }

    private static Table parquet(Path file, String name) {
        TableSchema schema = ParquetTables.schema(file.toFile());
        Column<?>[] cols = new Column<?>[schema.columns().size()];
        for (int i = 0; i < cols.length; i++) {
            String c = schema.columns().get(i);
            cols[i] = schema.types().get(i) == TableSchema.Type.TEXT ? StringColumn.create(c) : DoubleColumn.create(c);
        }
        ParquetTables.read(file.toFile(), schema, row -> {
            for (int i = 0; i < cols.length; i++) {
                String v = row.get(i);
                if (cols[i] instanceof StringColumn s) {
                    s.append(v);
                } else if (v.isEmpty()) {
                    ((DoubleColumn) cols[i]).appendMissing();
                } else {
                    ((DoubleColumn) cols[i]).append(Double.parseDouble(v));
                }
            }
        });
        return Table.create(name, cols);
    }
}
