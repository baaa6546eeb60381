package org.adoptsim.cli.report;

import org.adoptsim.cli.text.TextTable;

import java.io.PrintWriter;
import java.util.List;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.output.Manifest;

/** Prints a result's tables and reading to a terminal: plain ASCII, paragraphs wrapped at 100 columns. */
public final class TerminalText {
    private static final int WIDTH = 100;

    private TerminalText() {
    }

    /** The verdict lines (at most ten, at most 100 columns) and a blank line; nothing without a verdict. */
    public static void printVerdict(PrintWriter out, Manifest m, ComparisonTables t) {
        List<String> verdict = new VerdictText(t, new MetricCatalog(m.weeks()), WeekWords.of(m)).lines();
        for (String l : verdict) {
            out.println(l);
        }
        if (!verdict.isEmpty()) {
            out.println();
        }
    }

    public static void print(PrintWriter out, Manifest m, ComparisonTables t) {
        ReportText text = new ReportText(m, t);
        for (TextTable table : text.tables()) {
            out.println(table.toText());
        }
        for (String p : text.reading()) {
            out.println(ReportText.wrap(p, WIDTH));
            out.println();
        }
    }
}
