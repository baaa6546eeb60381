package org.adoptsim.cli.output;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The "wrote N files to DIR:" lines a writing command ends with: every file it wrote, each on its own line
 * as a path inside the folder, and manifest.json last, since {@link ManifestCommit} writes it after them,
 * so the count is that of the files the run left in the folder (its {@link FolderLock#FILE} aside: a lock, no
 * output). Stateless.
 */
public final class WrittenFiles {
    private WrittenFiles() {
    }

    /** @param files the files written in {@code dir} (manifest.json not among them) */
    public static void print(PrintWriter print, Path dir, List<Path> files) {
        print.println("wrote " + (files.size() + 1) + " files to " + dir + ":");
        for (Path f : files) {
            Path inside = f.startsWith(dir) ? dir.relativize(f) : f.getFileName();
            print.println("  " + inside.toString().replace('\\', '/'));
        }
        print.println("  " + OutputFolder.MANIFEST);
    }
}
