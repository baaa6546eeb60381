package org.adoptsim.cli.compare;

import org.adoptsim.cli.results.ComparisonTables;

import java.io.PrintWriter;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.text.Num;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.report.TerminalText;
import org.adoptsim.cli.report.WeekWords;
import org.adoptsim.cli.report.DecompositionTable;
import org.adoptsim.cli.report.DecisionBrief;
import org.adoptsim.cli.output.CsvTable;
import org.adoptsim.cli.output.DecomposeCsv;
import org.adoptsim.cli.results.MetricCatalog;

/**
 * What {@code run} and {@code compare} print when they finish: for a comparison the verdict first (at most
 * ten lines of 100 columns), then one line saying what ran, the adoption,
 * cost and paired tables, the plain-language reading, and where the files are. A partial result says
 * so first, on stderr, and again above the tables.
 */
final class TerminalSummary {
    private final JobSpec spec;
    private final Manifest manifest;
    private final ComparisonTables tables;

    TerminalSummary(JobSpec spec, Manifest manifest, ComparisonTables tables) {
        this.spec = spec;
        this.manifest = manifest;
        this.tables = tables;
    }

    /**
     * The one line on stderr that says a result is partial (interrupted): printed with or without
     * {@code --quiet}, which silences the summary but not this warning.
     */
    void warnIfPartial(PrintWriter err) {
        if (!manifest.complete()) {
            err.println("adoptsim " + spec.command() + ": interrupted; the outputs cover the "
                    + manifest.replicatesCompleted() + " of " + manifest.replicates()
                    + " replicates that finished and are marked partial");
            err.flush();
        }
    }

    void print(PrintWriter out, PrintWriter err) {
        warnIfPartial(err);
        if (!manifest.complete()) {
            out.println("PARTIAL RESULT: interrupted after " + manifest.replicatesCompleted() + " of "
                    + manifest.replicates() + " replicates.");
        }
        if (spec.paired()) {
            TerminalText.printVerdict(out, manifest, tables);
        }
        double seconds = manifest.execution().seconds(); // the manifest's measure: start to reports written
        out.println(manifest.scenario().name() + ": " + manifest.strategies().size() + " strateg"
                + (manifest.strategies().size() == 1 ? "y" : "ies") + " x " + manifest.replicatesCompleted()
                + (spec.paired() ? " paired" : "") + " replicates, " + manifest.weeks() + " weeks"
                + WeekWords.of(manifest).from() + ", seed "
                + manifest.seed() + " (" + Num.fixed(seconds, 1) + " s, " + spec.threads() + " thread"
                + (spec.threads() == 1 ? "" : "s") + ")");
        if (manifest.startFrom() != null) {
            out.println("  " + manifest.startFrom().describe(manifest.startWeek()));
        }
        out.println();
        TerminalText.print(out, manifest, tables);
        if (manifest.files().containsKey(OutputFolder.DECOMPOSE)) {
            try {
                var rows = DecomposeCsv.read(CsvTable.read(spec.out().file(OutputFolder.DECOMPOSE)),
                        new MetricCatalog(manifest.weeks()));
                out.println(DecompositionTable.of(rows, new MetricCatalog(manifest.weeks())).toText());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        out.println("Files in " + spec.out().dir() + ": " + String.join(", ", manifest.files().keySet()) + ", "
                + OutputFolder.MANIFEST + ", " + OutputFolder.REPORT_HTML + ", " + OutputFolder.REPORT_MD + ", "
                + (manifest.generated().contains(DecisionBrief.PDF) ? DecisionBrief.MD + ", " + DecisionBrief.PDF + ", "
                        : "") + OutputFolder.CHARTS + "/");
        out.flush();
    }
}
