package org.adoptsim.cli.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.result.RunResult;

/**
 * {@code run --history DIR}: takes each replicate's results as the run hands them over and writes the
 * migration log of each, {@code DIR/replicate-NNNN.csv} (numbered from 0, as the replicates are), the
 * teams named as the scenario's teams file names them ({@code team-1 … team-N} without one). With
 * several strategies in one replicate, each strategy's logs go in a folder of its name. Runs from today's
 * state are logged in the organisation's calendar, the state's done weeks kept. A file that
 * cannot be written is an {@link UncheckedIOException}, which the command reports as an output failure.
 */
public final class HistoryFolder implements Consumer<List<RunResult>> {
    private final Path dir;
    private final List<String> names;
    private final ObservedState start;

    /**
     * @param names the scenario's team names (its teams file), or an empty list for a scenario that
     *              knows its teams by index only: they are then logged as {@code team-1 … team-N}
     * @param start today's state the runs start from, or null: with one, the logs are in the
     *              organisation's calendar ({@link MigrationLog#of(org.adoptsim.core.result.TeamOutcomes, List, ObservedState)})
     */
    public HistoryFolder(Path dir, List<String> names, ObservedState start) {
        this.dir = dir;
        this.names = names == null || names.isEmpty() ? null : List.copyOf(names);
        this.start = start;
    }

    @Override
    public void accept(List<RunResult> replicate) {
        try {
            for (RunResult r : replicate) {
                Path folder = replicate.size() == 1 ? dir : dir.resolve(r.strategy());
                Files.createDirectories(folder);
                HistoryWriter.write(MigrationLog.of(r.teams(), names, start), folder.resolve(HistoryWriter.fileName(r.replicate())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
