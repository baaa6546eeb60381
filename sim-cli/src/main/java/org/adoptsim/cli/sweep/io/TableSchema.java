package org.adoptsim.cli.sweep.io;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.results.Metric;

/**
 * The column names and types of a sweep table, for Parquet: point and counts are integers, strategy
 * and non-numeric parameters text, everything else (numeric parameters, metrics, aggregates) doubles
 * that may be missing. Built from the same {@link Columns} as the CSV header, so the two formats hold
 * the same columns in the same order. Immutable.
 */
public record TableSchema(String name, List<String> columns, List<Type> types) {

    /** A column's type. */
    public enum Type { LONG, TEXT, DOUBLE }

    public TableSchema {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
    }

    public static TableSchema runs(Columns c, List<Boolean> numericParameters) {
        List<Type> t = new ArrayList<>(List.of(Type.LONG, Type.LONG, Type.TEXT));
        numericParameters.forEach(n -> t.add(n ? Type.DOUBLE : Type.TEXT));
        c.metrics().forEach(m -> t.add(Type.DOUBLE));
        return new TableSchema("runs", c.runs(), t);
    }

    public static TableSchema points(Columns c, List<Boolean> numericParameters) {
        List<Type> t = new ArrayList<>(List.of(Type.LONG, Type.TEXT));
        numericParameters.forEach(n -> t.add(n ? Type.DOUBLE : Type.TEXT));
        t.add(Type.LONG);
        for (Metric m : c.metrics()) {
            for (String suffix : Columns.suffixes(m)) {
                t.add(suffix.equals("_n") ? Type.LONG : Type.DOUBLE);
            }
        }
        return new TableSchema("points", c.points(), t);
    }
}
