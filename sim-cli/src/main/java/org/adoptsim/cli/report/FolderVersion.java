package org.adoptsim.cli.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.VersionProvider;
import org.adoptsim.cli.output.CsvTable;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.output.OutputFormatException;
import org.adoptsim.cli.output.SummaryCsv;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.WeeklyTable;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.TeamStatus;

/**
 * Whether a folder's tables hold every column this version of {@code report} reads: a folder written by an
 * older adoptsim has a manifest that matches its files but a summary.csv or weekly.csv without the columns
 * added since. Such a folder gets one line naming the file, the first missing columns and the version that
 * wrote it, and the advice to run the command again — not a failure deep inside a chart.
 */
final class FolderVersion {
    /** The weekly columns the charts and reports read (LaggardChart reads every reason's share). */
    private static final List<String> WEEKLY = weekly();
    private static final int SHOWN = 3;

    private FolderVersion() {
    }

    /** Throws an {@link OutputFormatException} when summary.csv or weekly.csv lacks a column read here. */
    static void check(OutputFolder folder, Manifest m) throws IOException {
        folder.verify(m, OutputFolder.SUMMARY);
        folder.verify(m, OutputFolder.WEEKLY);
        missing(folder, m, OutputFolder.SUMMARY, SummaryCsv.header(new MetricCatalog(m.weeks())));
        missing(folder, m, OutputFolder.WEEKLY, WEEKLY);
    }

    private static void missing(OutputFolder folder, Manifest m, String file, List<String> expected)
            throws IOException {
        List<String> header = CsvTable.read(folder.file(file)).header();
        List<String> absent = expected.stream().filter(c -> !header.contains(c)).toList();
        if (absent.isEmpty()) {
            return;
        }
        String shown = String.join(", ", absent.subList(0, Math.min(SHOWN, absent.size())))
                + (absent.size() > SHOWN ? " and " + (absent.size() - SHOWN) + " more" : "");
        String here = VersionProvider.version();
        String by = m.toolVersion().equals(here) ? "an older build of adoptsim " + here
                : "adoptsim " + m.toolVersion() + " (this is " + here + ")";
        throw new OutputFormatException(file + " lacks " + absent.size() + " column" + (absent.size() == 1 ? "" : "s")
                + " this report reads (" + shown + "): it was written by " + by + "; run the " + m.command()
                + " again to rebuild the folder");
    }

    private static List<String> weekly() {
        List<String> c = new ArrayList<>(List.of("honest_mean", "honest_p05", "honest_p25", "honest_p50",
                "honest_p75", "honest_p95", "vanity_mean", "vanity_p50", "adopted_mean", "net_hours_mean",
                "net_hours_ci_low", "net_hours_ci_high", WeeklyTable.stateColumn(TeamStatus.DONE)));
        for (Reason r : Reason.values()) {
            if (r != Reason.NONE) {
                c.add(WeeklyTable.reasonColumn(r));
            }
        }
        return List.copyOf(c);
    }
}
