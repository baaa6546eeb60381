package org.adoptsim.cli.report;

import org.adoptsim.cli.text.Count;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adoptsim.cli.chart.Figure;
import org.adoptsim.cli.chart.FigureWriter;
import org.adoptsim.cli.functions.StrategyHolding;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.text.TextTable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The one-page decision brief of a comparison, brief.md and brief.pdf: the answer (the verdict lines),
 * one chart (cumulative net hours, with the mandate, deadline, sunset and shutdown weeks), for a scenario with
 * functions who holds the migration (per strategy, from functions.csv as read back), the hours ledger table
 * and the caveats (results that follow from an assumption, and what the intervals do not cover). A partial
 * result (an interrupted run) says so under the title, before anything else, and again in the caveats. The PDF
 * is one 16:9 slide page drawn with Apache PDFBox (already on the class path for the charts), its text
 * real text in the standard PDF fonts, so it can be selected, searched and read by a screen reader.
 */
public final class DecisionBrief {
    public static final String MD = OutputFolder.BRIEF_MD;
    public static final String PDF = OutputFolder.BRIEF_PDF;

    private static final float MARGIN = 28;
    private static final float MONO = 6.6f;
    /** Characters of 5.4 pt Courier across the verdict's column (100 of 6.6 pt). */
    private static final int HOLDING_COLUMNS = 120;

    private final List<String> verdict;
    private final TextTable ledger;
    /** Who holds the migration, per strategy; null for a scenario without functions. */
    private final TextTable holding;
    private final List<String> caveats;
    private final String title;
    private final String facts;
    /** The warning a partial result opens with, null when the run completed. */
    private final String partial;

    /**
     * @param more caveats after the verdict's own and before the simulation-precision one (a posterior's)
     * @param holding functions.csv's figures per strategy ({@link StrategyHolding#read}), none without functions
     */
    DecisionBrief(Manifest m, ComparisonTables t, List<String> more, List<StrategyHolding> holding) {
        MetricCatalog catalog = new MetricCatalog(m.weeks());
        WeekWords words = WeekWords.of(m);
        this.verdict = new VerdictText(t, catalog, words).lines();
        this.ledger = new ResultTables(t, catalog).ledger();
        this.holding = holding.isEmpty() ? null : holdingTable(holding, words.at(m.weeks()));
        List<String> c = new ArrayList<>();
        t.verdictIfAny().ifPresent(v -> v.caveats().forEach(x -> c.add(x.text())));
        c.addAll(more);
        c.add("Model results for this scenario over " + m.replicatesCompleted() + " replicates; intervals show"
                + " simulation precision only, not whether the scenario's assumptions fit the organisation.");
        this.partial = m.complete() ? null : "PARTIAL RESULT: interrupted after " + m.replicatesCompleted() + " of "
                + m.replicates() + " replicates; every number covers only those.";
        if (partial != null) {
            c.add(partial);
        }
        this.caveats = List.copyOf(c);
        this.title = "Decision brief: " + m.scenario().name();
        this.facts = Count.of(m.strategies().size(), "strategy", "strategies") + ", " + m.replicatesCompleted() + " paired replicates of "
                + m.weeks() + " weeks" + words.from() + ", seed " + m.seed() + ", baseline " + m.baseline();
    }

    /**
     * The strategies' rows of functions.csv in the terminal's words and rounding ("who is holding the
     * migration"): the function with the largest share of the team-weeks waited, those team-weeks, the done
     * teams still waiting for a sign-off at the horizon and the levers' platform hours.
     */
    private static TextTable holdingTable(List<StrategyHolding> holding, String horizon) {
        List<List<String>> rows = new ArrayList<>();
        for (StrategyHolding h : holding) {
            rows.add(List.of(h.strategy(), String.format(Locale.ROOT, "%s %.0f%%", h.function(), 100 * h.share()),
                    String.format(Locale.ROOT, "%.0f", h.weeksWaited()), orNa("%.1f", h.doneWaiting()),
                    orNa("%.0f", h.leverHours())));
        }
        return new TextTable("Who holds the migration (functions.csv, mean per run)",
                List.of("strategy", "held most by", "team-weeks waited", "done, awaiting a sign-off", "lever hours"),
                List.of(false, false, true, true, true), rows,
                List.of("Held most by: the function with the largest share of the team-weeks teams waited on the"
                        + " functions (a team waiting on two counts for both). Done, awaiting a sign-off: teams done at "
                        + horizon + " that a sign-off still keeps from being adopted. Lever hours: the platform hours"
                        + " the strategy's levers for the functions cost, part of its platform hours."));
    }

