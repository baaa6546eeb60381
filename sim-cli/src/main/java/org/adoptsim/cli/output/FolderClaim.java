package org.adoptsim.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.InputException;

/**
 * Whether a command may replace what an output folder holds. A new run replaces the previous run's
 * files, so it goes ahead only when those files are the same kind of result: the same command, for
 * {@code run} the same strategy, from the same scenario file. Anything else (a {@code run} into a
 * {@code compare}'s folder, a copied scenario that kept the original's {@code name}, a folder whose
 * manifest.json adoptsim cannot read, such as a sweep's) is refused with one line naming {@code --force}
 * unless {@code --force} was given; a command never deletes another command's outputs silently. Scenario
 * files are compared by their real paths, the previous one resolved against the working directory its run
 * recorded, so the same file given from another folder, by another relative name or through a link is the
 * same scenario. A folder without manifest.json (new, or left by a killed run) may be written, unless it
 * holds a file the run reads ({@link #checkNotOver}). Immutable.
 *
 * @param command    {@code run} or {@code compare}
 * @param strategies the strategies the new run writes
 * @param scenario   the scenario file as given on the command line (null for a built-in scenario)
 */
public record FolderClaim(String command, List<String> strategies, String scenario) {

    public FolderClaim {
        strategies = List.copyOf(strategies);
    }

    /**
     * Checks that this run may take over {@code folder}.
     *
     * @throws InputException naming --force when it may not and {@code force} is false
     */
    public void check(OutputFolder folder, boolean force) throws IOException {
        if (force || !Files.exists(folder.file(OutputFolder.MANIFEST))) {
            return;
        }
        String conflict;
        try {
            conflict = folder.manifest().map(this::conflict).orElse(null);
        } catch (OutputFormatException e) {
            conflict = "a manifest.json that is not a run's or a comparison's (a sweep's, another tool's, or"
                    + " damaged)";
        }
        if (conflict != null) {
            throw new InputException(folder.dir() + ": holds " + conflict + "; this " + command
                    + " would replace it: choose another --out, or pass --force to replace it");
        }
    }

    /**
     * Refuses, {@code --force} or not, a folder that holds the scenario or a file this run reads (teams,
     * edge lists, state, posterior): a folder without manifest.json may be written, so 'compare s.yaml
     * --out .' beside the scenario replaced its teams.csv with the outputs' teams.csv, and the scenario no
     * longer loaded. Outputs go in the folder itself and in its charts/; a file in a folder below stays
     * untouched. Also refuses a linked charts/ ({@link OutputFolder#refuseLinkedCharts}), before the runs.
     *
     * @param inputs the files the run reads, as given (the scenario's first)
     */
    public static void checkNotOver(OutputFolder folder, List<String> inputs) {
        folder.refuseLinkedCharts();
        if (!Files.exists(folder.dir())) {
            return; // not there yet: it holds nothing
        }
        Path out = real(null, folder.dir().toString());
        for (String f : inputs) {
            Path p = real(null, f);
            if (p != null && (out.equals(p.getParent()) || p.startsWith(out.resolve(OutputFolder.CHARTS)))) {
                throw new InputException("--out " + folder.dir() + " holds " + f + ", which this run reads;"
                        + " the outputs could replace it: choose another --out");
            }
        }
    }

    /** What in the previous manifest differs from this run, in words, or null. */
    private String conflict(Manifest previous) {
        if (!command.equals(previous.command())) {
            return "the results of '" + Excerpt.of(previous.command()) + "'";
        }
        if ("run".equals(command) && !strategies.equals(previous.strategies())) {
            return "the results of 'run' for strategy " + Excerpt.quoted(String.join(", ", previous.strategies()));
        }
        String before = previous.scenario() == null ? null : previous.scenario().file();
        String ranIn = previous.execution() == null ? null : previous.execution().directory();
        if (!Objects.equals(real(ranIn, before), real(null, scenario))) {
            return "the results of scenario file " + (before == null ? "(built in)" : Excerpt.quoted(before));
        }
        return null;
    }

    /**
     * The file's real path (links resolved, the same however it was spelled), a relative name resolved
     * against {@code directory} (the working directory it was given in; null for this process's); the
     * normalised absolute path when the file is gone; null for a built-in scenario.
     */
    static Path real(String directory, String file) {
        if (file == null) {
            return null;
        }
        try {
            Path p = directory == null ? Path.of(file).toAbsolutePath() : Path.of(directory).resolve(file);
            try {
                return p.toRealPath();
            } catch (IOException gone) {
                return p.normalize();
            }
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
