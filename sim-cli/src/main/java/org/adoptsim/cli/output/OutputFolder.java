package org.adoptsim.cli.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The layout of an output folder — runs.csv, weekly.csv, summary.csv, paired.csv, best.csv, manifest.json,
 * report.html, report.md, charts/ — and its housekeeping. A new run first removes the previous
 * manifest (so the folder no longer claims to hold a finished result), and once its own manifest is
 * written removes the files the previous manifest listed that the new run does not produce (a chart
 * of a strategy since removed, say). It never touches files no manifest lists.
 */
public final class OutputFolder {
    public static final String RUNS = "runs.csv";
    public static final String WEEKLY = "weekly.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String PAIRED = "paired.csv";
    public static final String BEST = "best.csv";
    public static final String CAVEATS = "caveats.csv";
    public static final String DECOMPOSE = "decompose.csv";
    public static final String MANIFEST = "manifest.json";
    public static final String REPORT_HTML = "report.html";
    public static final String REPORT_MD = "report.md";
    public static final String CHARTS = "charts";

    private final Path dir;

    public OutputFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    public Path file(String relative) {
        Path p = dir.resolve(relative).normalize();
        if (!p.startsWith(dir)) {
            throw new OutputFormatException(relative + ": outside the output folder");
        }
        return p;
    }

    public Optional<Manifest> manifest() throws IOException {
        Path p = file(MANIFEST);
        if (!Files.exists(p)) {
            return Optional.empty();
        }
        return Optional.of(ManifestJson.read(MANIFEST, Files.readString(p, StandardCharsets.UTF_8)));
    }

    public void writeManifest(Manifest m) throws IOException {
        AtomicFile.writeText(file(MANIFEST), w -> w.write(ManifestJson.write(m)));
    }

    /**
     * Starts a new run in this folder: creates it, and retracts the previous manifest.
     *
     * @return the files the previous manifest listed (to remove later with {@link #removeStale}); empty
     *         when there was none or it could not be read
     */
    public List<String> retractPrevious() throws IOException {
        Files.createDirectories(dir);
        List<String> previous = new ArrayList<>();
        try {
            manifest().ifPresent(m -> {
                previous.addAll(m.files().keySet());
                previous.addAll(m.generated());
            });
        } catch (OutputFormatException e) {
            previous.clear();
        }
        Files.deleteIfExists(file(MANIFEST));
        return previous;
    }

    /**
     * Deletes the previously listed files that are not among the current ones. A manifest can be edited by
     * hand, so only what a command could have written is deleted: a plain file (not a link, not a folder)
     * inside this folder, reached through no link. An entry that is absolute, climbs out with {@code ..}, or
     * passes through a linked folder is left alone, as is the file it names.
     */
    public void removeStale(List<String> previous, Set<String> current) throws IOException {
        Set<String> keep = new LinkedHashSet<>(current);
        for (String f : previous) {
            if (!keep.contains(f) && !f.equals(MANIFEST)) {
                Path p = ownFile(f);
                if (p != null) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** {@code relative} as a plain file of this folder reached through no link, or null. */
    private Path ownFile(String relative) throws IOException {
        Path r;
        try {
            r = Path.of(relative);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        if (r.isAbsolute() || r.getNameCount() == 0) {
            return null;
        }
        for (Path part : r) {
            if (part.toString().equals("..") || part.toString().equals(".")) {
                return null;
            }
        }
        Path p = dir.resolve(r);
        if (!Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || !p.getParent().toRealPath().startsWith(dir.toRealPath())) {
            return null;
        }
        return p;
    }

    /** Checks a data file against the SHA-256 the manifest recorded for it. */
    public void verify(Manifest m, String name) throws IOException {
        Manifest.FileEntry expected = m.files().get(name);
        if (expected == null) {
            throw new OutputFormatException(MANIFEST + " does not list " + name);
        }
        Path p = file(name);
        if (!Files.exists(p)) {
            throw new OutputFormatException(name + " is missing from " + dir);
        }
        if (!Sha256.of(p).equals(expected.sha256())) {
            throw new OutputFormatException(name + " does not match manifest.json (changed after the run, or from"
                    + " another run)");
        }
    }
}
