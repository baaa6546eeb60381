package org.adoptsim.cli.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.output.Csv;
import org.adoptsim.cli.text.Num;
import org.adoptsim.cli.options.ForceOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code adoptsim state --log LOG --week N --out state.csv}: turns a migration log (one written by
 * {@code run --history}, or an organisation's own) into the state file that {@code run} and
 * {@code compare --from state.csv --week N} start from, with {@link LogState}'s assumptions. A folder of
 * logs gives one replicate ({@code --replicate}, and {@code --strategy} for a folder that holds one
 * sub-folder of logs per strategy, such as {@code run --history logs/NAME} for several strategies). A bad
 * log is one located line, exit 2; nothing is written then.
 */
@Command(name = "state", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Turn a migration log into a state file for run/compare --from, as it stood at week N.",
            "Done teams keep their done week; started teams are migrating with progress estimated from the log's"
                + " typical duration; see docs/outputs.md ('state') for every assumption."},
        footerHeading = "%nExamples:%n",
        footer = {"  adoptsim run scenarios/platform-migration.yaml --strategy earned \\",
            "      --weeks 30 --history out/log",
            "  adoptsim state --log out/log --replicate 0 --week 30 --out state.csv",
            "  adoptsim compare scenarios/platform-migration.yaml \\",
            "      --from state.csv --week 30 --weeks 74",
            "%nExit status: 0 written, 2 bad input (one located line on stderr), 1 internal or I/O error."})
public final class StateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--log", required = true, paramLabel = "CSV|DIR",
            description = "The migration log (team,start_week,done_week,status), or run --history's folder.")
    Path log;

    @Option(names = "--week", required = true, paramLabel = "N",
            description = "The initiative's current week: the state as it stood when week N begins (1 to 10000).")
    int week;

    @Option(names = "--replicate", paramLabel = "K", defaultValue = "0",
            description = "With a folder: the replicate's log to read (default: ${DEFAULT-VALUE}).")
    int replicate;

    @Option(names = "--strategy", paramLabel = "NAME",
            description = "With a folder holding one sub-folder of logs per strategy (e.g. run --strategy NAME"
                + " --history logs/NAME for each): read the sub-folder NAME.")
    String strategy;

    @Option(names = "--start-date", paramLabel = "YYYY-MM-DD", description = "The date of week 0, for a log in dates.")
    String startDate;

    @Option(names = "--out", required = true, paramLabel = "CSV", description = "The state file to write.")
    Path out;

    @Mixin
    ForceOption force;

    @Override
    public Integer call() throws IOException {
        if (week < 1 || week > 10_000) {
            throw new InputException("adoptsim state: --week: expected a week from 1 to 10000, was " + week);
        }
        Path file = logFile();
        notTheLog(file); // before --force is asked for: it would not help
        force.checkFile("adoptsim state", out, "state.csv");
        MigrationLog read = new HistoryReader(date(), null).read(file, file.toString());
        List<LogState.Row> rows = LogState.at(read, week);
        AtomicFile.writeText(out, w -> {
            Csv csv = new Csv(w);
            csv.row(LogState.HEADER);
            for (LogState.Row r : rows) {
                csv.row(List.of(r.team(), r.status(), Num.csv(r.progress()),
                        r.doneWeek() < 0 ? "" : Integer.toString(r.doneWeek())));
            }
        });
        spec.commandLine().getOut().println("Wrote " + out + ": " + count(rows, "done") + " done, "
                + (rows.size() - count(rows, "done") - count(rows, "idle") - count(rows, "willing"))
                + " started, " + (count(rows, "idle") + count(rows, "willing")) + " not started of the log's " + rows.size()
                + " teams at week " + week + " (from " + file + "); a team the log does not list is idle.");
        return 0;
    }

    /** Refuses an {@code --out} that is the log read, {@code --force} or not: the log would be lost. */
    private void notTheLog(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.exists(out) && Files.isSameFile(out, file)) {
            throw new InputException("adoptsim state: --out " + out + " is the log it reads; write the state file to"
                    + " another file");
        }
    }

    private Path logFile() {
        if (!Files.isDirectory(log)) {
            if (!Files.isRegularFile(log)) {
                throw new InputException("adoptsim state: --log: no such file or folder: " + log);
            }
            if (strategy != null) {
                throw new InputException("adoptsim state: --strategy: only with a folder of logs");
            }
            return log;
        }
        Path dir = strategy == null ? log : log.resolve(strategy);
        if (strategy != null && !Files.isDirectory(dir)) {
            throw new InputException("adoptsim state: --strategy: no folder " + strategy + " in " + log);
        }
        Path f = dir.resolve(HistoryWriter.fileName(replicate));
        if (!Files.isRegularFile(f)) {
            throw new InputException("adoptsim state: --replicate: no " + f.getFileName() + " in " + dir
                    + (strategy == null && !Files.exists(log.resolve(HistoryWriter.fileName(0)))
                            ? " (for a folder with one sub-folder of logs per strategy, give --strategy)" : ""));
        }
        return f;
    }

    private LocalDate date() {
        try {
            return startDate == null ? null : LocalDate.parse(startDate);
        } catch (DateTimeParseException e) {
            throw new InputException("adoptsim state: --start-date: expected a date YYYY-MM-DD, was " + startDate);
        }
    }

    private static long count(List<LogState.Row> rows, String status) {
        return rows.stream().filter(r -> r.status().equals(status)).count();
    }
}
