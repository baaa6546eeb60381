package org.adoptsim.cli.sweep.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.adoptsim.cli.output.FolderLock;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.output.OwnFolder;

/**
 * What {@code analyze} and {@code discover} derived from a sweep in its own folders ({@code DIR/analysis},
 * {@code DIR/discover}) describes the runs the sweep held then. A sweep made with {@code --limit} is complete
 * and can be analysed; a later {@code --resume} without the limit extends it, and those results would then
 * sit in the sweep's folder looking like the analysis of the whole design. So before a complete sweep grows,
 * the files their manifests list and the manifests are removed (under each folder's one-writer lock); files
 * those commands did not write, a listed file that is no longer what they wrote ({@link OutputFolder#removeStale}),
 * and folders holding anything else, are left alone. Stateless.
 */
public final class DerivedResults {
    /** The sweep's subfolders that analyze and discover write by default, and the command each belongs to. */
    private static final List<List<String>> OWN = List.of(List.of("analysis", "analyze"), List.of("discover", "discover"));

    private DerivedResults() {
    }

    /**
     * Removes the derived results in {@code sweepDir}'s own subfolders; {@code left} is told, in one line each,
     * of a listed file left in place and why.
     */
    public static void retract(Path sweepDir, Consumer<String> left) throws IOException {
        for (List<String> own : OWN) {
            Path d = sweepDir.resolve(own.get(0));
            if (!Files.isRegularFile(d.resolve(OutputFolder.MANIFEST))) {
                continue;
            }
            try (FolderLock lock = FolderLock.acquire(d, "sweep")) {
                OutputFolder folder = new OutputFolder(d);
                if (own.get(1).equals(OwnFolder.writer(folder))) {
                    folder.removeStale(folder.retractPrevious(), Set.of()).forEach(left);
                }
            }
        }
    }
}
