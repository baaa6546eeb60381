package org.adoptsim.cli.sweep.io;

import org.adoptsim.cli.output.Manifest;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.TreeMap;
import org.adoptsim.cli.InputException;

/**
 * Joins the shard directories of one sweep into one directory equal, table for table and byte for
 * byte, to an unsharded run: checks that every shard belongs to the same sweep (hash, format, version),
 * that together they are exactly shards 1…N of the same point range, and that each is complete —
 * saying which are missing or unfinished otherwise — then concatenates the tables in shard order and
 * writes a manifest for the whole.
 */
public final class ShardMerger {
    private ShardMerger() {
    }

    /** A checked shard: its directory and manifest. */
    public record Part(Path dir, SweepManifest manifest) {
    }

    /** Checks the shards and returns them in shard order; throws a one-line error on the first problem. */
    public static List<Part> check(List<Path> dirs) {
        if (dirs.isEmpty()) {
            throw new InputException("merge: name the shard directories");
        }
        TreeMap<Integer, Part> byIndex = new TreeMap<>();
        Part first = null;
        for (Path d : dirs) {
            Part p = new Part(d, SweepManifest.read(d));
            if (first == null) {
                first = p;
            }
            sameSweep(first, p);
            Part clash = byIndex.put(p.manifest().shard().index(), p);
            if (clash != null) {
                throw new InputException("merge: shard " + p.manifest().shard() + " is given twice (" + clash.dir()
                        + " and " + d + ")");
            }
        }
        int n = first.manifest().shard().count();
        List<String> missing = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            if (!byIndex.containsKey(k)) {
                missing.add(k + "/" + n);
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException("merge: sweep '" + first.manifest().name() + "' has " + n + " shards; missing: "
                    + String.join(", ", missing));
        }
        List<Part> parts = new ArrayList<>(byIndex.values());
        parts.forEach(ShardMerger::complete);
        return parts;
    }

    private static void sameSweep(Part first, Part p) {
        SweepManifest a = first.manifest();
        SweepManifest b = p.manifest();
        if (!a.hash().equals(b.hash())) {
            throw new InputException("merge: " + p.dir() + " holds a different sweep ('" + b.name() + "', hash "
                    + b.hash().substring(0, Math.min(12, b.hash().length())) + "…) than " + first.dir() + " ('"
                    + a.name() + "', hash " + a.hash().substring(0, Math.min(12, a.hash().length())) + "…)");
        }
        if (a.shard().count() != b.shard().count() || a.limitedPoints() != b.limitedPoints()) {
            throw new InputException("merge: " + p.dir() + " was split differently (shard " + b.shard() + " of "
                    + b.limitedPoints() + " points) than " + first.dir() + " (shard " + a.shard() + " of "
                    + a.limitedPoints() + " points)");
        }
        if (!a.format().equals(b.format())) {
            throw new InputException("merge: " + p.dir() + " is " + b.format() + ", " + first.dir() + " is "
                    + a.format());
        }
        if (!a.adoptsimVersion().equals(b.adoptsimVersion())) {
            throw new InputException("merge: " + p.dir() + " was made by adoptsim " + b.adoptsimVersion() + ", "
                    + first.dir() + " by " + a.adoptsimVersion() + ": results may differ");
        }
    }

    private static void complete(Part p) {
        SweepManifest m = p.manifest();
        if (!m.status().equals(SweepManifest.COMPLETE) || m.pointsDone() != m.toPoint()) {
            throw new InputException("merge: shard " + m.shard() + " (" + p.dir() + ") is incomplete: "
                    + (m.pointsDone() - m.fromPoint()) + " of " + (m.toPoint() - m.fromPoint())
                    + " points done; finish it with: " + ResumeCommand.of(m, p.dir()));
        }
        for (String table : List.of("runs", "points")) {
            String name = table + "." + m.format();
            Manifest.FileEntry recorded = m.model().files().get(name);
            Path file = p.dir().resolve(name);
            if (recorded == null || !Files.isRegularFile(file) || !recorded.sha256().equals(sha256(file))) {
                // A shard copied back in part or edited by hand would otherwise be merged under a complete
                // manifest: fewer rows than the points it claims, or cells no run wrote.
                throw new InputException("merge: shard " + m.shard() + " (" + p.dir() + "): " + name
                        + (Files.isRegularFile(file) ? " does not match its manifest.json (changed after the sweep,"
                        + " or copied in part)" : " is missing") + "; copy the shard again or rerun it");
            }
        }
    }

