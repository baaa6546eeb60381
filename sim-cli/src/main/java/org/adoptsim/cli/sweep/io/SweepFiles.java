package org.adoptsim.cli.sweep.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a sweep directory: {@code manifest.json}, {@code checkpoint.json}, the journals
 * {@code runs.csv} and {@code points.csv} (the final tables in CSV format) and, in Parquet format,
 * {@code runs.parquet} and {@code points.parquet}, made from the journals when the sweep completes.
 */
public record SweepFiles(Path dir) {

    public Path manifest() {
        return dir.resolve(SweepManifest.FILE);
    }

    public Path checkpoint() {
        return dir.resolve("checkpoint.json");
    }

    public Path runsCsv() {
        return dir.resolve("runs.csv");
    }

    public Path pointsCsv() {
        return dir.resolve("points.csv");
    }

    public Path runs(String format) {
        return dir.resolve("runs." + format);
    }

    public Path points(String format) {
        return dir.resolve("points." + format);
    }

    /** Whether the directory is missing or holds nothing but the folder lock ({@code .adoptsim.lock}). */
    public boolean emptyOrMissing() {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> s = Files.list(dir)) {
            // The folder lock (taken before this check) is not a result: a folder holding only it is empty.
            return s.noneMatch(f -> !f.getFileName().toString().equals(org.adoptsim.cli.output.FolderLock.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the journals and checkpoint left after a Parquet export. */
    public void deleteJournals() {
        try {
            for (Path p : List.of(runsCsv(), pointsCsv(), checkpoint())) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
