package org.adoptsim.cli.report;

import org.adoptsim.cli.text.Count;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.chart.Figure;
import org.adoptsim.cli.chart.FigureWriter;
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
 * one chart (cumulative net hours, with the mandate, deadline, sunset and shutdown weeks), the hours ledger table
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

    private final List<String> verdict;
    private final TextTable ledger;
    private final List<String> caveats;
    private final String title;
    private final String facts;
    /** The warning a partial result opens with, null when the run completed. */
    private final String partial;

    public DecisionBrief(Manifest m, ComparisonTables t) {
        this(m, t, List.of());
    }

    /** @param more caveats after the verdict's own and before the simulation-precision one (a posterior's) */
    DecisionBrief(Manifest m, ComparisonTables t, List<String> more) {
        MetricCatalog catalog = new MetricCatalog(m.weeks());
        WeekWords words = WeekWords.of(m);
        this.verdict = new VerdictText(t, catalog, words).lines();
        this.ledger = new ResultTables(t, catalog).ledger();
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
