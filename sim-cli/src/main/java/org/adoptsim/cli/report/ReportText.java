package org.adoptsim.cli.report;

import org.adoptsim.cli.text.TextTable;

import java.util.List;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.output.Manifest;

/** The tables and reading of a result as text, for the terminal: the same words as the reports. */
public final class ReportText {
    private final List<TextTable> tables;
    private final List<String> reading;

    public ReportText(Manifest m, ComparisonTables t) {
        MetricCatalog catalog = new MetricCatalog(m.weeks());
        this.tables = new ResultTables(t, catalog).all();
        this.reading = new Reading(t, catalog, m.complete() ? 0 : m.replicates(), WeekWords.of(m)).paragraphs();
    }

    public List<TextTable> tables() {
        return tables;
    }

    public List<String> reading() {
        return reading;
    }

    /** Wraps a paragraph at spaces to lines of at most {@code width} characters (longer words stay whole). */
    public static String wrap(String text, int width) {
        StringBuilder b = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (b.length() > lineStart && b.length() - lineStart + 1 + word.length() > width) {
                b.append('\n');
                lineStart = b.length();
            } else if (b.length() > lineStart) {
                b.append(' ');
            }
            b.append(word);
        }
        return b.toString();
    }
}
