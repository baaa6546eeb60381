package org.adoptsim.cli.csv;

import java.util.Collections;
import java.util.List;

/** One CSV record: its fields' text and where each field starts (1-based line and column). Immutable. */
public final class CsvRecord {
    private final List<String> fields;
    private final int[] lines;
    private final int[] columns;

    CsvRecord(List<String> fields, int[] lines, int[] columns) {
        this.fields = Collections.unmodifiableList(fields);
        this.lines = lines;
        this.columns = columns;
    }

    public List<String> fields() {
        return fields;
    }

    public int size() {
        return fields.size();
    }

    public String field(int i) {
        return fields.get(i);
    }

    /** The line the record starts on. */
    public int line() {
        return lines[0];
    }

    public int line(int field) {
        return lines[field];
    }

    public int column(int field) {
        return columns[field];
    }
}
