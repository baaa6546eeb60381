package org.adoptsim.cli.sweep.analysis;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: left-aligned text, right-aligned numbers, two spaces between columns. */
public final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean[] numeric;

    public TextTable(List<String> header, boolean[] numeric) {
        this.header = List.copyOf(header);
        this.numeric = numeric.clone();
    }

    public void add(List<String> row) {
        rows.add(List.copyOf(row));
    }

    public int size() {
        return rows.size();
    }

    /** Prints the header and at most {@code limit} rows, then how many were left out. */
    public void print(PrintWriter out, int limit) {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> r : rows.subList(0, Math.min(limit, rows.size()))) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        line(out, header, width);
        for (List<String> r : rows.subList(0, Math.min(limit, rows.size()))) {
            line(out, r, width);
        }
        if (rows.size() > limit) {
            out.println("  … " + (rows.size() - limit) + " more rows");
        }
    }

    private void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String s = cells.get(c);
            String pad = " ".repeat(width[c] - s.length());
            b.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + s : s + (c == cells.size() - 1 ? "" : pad));
        }
        out.println(b);
    }
}