    private static String orNa(String format, double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, format, v);
    }

    /** Whether a folder gets a brief: a comparison with a verdict. */
    public static boolean applies(Manifest m, ComparisonTables t) {
        return m.strategies().size() > 1 && t.verdict() != null;
    }

    /** Writes brief.md (linking the chart at {@code chartPath}) and brief.pdf (drawing {@code chart}). */
    public void write(OutputFolder out, Figure chart, String chartPath) throws IOException {
        AtomicFile.writeText(out.file(MD), w -> w.write(markdown(chartPath)));
        AtomicFile.writeBytes(out.file(PDF), o -> {
            try (PDDocument doc = new PDDocument()) {
                doc.setDocumentId(0L); // the file ID is derived from it instead of the clock: same bytes every time
                pdf(doc, chart);
                doc.save(o);
            }
        });
    }

    String markdown(String chartPath) {
        StringBuilder b = new StringBuilder("# ").append(title).append("\n\n");
        if (partial != null) {
            b.append("**").append(partial).append("**\n\n");
        }
        b.append(facts).append("\n\n");
        b.append("## The answer\n\n```\n");
        verdict.forEach(l -> b.append(l).append('\n'));
        b.append("```\n\n![Cumulative net engineer-hours](").append(chartPath).append(")\n\n");
        if (holding != null) {
            b.append(holding.toMarkdown()).append('\n');
        }
        b.append(ledger.toMarkdown()).append('\n');
        b.append("## Caveats\n\n");
        caveats.forEach(c -> b.append("- ").append(c).append('\n'));
        return b.toString();
    }

    private void pdf(PDDocument doc, Figure chart) throws IOException {
        PDPage page = new PDPage(FigureWriter.SLIDE);
        doc.addPage(page);
        float w = FigureWriter.SLIDE.getWidth();
        float h = FigureWriter.SLIDE.getHeight();
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
        var form = FigureWriter.form(doc, chart);
        try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
            float y = h - MARGIN - 14;
            text(c, bold, 16, MARGIN, y, title);
            y -= 14;
            text(c, plain, 8.5f, MARGIN, y, facts);
            if (partial != null) {
                y -= 12;
                text(c, bold, 9, MARGIN, y, partial);
            }
            y -= 18;
            for (String l : verdict) {
                text(c, mono, MONO, MARGIN, y, l);
                y -= MONO * 1.3f;
            }
            if (holding != null) {
                // Under the verdict, left of the chart: at most ten verdict lines leave room for it there.
                y -= 8;
                for (String l : holdingText().split("\n")) {
                    text(c, mono, 5.4f, MARGIN, y, l);
                    y -= 5.4f * 1.3f;
                }
            }
            float left = MARGIN + 100 * MONO * 0.6f + 8;
            FigureWriter.place(c, form, chart, left, 150, w - MARGIN - left, h - MARGIN - 30 - 150);
            y = 150 - 4;
            for (String l : ledger.toText().split("\n")) {
                text(c, mono, 5.4f, MARGIN, y, l);
                y -= 5.4f * 1.3f;
            }
            y -= 4;
            for (String caveat : caveats) {
                for (String l : ReportText.wrap("- " + caveat, 190).split("\n")) {
                    text(c, plain, 7, MARGIN, y, l);
                    y -= 9;
                }
            }
        }
    }

    /** The holding table as text for the PDF's left column, its note wrapped to the column's width. */
    private String holdingText() {
        StringBuilder b = new StringBuilder();
        for (String l : holding.toText().split("\n")) {
            b.append(l.length() > HOLDING_COLUMNS ? ReportText.wrap(l, HOLDING_COLUMNS) : l).append('\n');
        }
        return b.toString();
    }

    private static void text(PDPageContentStream c, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(winAnsi(s));
        c.endText();
    }

    /** The standard fonts encode WinAnsi only: anything else becomes '?', never an exception. */
    private static String winAnsi(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            b.append(ch >= 32 && ch < 127 || ch == '\u00b1' || ch == '\u00b7' ? ch : '?');
        }
        return b.toString();
    }
}
