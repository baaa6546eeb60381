package org.adoptsim.cli.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.adoptsim.core.result.RunResult;

/**
 * {@code run --history DIR}: takes each replicate's results as the run hands them over and writes the
 * migration log of each, {@code DIR/replicate-NNNN.csv} (numbered from 0, as the replicates are). With
 * several strategies in one replicate, each strategy's logs go in a folder of its name. A file that
 * cannot be written is an {@link UncheckedIOException}, which the command reports as an output failure.
 */
public final class HistoryFolder implements Consumer<List<RunResult>> {
    private final Path dir;

    public HistoryFolder(Path dir) {
        this.dir = dir;
    }

    @Override
    public void accept(List<RunResult> replicate) {
        try {
            for (RunResult r : replicate) {
                Path folder = replicate.size() == 1 ? dir : dir.resolve(r.strategy());
                Files.createDirectories(folder);
                HistoryWriter.write(MigrationLog.of(r.teams(), null), folder.resolve(HistoryWriter.fileName(r.replicate())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
