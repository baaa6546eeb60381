package org.adoptsim.cli.report;

import picocli.CommandLine.Mixin;
import org.adoptsim.cli.ExitCodes;
import org.adoptsim.cli.options.QuietOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.adoptsim.cli.chart.ChartFormat;
import org.adoptsim.cli.options.ChartsOption;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.output.DataFiles;
import org.adoptsim.cli.output.FolderLock;
import org.adoptsim.cli.functions.StrategyHolding;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.ManifestCommit;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.output.OutputFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code adoptsim report DIR}: rebuilds the charts and report.html/report.md of a finished output folder
 * from its CSV files and manifest, without simulating again. Every data file the manifest lists must match
 * the SHA-256 it recorded — checked before anything is written, so a changed file leaves the folder as it
 * was — and hold every column this version reads ({@link FolderVersion}: a folder written by
 * an older adoptsim is named as such). Exit 2 when the folder is not a valid output folder, 1 when writing
 * fails.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Rebuilds the charts and report.html/report.md of an output folder of 'run' or 'compare' from its"
                + " CSV files and manifest.json, without simulating again (to change chart formats, or after"
                + " upgrading adoptsim)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  adoptsim report out/platform-migration",
            "  adoptsim report out/platform-migration --charts png,svg,pdf"})
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Output folder of an earlier run or compare.")
    Path dir;

    @Mixin
    ChartsOption charts;

    /** {@code --format}, this option's name before {@code --charts} became the one name for chart formats. */
    @Option(names = "--format", hidden = true)
    void renamedFormat(String value) {
        throw ChartsOption.renamedFormat(spec);
    }

    @Mixin
    QuietOption quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        OutputFolder folder = new OutputFolder(dir);
        try (FolderLock lock = Files.isDirectory(folder.dir()) ? FolderLock.acquire(folder.dir(), "report") : null) {
            Manifest m = manifest(folder);
            for (String name : m.files().keySet()) {
                folder.verify(m, name); // every input as recorded, before anything is rewritten
            }
            List<ChartFormat> chosen = chosenFormats(charts, m);
            FolderVersion.check(folder, m);
            List<StrategyHolding> holding = StrategyHolding.read(folder, m);
            ComparisonTables t = StrategyHolding.withDoneWaiting(holding, DataFiles.read(folder, m));
            List<String> written = new ArrayList<>(ReportBuilder.build(folder, m, t, holding, chosen,
                    Runtime.getRuntime().availableProcessors()));
            Manifest updated = m.withGenerated(chosen.stream().map(ChartFormat::extension).toList(), written);
            ManifestCommit.commit(folder, updated);
            Set<String> current = new java.util.HashSet<>(m.files().keySet()); // the data files stay as they are
            current.addAll(written);
            folder.removeStale(OutputFolder.Previous.of(m), current).forEach(l -> err.println("adoptsim report: " + l));
            if (!quiet.given()) {
                print(spec.commandLine().getOut(), updated, t, written);
            }
            return 0;
        } catch (OutputFormatException e) {
            err.println("adoptsim report: " + dir + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("adoptsim report: " + dir + ": " + org.adoptsim.cli.IoMessages.describe(e));
            return ExitCodes.INTERNAL;
        }
    }

    private static Manifest manifest(OutputFolder folder) throws IOException {
        if (!Files.isDirectory(folder.dir())) {
            throw new OutputFormatException("no such folder");
        }
        return folder.manifest().orElseThrow(() -> new OutputFormatException("no " + OutputFolder.MANIFEST
                + " (not a finished adoptsim output folder)"));
    }

    /** --charts when given, else the formats the folder's charts were drawn in (png if none are recorded). */
    private static List<ChartFormat> chosenFormats(ChartsOption charts, Manifest m) {
        if (charts.given() || m.chartFormats().isEmpty()) {
            return charts.formats();
        }
        return m.chartFormats().stream().map(ChartFormat::parse).distinct().toList();
    }

    private void print(PrintWriter out, Manifest m, ComparisonTables t, List<String> written) {
        if (!m.complete()) {
            out.println("PARTIAL RESULT: " + m.replicatesCompleted() + " of " + m.replicates() + " replicates.");
        }
        if (m.strategies().size() > 1) {
            TerminalText.printVerdict(out, m, t);
        }
        TerminalText.print(out, m, t);
        long charts = written.stream().filter(w -> w.startsWith(OutputFolder.CHARTS + "/")).count();
        boolean brief = written.contains(DecisionBrief.PDF);
        out.println("Rebuilt " + OutputFolder.REPORT_HTML + ", " + OutputFolder.REPORT_MD
                + (brief ? ", " + DecisionBrief.MD + ", " + DecisionBrief.PDF : "") + " and " + charts
                + " chart files in " + dir + ".");
        out.flush();
    }
}
