package org.adoptsim.cli.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.adoptsim.cli.Excerpt;

/**
 * The layout of an output folder — runs.csv, weekly.csv, summary.csv, paired.csv, best.csv, manifest.json,
 * report.html, report.md, charts/ — and its housekeeping. A new run first removes the previous
 * manifest (so the folder no longer claims to hold a finished result), and once its own manifest is
 * written removes the files the previous manifest listed that the new run does not produce (a chart
 * of a strategy since removed, say). It never touches files no manifest lists, nor a listed file that is
 * not what the earlier run wrote ({@link #removeStale}).
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
    public static final String BRIEF_MD = "brief.md";
    public static final String BRIEF_PDF = "brief.pdf";

    /** The names of the charts, reports and brief a command writes (see {@link #isGeneratedName}). */
    private static final Pattern GENERATED = Pattern.compile(Pattern.quote(CHARTS) + "/[a-z0-9-]+\\.(png|svg|pdf)|"
            + String.join("|", Stream.of(REPORT_HTML, REPORT_MD, BRIEF_MD, BRIEF_PDF).map(Pattern::quote).toList()));

    private final Path dir;

    public OutputFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /**
     * A file of the folder. A folder inside it on the way (charts/) that is a symbolic link is refused: in a
     * shared folder someone else could point it anywhere, and the charts would be written there.
     */
    public Path file(String relative) {
        Path p = dir.resolve(relative).normalize();
        if (!p.startsWith(dir)) {
            throw new OutputFormatException(relative + ": outside the output folder");
        }
        for (Path a = p.getParent(); a != null && !a.equals(dir); a = a.getParent()) {
            refuseLink(a);
        }
        return p;
    }

    /**
     * Refuses a folder whose charts/ is a symbolic link, before anything is retracted or written: {@link #file}
     * refuses to write through it too, but only once the run has come that far.
     */
    public void refuseLinkedCharts() {
        refuseLink(dir.resolve(CHARTS));
    }

    private void refuseLink(Path folder) {
        if (Files.isSymbolicLink(folder)) {
            throw new org.adoptsim.cli.InputException(dir + ": " + dir.relativize(folder) + " is a symbolic link;"
                    + " nothing is written through a link inside an output folder: remove it, or use another folder");
        }
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
     * @return what the previous manifest listed (to remove later with {@link #removeStale}); {@link Previous#NONE}
     *         when there was none or it could not be read
     */
    public Previous retractPrevious() throws IOException {
        refuseLinkedCharts();
        Files.createDirectories(dir);
        Previous previous;
        try {
            previous = manifest().map(Previous::of).orElse(Previous.NONE);
        } catch (OutputFormatException e) {
            previous = Previous.NONE;
        }
        Files.deleteIfExists(file(MANIFEST));
        return previous;
    }

    /**
     * What an earlier manifest listed: its data files with the size and SHA-256 it recorded for each, and its
     * generated charts and reports.
     */
    public record Previous(Map<String, Manifest.FileEntry> files, List<String> generated) {
        /** Nothing listed: no earlier manifest, or one that could not be read. */
        public static final Previous NONE = new Previous(Map.of(), List.of());

        public Previous {
            files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
            generated = List.copyOf(generated);
        }

        public static Previous of(Manifest m) {
            return new Previous(m.files(), m.generated());
        }

        public boolean isEmpty() {
            return files.isEmpty() && generated.isEmpty();
        }
    }

    /**
     * Deletes the previously listed files that are not among the current ones, and only those that are still
     * what the earlier run wrote. A manifest can be edited by hand to list the user's own file, so a listed
     * file is deleted only when it is a plain file (not a link, not a folder) inside this folder, reached
     * through no link, and either a data file whose size and SHA-256 still match what the earlier manifest
     * recorded for it, or a generated file whose name is one adoptsim writes ({@link #isGeneratedName}).
     * Anything else listed and present is left in place.
     *
     * @return one line for each listed file left in place, naming it and saying why
     */
    public List<String> removeStale(Previous previous, Set<String> current) throws IOException {
        Set<String> done = new HashSet<>(current);
        done.add(MANIFEST);
        List<String> left = new ArrayList<>();
        for (Map.Entry<String, Manifest.FileEntry> e : previous.files().entrySet()) {
            if (done.add(e.getKey())) {
                remove(e.getKey(), p -> unchanged(p, e.getValue()),
                        "its size or SHA-256 is not what the earlier run recorded (changed since, or not its file)", left);
            }
        }
        for (String g : previous.generated()) {
            if (done.add(g)) {
                remove(g, p -> isGeneratedName(g), "adoptsim writes no chart or report of that name", left);
            }
        }
        return left;
    }

    /** A test of a listed file before it is deleted. */
    private interface Written {
        boolean test(Path p) throws IOException;
    }

    private void remove(String listed, Written written, String whyNot, List<String> left) throws IOException {
        Path p = inside(listed);
        String why;
        if (p == null) {
            why = "it is not a path inside the folder";
        } else if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return; // nothing there to remove
        } else if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            why = "it is a link or a folder, which adoptsim never writes";
        } else if (!p.getParent().toRealPath().startsWith(dir.toRealPath())) {
            why = "it lies behind a linked folder";
        } else if (!written.test(p)) {
            why = whyNot;
        } else {
            Files.deleteIfExists(p);
            return;
        }
        left.add(dir + ": left " + Excerpt.quoted(listed) + " in place: the earlier manifest.json listed it, but "
                + why);
    }

    /** Whether {@code p} still has the size (when recorded) and SHA-256 of {@code recorded}. */
    private static boolean unchanged(Path p, Manifest.FileEntry recorded) throws IOException {
        return (recorded.bytes() < 0 || Files.size(p) == recorded.bytes()) && Sha256.of(p).equals(recorded.sha256());
    }

    /**
     * Whether {@code name} is one a command writes as a generated file: a chart ({@code charts/NAME.png},
     * {@code .svg} or {@code .pdf}, NAME of {@code [a-z0-9-]} as chart names are), a report or the decision brief.
     */
    static boolean isGeneratedName(String name) {
        return GENERATED.matcher(name).matches();
    }

    /** {@code relative} resolved in this folder, or null when it is absolute, empty, climbs with {@code ..} or is not a path. */
    private Path inside(String relative) {
        Path r;
        try {
            r = Path.of(relative);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        if (r.isAbsolute() || r.getNameCount() == 0 || relative.isEmpty()) {
            return null;
        }
        for (Path part : r) {
            if (part.toString().equals("..") || part.toString().equals(".")) {
                return null;
            }
        }
        return dir.resolve(r);
    }

    /**
     * A data file the manifest may list, read back after {@link #verify} checked it; empty when the
     * manifest does not list it (a run that did not write it).
     */
    public Optional<CsvTable> readListed(Manifest m, String name) throws IOException {
        if (!m.files().containsKey(name)) {
            return Optional.empty();
        }
        verify(m, name);
        return Optional.of(CsvTable.read(file(name)));
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
