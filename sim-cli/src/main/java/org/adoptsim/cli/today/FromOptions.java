package org.adoptsim.cli.today;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.output.Sha256;
import org.adoptsim.cli.scenario.StateFiles;
import org.adoptsim.cli.scenario.input.CsvTable;
import org.adoptsim.cli.scenario.input.InputFile;
import org.adoptsim.cli.scenario.input.InputLimits;
import org.adoptsim.cli.scenario.input.TextFile;
import org.adoptsim.core.config.ObservedState;
import picocli.CommandLine.Option;

/**
 * {@code --from state.csv --week N} for run and compare: start from this state instead of the
 * scenario's ({@link StateFiles}). The state file is hashed into the manifest's inputs like the files
 * a scenario names, once: a file the scenario already names (its own start block's state file) is not
 * listed again.
 */
public final class FromOptions {
    @Option(names = "--from", paramLabel = "CSV",
            description = "Start from this state file (team,status,progress,done_week,champion,coalition); needs --week.")
    Path from;

    @Option(names = "--week", paramLabel = "N", description = "The initiative's current week, for --from.")
    Integer week;

    /** The state to start from, or null without {@code --from}; the file is added to {@code inputs}. */
    public ObservedState state(List<String> teamNames, org.adoptsim.core.config.Scenario scenario,
            List<InputFile> inputs) {
        if (from == null) {
            if (week != null) {
                throw new InputException("--week: needs --from state.csv (the scenario's own start block has its week)");
            }
            return null;
        }
        if (week == null || week < 1 || week > 10_000) {
            throw new InputException("--from: needs --week N, the initiative's current week (1 to 10000)");
        }
        String display = from.toString();
        byte[] bytes = TextFile.bytes(from, display, InputLimits.MAX_CSV_BYTES, null, "--from");
        CsvTable csv = CsvTable.parse(TextFile.decode(bytes, display), display);
        ObservedState s = StateFiles.read(csv, week, teamNames, scenario);
        if (inputs.stream().noneMatch(i -> sameFile(i.file(), from))) {
            inputs.add(new InputFile(display, Sha256.of(bytes)));
        }
        return s;
    }

    /** The state file as named on the command line; only after {@link #state} returned a state. */
    public String file() {
        return from.toString();
    }

    /** Whether an input listed as {@code listed} is the file {@code file} (both taken from the working folder). */
    private static boolean sameFile(String listed, Path file) {
        try {
            return Path.of(listed).toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** {@code inputs} plus nothing: a mutable copy to pass to {@link #state}. */
    public static List<InputFile> copy(List<InputFile> inputs) {
        return new ArrayList<>(inputs);
    }
}
