package org.adoptsim.cli.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.PairedRow;
import org.adoptsim.cli.results.SummaryRow;
import org.adoptsim.cli.results.Verdict;
import org.adoptsim.cli.results.WeeklyTable;

/**
 * Writes the aggregated tables (weekly.csv, summary.csv, best.csv and, for a comparison, paired.csv) atomically,
 * and reads them back — after checking each against the manifest's SHA-256 — into the same
 * {@link ComparisonTables}, which is all the charts and the report need.
 */
public final class DataFiles {
    private DataFiles() {
    }

    /** Writes the tables; paired.csv only when {@code withPaired}. Returns the names written, in order. */
    public static List<String> write(OutputFolder out, ComparisonTables t, MetricCatalog catalog, boolean withPaired)
            throws IOException {
        return write(out, t, catalog, withPaired, 0);
    }

    /** As above; {@code startWeek > 0} (a run from a scenario {@code start}) adds summary.csv's calendar columns. */
    public static List<String> write(OutputFolder out, ComparisonTables t, MetricCatalog catalog, boolean withPaired,
            int startWeek) throws IOException {
        List<String> names = new ArrayList<>();
        AtomicFile.writeText(out.file(OutputFolder.WEEKLY), w -> WeeklyCsv.write(t.weekly(), w));
        names.add(OutputFolder.WEEKLY);
        AtomicFile.writeText(out.file(OutputFolder.SUMMARY), w -> SummaryCsv.write(t.summary(), catalog, startWeek, w));
        names.add(OutputFolder.SUMMARY);
        if (withPaired) {
            AtomicFile.writeText(out.file(OutputFolder.PAIRED), w -> PairedCsv.write(t.paired(), catalog, w));
            names.add(OutputFolder.PAIRED);
        }
        if (t.verdict() != null) {
            AtomicFile.writeText(out.file(OutputFolder.BEST), w -> BestCsv.write(t.verdict(), catalog, w));
            names.add(OutputFolder.BEST);
            AtomicFile.writeText(out.file(OutputFolder.CAVEATS), w -> CaveatsCsv.write(t.verdict().caveats(), w));
            names.add(OutputFolder.CAVEATS);
        }
        return names;
    }

    /** The size and SHA-256 of each named file, in the given order: the manifest's {@code files}. */
    public static Map<String, Manifest.FileEntry> hashes(OutputFolder out, List<String> names) throws IOException {
        Map<String, Manifest.FileEntry> h = new LinkedHashMap<>();
        for (String n : names) {
            h.put(n, Manifest.FileEntry.of(out.file(n)));
        }
        return h;
    }

    /** Reads the tables of a finished folder, verifying each file against the manifest. */
    public static ComparisonTables read(OutputFolder out, Manifest m) throws IOException {
        MetricCatalog catalog = new MetricCatalog(m.weeks());
        out.verify(m, OutputFolder.SUMMARY);
        out.verify(m, OutputFolder.WEEKLY);
        List<SummaryRow> summary = SummaryCsv.read(CsvTable.read(out.file(OutputFolder.SUMMARY)), catalog);
        WeeklyTable weekly = WeeklyCsv.read(CsvTable.read(out.file(OutputFolder.WEEKLY)));
        List<PairedRow> paired = List.of();
        if (m.files().containsKey(OutputFolder.PAIRED)) {
            out.verify(m, OutputFolder.PAIRED);
            paired = PairedCsv.read(CsvTable.read(out.file(OutputFolder.PAIRED)), catalog);
        }
        Verdict verdict = null;
        if (m.files().containsKey(OutputFolder.BEST)) {
            out.verify(m, OutputFolder.BEST);
            verdict = BestCsv.read(CsvTable.read(out.file(OutputFolder.BEST)), catalog);
            if (m.files().containsKey(OutputFolder.CAVEATS)) {
                out.verify(m, OutputFolder.CAVEATS);
                verdict = verdict.withCaveats(CaveatsCsv.read(CsvTable.read(out.file(OutputFolder.CAVEATS)), catalog));
            }
        }
        List<String> names = summary.stream().map(SummaryRow::strategy).toList();
        if (!names.equals(m.strategies()) || !weekly.strategies().equals(m.strategies())) {
            throw new OutputFormatException("summary.csv and weekly.csv do not hold the manifest's strategies "
                    + m.strategies());
        }
        if (weekly.weeks() != m.weeks()) {
            throw new OutputFormatException("weekly.csv has " + weekly.weeks() + " weeks, the manifest says "
                    + m.weeks());
        }
        return new ComparisonTables(summary, paired, weekly, verdict);
    }
}
