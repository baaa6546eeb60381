package org.adoptsim.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.adoptsim.cli.results.ComparisonAccumulator;
import org.adoptsim.cli.text.TextTable;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.Tabulator;
import org.adoptsim.cli.output.Comparison;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.run.Replicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportContentTest {
    private static ComparisonTables tables;
    private static Manifest manifest;

    @BeforeAll
    static void aggregate() {
        Scenario s = Scenario.defaults().withRun(Scenario.defaults().run().withSeed(21));
        List<String> names = s.strategies().stream().map(x -> x.name()).toList();
        ComparisonAccumulator acc = new ComparisonAccumulator(names, 0, new MetricCatalog(104), 42);
        for (int r = 0; r < 40; r++) {
            acc.accept(Replicate.run(s, s.strategies(), r, RunDetail.SERIES));
        }
        tables = Tabulator.tabulate(acc);
        manifest = Manifest.builder().toolVersion("t").command("compare")
                .scenario(new Manifest.ScenarioInfo("platform-migration", 42, null, null, List.of(), null)).seed(21L)
                .replicates(40).section(new Comparison(104, 40, names, names.get(0), List.of("png"), null).section())
                .execution(new Manifest.Execution("x", null, 1, null, null, 0, "17", null)).build();
    }

    private static ReportContent content(Manifest m) {
        return ReportContent.of(m, tables, List.of(new ReportContent.Chart("Fan", "How to read it.",
                "charts/fan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})), java.util.Optional.empty());
    }

    @Test
    void markdownHoldsTheTablesTheReadingAndTheCharts() {
        String md = MarkdownReport.render(content(manifest));
        assertTrue(md.startsWith("# Strategy comparison: platform-migration\n"));
        assertTrue(md.contains("**Adoption: started (vanity), honest (old system off), adopted (and self-sufficient)**"));
        assertTrue(md.contains("**Hours ledger (engineer-hours per run)**"));
        assertTrue(md.contains("## The answer\n\n```\nVERDICT (net hours, higher is better): "));
        assertTrue(md.contains("**Cost and damage**"));
        assertTrue(md.contains("**Difference from announce-and-hope"));
        assertTrue(md.contains("| earn-then-mandate |"));
        assertTrue(md.contains("![Fan](charts/fan.png)"));
        assertTrue(md.contains("## What the numbers say"));
        assertFalse(md.contains("PARTIAL"));
    }

    @Test
    void htmlIsSelfContained() {
        String html = HtmlReport.render(content(manifest));
        assertTrue(html.contains("<table>"));
        assertTrue(html.contains("<style>"));
        assertTrue(html.contains("src=\"data:image/png;base64,iVBORw==\""));
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing to fetch");
        assertFalse(html.contains("<script"));
    }

    @Test
    void aPartialRunSaysSoUpFront() {
        Manifest partial = manifest.toBuilder().status(Manifest.Status.INTERRUPTED).replicates(100).build();
        String md = MarkdownReport.render(content(partial));
        assertTrue(md.contains("PARTIAL RESULT: the run was interrupted after 40 of 100 replicates"));
        assertTrue(md.contains("these numbers cover only 40 of the 100 replicates"));
    }

    @Test
    void theReadingNamesTheFinishersFromTheNumbers() {
        List<String> p = new Reading(tables, new MetricCatalog(104), 0, WeekWords.RUN_WEEKS).paragraphs();
        String first = p.get(0);
        assertTrue(first.contains("pure-mandate") && first.contains("earn-then-mandate"), first);
        assertTrue(first.contains("The others stall"), first);
        assertTrue(p.get(1).contains("mandate-early"), "most half-migration: " + p.get(1));
        assertTrue(p.get(p.size() - 1).contains("40 replicates"));
    }

    @Test
    void terminalTablesArePlainAscii() {
        for (TextTable t : new ResultTables(tables, new MetricCatalog(104)).all()) {
            String text = t.toText();
            assertTrue(text.chars().allMatch(c -> c < 128), text);
            List<String> lines = text.lines().toList();
            assertEquals(lines.get(1).length(), lines.get(2).length(), "header and rule line up");
        }
    }

    @Test
    void wrapsParagraphsAtSpaces() {
        assertEquals("one two\nthree", ReportText.wrap("one two three", 8));
    }
}
