package org.adoptsim.cli.report;

import org.adoptsim.cli.text.TextTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.output.Manifest;

/**
 * What both reports say, independent of the format: title, facts about the run, a warning when it is
 * partial, the verdict (the answer first, as on the terminal), the reading, the tables and the charts (with the relative path of each chart's file).
 */
record ReportContent(String title, List<String> facts, String warning, List<String> verdict, List<String> reading,
        List<TextTable> tables, List<Chart> charts) {

    /** One chart: heading, caption, the file linked from Markdown, and its PNG for HTML. */
    record Chart(String heading, String caption, String file, byte[] png) {
    }

    /** This content with these charts instead of its own. */
    ReportContent withCharts(List<Chart> other) {
        return new ReportContent(title, facts, warning, verdict, reading, tables, other);
    }

    /** This content with more facts (after the others) and more tables (after the others). */
    ReportContent plus(List<String> moreFacts, List<TextTable> moreTables) {
        List<String> f = new ArrayList<>(facts);
        f.addAll(moreFacts);
        List<TextTable> ts = new ArrayList<>(tables);
        ts.addAll(moreTables);
        return new ReportContent(title, f, warning, verdict, reading, ts, charts);
    }

    /** @param laggards "teams most likely to lag", when the folder has teams.csv; it follows the other tables */
    static ReportContent of(Manifest m, ComparisonTables t, List<Chart> charts, Optional<TextTable> laggards) {
        MetricCatalog catalog = new MetricCatalog(m.weeks());
        WeekWords words = WeekWords.of(m);
        long partialOf = m.complete() ? 0 : m.replicates();
        String kind = m.command().equals("compare") ? "Strategy comparison" : "Strategy run";
        List<String> facts = new ArrayList<>();
        if (m.scenario().description() != null) {
            facts.add(m.scenario().description().strip());
        }
        facts.add("Scenario " + m.scenario().name() + " (" + m.scenario().teams() + " teams)"
                + (m.scenario().file() == null ? ", built in" : ", file " + m.scenario().file() + ", SHA-256 "
                        + m.scenario().sha256()));
        facts.add(m.strategies().size() + " strateg" + (m.strategies().size() == 1 ? "y" : "ies") + ": "
                + String.join(", ", m.strategies()) + (m.baseline() == null ? "" : "; baseline " + m.baseline()));
        facts.add(m.replicatesCompleted() + " replicates of " + m.weeks() + " weeks" + words.from() + ", seed "
                + m.seed()
                + "; adoptsim " + m.toolVersion() + (m.execution().started() == null ? ""
                        : ", started " + m.execution().started()));
        if (m.startFrom() != null) {
            facts.add(m.startFrom().describe(m.startWeek()));
        }
        String warning = partialOf == 0 ? null : "PARTIAL RESULT: the run was interrupted after "
                + m.replicatesCompleted() + " of " + m.replicates() + " replicates; every number covers only those.";
        List<String> verdict = m.strategies().size() > 1 ? new VerdictText(t, catalog, words).lines() : List.of();
        List<TextTable> tables = new ArrayList<>(new ResultTables(t, catalog).all());
        laggards.ifPresent(tables::add);
        return new ReportContent(kind + ": " + m.scenario().name(), facts, warning, verdict,
                new Reading(t, catalog, partialOf, words).paragraphs(), tables, charts);
    }
}
