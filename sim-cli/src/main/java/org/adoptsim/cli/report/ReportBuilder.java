package org.adoptsim.cli.report;

import org.adoptsim.cli.ParallelIo;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.functions.FunctionsOutputs;
import org.adoptsim.cli.functions.StrategyHolding;
import org.adoptsim.cli.webcharts.InteractiveReport;
import org.adoptsim.cli.chart.ChartContext;
import org.adoptsim.cli.chart.ChartFormat;
import org.adoptsim.cli.chart.ChartSet;
import org.adoptsim.cli.chart.Figure;
import org.adoptsim.cli.chart.FigureWriter;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.OutputFolder;

/**
 * Builds the charts, both reports and, for a comparison, the decision brief (brief.md, brief.pdf) of an
 * output folder from its data files and manifest alone — the
 * same code whether called at the end of {@code compare} or later by {@code adoptsim report DIR} — so
 * a rebuilt report is identical to the original for the same chart formats.
 */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    /** The relative paths {@link #build} will write for these formats. */
    public static List<String> plannedFiles(Manifest m, ComparisonTables t, List<ChartFormat> formats) {
        List<String> out = new ArrayList<>(chartSet(m, t).paths(formats));
        out.addAll(FunctionsOutputs.plannedCharts(m, formats));
        out.add(OutputFolder.REPORT_HTML);
        out.add(OutputFolder.REPORT_MD);
        if (DecisionBrief.applies(m, t)) {
            out.add(DecisionBrief.MD);
            out.add(DecisionBrief.PDF);
        }
        return out;
    }

    /**
     * Renders the charts in every format and writes report.html and report.md (and the brief, with {@code holding}:
     * functions.csv as {@link StrategyHolding#read} gives it, empty without functions); returns what it wrote.
     */
    public static List<String> build(OutputFolder out, Manifest m, ComparisonTables t, List<StrategyHolding> holding,
            List<ChartFormat> formats, int threads) throws IOException {
        ChartSet set = chartSet(m, t);
        PosteriorSection posterior = PosteriorSection.of(out, m);
        // The brief draws its own copy of the net-hours chart (XChart's charts cannot be painted by two
        // threads at once), so with more than one thread it is written while the charts are painted.
        FutureTask<Void> brief = null;
        if (DecisionBrief.applies(m, t)) {
            Figure net = set.figure(ChartSet.NET_HOURS);
            brief = new FutureTask<>(() -> {
                new DecisionBrief(m, t, posterior.caveats(), holding).write(out, net, linkTarget(net, formats));
                return null;
            });
            if (threads > 1) {
                Thread th = new Thread(brief, "adoptsim-brief");
                th.setDaemon(true);
                th.start();
            }
        }
        try {
            return build(out, m, t, formats, threads, set, posterior, brief);
        } catch (IOException | RuntimeException e) {
            if (brief != null && threads > 1) {
                quietly(brief); // not writing in the folder any more when the caller hears of the failure
            }
            throw e;
        }
    }

    /** Waits for a task after another failure: the first failure is the one reported. */
    private static void quietly(FutureTask<Void> task) {
        try {
            task.get();
        } catch (ExecutionException ignored) {
            // the first failure is the one reported
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> build(OutputFolder out, Manifest m, ComparisonTables t, List<ChartFormat> formats,
            int threads, ChartSet set, PosteriorSection posterior, FutureTask<Void> brief) throws IOException {
        List<Figure> figures = new ArrayList<>(set.figures());
        figures.addAll(FunctionsOutputs.figures(out, m));
        List<String> written = new ArrayList<>();
        for (Figure f : figures) {
            for (ChartFormat fmt : formats) {
                written.add(ChartSet.path(f.name(), fmt));
            }
        }
        // With more than one thread the charts are painted while report.md and the parts of report.html
        // that need no chart are made: both follow from the tables alone, and only the HTML embeds the PNGs.
        FutureTask<Void> painting = new FutureTask<>(() -> {
            ChartSet.render(out, formats, threads, figures);
            return null;
        });
        if (threads > 1) {
            Thread th = new Thread(painting, "adoptsim-charts");
            th.setDaemon(true);
            th.start();
        } else {
            painting.run();
        }
        String interactive;
        ReportContent content;
        try {
            List<ReportContent.Chart> linked = new ArrayList<>();
            for (Figure f : figures) {
                linked.add(new ReportContent.Chart(f.heading(), f.caption(), linkTarget(f, formats), null));
            }
            content = ReportContent.of(m, t, linked, LaggardReport.read(out, m))
                    .plus(posterior.facts(), posterior.tables());
            String md = MarkdownReport.render(content);
            AtomicFile.writeText(out.file(OutputFolder.REPORT_MD), w -> w.write(md));
            interactive = InteractiveReport.section(t, m.weeks());
        } catch (IOException | RuntimeException e) {
            quietly(painting); // not painting in the folder any more when the caller hears of the failure
            throw e;
        }
        ParallelIo.await(painting, "writing the charts");
        List<ReportContent.Chart> charts = new ArrayList<>();
        for (Figure f : figures) {
            charts.add(new ReportContent.Chart(f.heading(), f.caption(), linkTarget(f, formats), png(out, f, formats)));
        }
        String html = InteractiveReport.into(HtmlReport.render(content.withCharts(charts)), interactive);
        AtomicFile.writeText(out.file(OutputFolder.REPORT_HTML), w -> w.write(html));
        written.add(OutputFolder.REPORT_HTML);
        written.add(OutputFolder.REPORT_MD);
        if (brief != null) {
            if (threads <= 1) {
                brief.run();
            }
            ParallelIo.await(brief, "writing the decision brief");
            written.add(DecisionBrief.MD);
            written.add(DecisionBrief.PDF);
        }
        return written;
    }

    private static ChartSet chartSet(Manifest m, ComparisonTables t) {
        return new ChartSet(t, new MetricCatalog(m.weeks()), ChartContext.of(m), m.scenario().teams());
    }

    private static String linkTarget(Figure f, List<ChartFormat> formats) {
        ChartFormat shown = formats.contains(ChartFormat.PNG) ? ChartFormat.PNG
                : formats.contains(ChartFormat.SVG) ? ChartFormat.SVG : formats.get(0);
        return ChartSet.path(f.name(), shown);
    }

    private static byte[] png(OutputFolder out, Figure f, List<ChartFormat> formats) throws IOException {
        if (formats.contains(ChartFormat.PNG)) {
            return Files.readAllBytes(out.file(ChartSet.path(f.name(), ChartFormat.PNG)));
        }
        return FigureWriter.pngBytes(f);
    }
}