    private static String sha256(Path file) {
        try {
            return org.adoptsim.cli.output.Sha256.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("merge: cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the merged tables and manifest into {@code out} (which must be empty or missing). */
    public static void merge(List<Part> parts, Path out, String commandLine) {
        Instant began = Instant.now();
        SweepFiles target = new SweepFiles(out);
        if (!target.emptyOrMissing()) {
            throw new InputException("merge: " + out + " is not empty; choose another --out");
        }
        try {
            Files.createDirectories(out);
            String format = parts.get(0).manifest().format();
            for (String table : List.of("runs", "points")) {
                Path to = out.resolve(table + "." + format);
                if (format.equals("csv")) {
                    concatCsv(parts, table, to);
                } else {
                    concatParquet(parts, table, to);
                }
            }
            manifest(parts, out, format, commandLine, began).commit(out);
        } catch (IOException e) {
            throw new UncheckedIOException("merge: cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static void concatCsv(List<Part> parts, String table, Path to) throws IOException {
        String header = null;
        try (OutputStream os = Files.newOutputStream(to)) {
            for (Part p : parts) {
                Path from = p.dir().resolve(table + ".csv");
                try (InputStream in = Files.newInputStream(from)) {
                    String h = readLine(in);
                    if (header == null) {
                        header = h;
                        os.write((h + "\n").getBytes(StandardCharsets.UTF_8));
                    } else if (!header.equals(h)) {
                        throw new InputException("merge: " + from + " has other columns than the first shard");
                    }
                    in.transferTo(os);
                }
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            b.write(c);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private static void concatParquet(List<Part> parts, String table, Path to) {
        TableSchema schema = ParquetTables.schema(parts.get(0).dir().resolve(table + ".parquet").toFile());
        try (ParquetTables.Writer w = ParquetTables.create(to.toFile(), schema)) {
            for (Part p : parts) {
                java.io.File f = p.dir().resolve(table + ".parquet").toFile();
                if (!ParquetTables.schema(f).equals(schema)) {
                    throw new InputException("merge: " + f + " has other columns than the first shard");
                }
                ParquetTables.read(f, schema, w::write);
            }
        }
    }

    /** The merged sweep's manifest: the first shard's, covering every point, listing the merged files. */
    private static SweepManifest manifest(List<Part> parts, Path out, String format, String commandLine, Instant began)
            throws IOException {
        SweepManifest first = parts.get(0).manifest();
        ObjectNode m = first.sweep();
        SweepManifest last = parts.get(parts.size() - 1).manifest();
        m.putNull("shard");
        ObjectNode points = (ObjectNode) m.path("points");
        points.put("from", 0);
        points.put("to", last.toPoint());
        points.put("done", last.toPoint());
        long runs = parts.stream().mapToLong(p -> p.manifest().runsDone()).sum();
        ObjectNode r = (ObjectNode) m.path("runs");
        r.put("total", runs);
        r.put("done", runs);
        ObjectNode timing = (ObjectNode) m.path("timing");
        timing.put("elapsedSeconds", ManifestBuilder.seconds(parts.stream()
                .mapToDouble(p -> p.manifest().elapsedSeconds()).sum()));
        timing.put("started", parts.stream().map(p -> p.manifest().started()).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(""));
        timing.remove(List.of("runsThisSession", "runsPerSecond", "threads", "sessions"));
        ArrayNode from = m.putArray("mergedFrom");
        parts.forEach(p -> from.add(p.dir().toString()));
        Map<String, Manifest.FileEntry> files = new LinkedHashMap<>();
        for (String table : List.of("runs", "points")) {
            files.put(table + "." + format, Manifest.FileEntry.of(out.resolve(table + "."
                    + format)));
        }
        return new SweepManifest(first.model().toBuilder().command("merge")
                .status(Manifest.Status.COMPLETE).files(files)
                .section(new Manifest.Section(SweepManifest.SECTION, m))
                .execution(Manifest.Execution.now(commandLine, 1, began, Instant.now()))
                .build());
    }
}
