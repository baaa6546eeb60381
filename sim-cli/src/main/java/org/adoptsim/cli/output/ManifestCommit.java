package org.adoptsim.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The last step of every writing command: writes manifest.json only once every file it lists is in place.
 * Each data file must match the size and SHA-256 recorded for it, and each chart and report must exist and be non-empty; a
 * missing or changed file (a full disk, a concurrent change) is an {@link IOException} naming it, and no
 * manifest is written, so a folder never claims to hold a result it does not. Because a run removes the
 * previous manifest before it replaces any file ({@link OutputFolder#retractPrevious}) and writes its own
 * manifest last, a kill at any moment leaves either no manifest or one that describes exactly the files
 * beside it. Stateless.
 */
public final class ManifestCommit {
    private ManifestCommit() {
    }

    /** Checks the files {@code m} lists and writes it to {@code folder}. */
    public static void commit(OutputFolder folder, Manifest m) throws IOException {
        Map<String, Manifest.FileEntry> checked = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Manifest.FileEntry> e : m.files().entrySet()) {
            Path p = present(folder, e.getKey());
            long bytes = e.getValue().bytes();
            if (bytes >= 0 && Files.size(p) != bytes || !Sha256.of(p).equals(e.getValue().sha256())) {
                throw new IOException(p + ": changed while the run was writing its outputs (another writer?);"
                        + " manifest.json not written");
            }
            // A size read from a format-1 manifest is unknown (-1): the checked file gives it.
            checked.put(e.getKey(), new Manifest.FileEntry(Files.size(p), e.getValue().sha256()));
        }
        m = m.toBuilder().files(checked).build();
        for (String g : m.generated()) {
            Path p = present(folder, g);
            if (Files.size(p) == 0) {
                throw new IOException(p + ": empty after writing it (is the disk full?); manifest.json not written");
            }
        }
        folder.writeManifest(m);
    }

    /**
     * Removes the manifest a previous command left in {@code dir} (if any), before this command replaces any
     * file there: until its own manifest is written, the folder claims no finished result.
     */
    public static void retract(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(OutputFolder.MANIFEST));
    }

    /** The size and SHA-256 of each written file, named relative to {@code dir} with '/' separators. */
    public static Map<String, Manifest.FileEntry> entries(Path dir, java.util.Collection<Path> written)
            throws IOException {
        Map<String, Manifest.FileEntry> out = new java.util.LinkedHashMap<>();
        Path base = dir.toAbsolutePath().normalize();
        for (Path f : written) {
            Path abs = f.toAbsolutePath().normalize();
            String name = base.relativize(abs).toString().replace(java.io.File.separatorChar, '/');
            out.put(name, Manifest.FileEntry.of(abs));
        }
        return out;
    }

    private static Path present(OutputFolder folder, String name) throws IOException {
        Path p = folder.file(name);
        if (!Files.isRegularFile(p)) {
            throw new IOException(p + ": missing after writing it; manifest.json not written");
        }
        return p;
    }
}
