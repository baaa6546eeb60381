package org.adoptsim.cli.scenario;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.output.Sha256;
import org.adoptsim.cli.scenario.input.CsvTable;
import org.adoptsim.cli.scenario.input.InputFile;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.cli.scenario.input.TextFile;
import org.adoptsim.cli.scenario.shape.Shape;
import org.adoptsim.cli.yaml.YNode;

/**
 * The CSV files one scenario names (teams, edge lists), read relative to the scenario file through its
 * {@link LoadContext} and remembered with the SHA-256 of the bytes read, so that the manifests can say
 * exactly which inputs a run used. Mutable and not thread-safe: one per mapping of a scenario, used by
 * the thread doing it, which keeps the shared {@code LoadContext} immutable. A mapping of a tree made
 * from a base tree by overrides also reuses the parts it shares with that tree ({@link SharedParts}),
 * with the files those parts read.
 */
final class ReferencedFiles {
    /** The largest file a scenario may name. */
    static final long MAX_BYTES = org.adoptsim.cli.scenario.input.InputLimits.MAX_CSV_BYTES;

    private final LoadContext ctx;
    private final SharedParts shared;
    /** Every read, a reused part's included, in order: what one part read is a slice of it. */
    private final List<Map.Entry<Path, InputFile>> log = new ArrayList<>();

    ReferencedFiles(LoadContext ctx, SharedParts shared) {
        this.ctx = ctx;
        this.shared = shared;
    }

    /** Checks {@code node} against {@code shape}, skipping the shared parts already found valid. */
    void check(Shape shape, YNode node, String path) {
        shared.check(shape, node, path, this);
    }

    /**
     * {@code work}'s value for {@code node}, mapped as the field at {@code path} (its keys) with
     * {@code args}; reused if the node is a shared part ({@link SharedParts#reuse}).
     */
    <T> T reuse(YNode node, List<String> path, Object args, Supplier<T> work) {
        return shared.reuse(node, path, args, this, work);
    }

    /** As {@link #reuse(YNode, List, Object, Supplier)} for a mapping that reads nothing but the node. */
    <T> T reuse(YNode node, List<String> path, Supplier<T> work) {
        return shared.reuse(node, path, SharedParts.NO_ARGS, this, work);
    }

    /**
     * Reads and parses the CSV file {@code ref} names; a problem is located at {@code referencedAt} under
     * {@code path} (the field that names the file), or in the file itself.
     */
    CsvTable csv(String ref, SourceLocation referencedAt, String path) {
        String display;
        Path file;
        try {
            display = ctx.display(ref);
            file = ctx.resolve(ref);
        } catch (InvalidPathException e) {
            throw new ScenarioException(referencedAt, path, Excerpt.quoted(ref) + " is not a usable file path");
        }
        if (ctx.refused(file)) {
            throw new ScenarioException(referencedAt, path, "'" + display + "' is outside the scenario's"
                    + " folder; move it beside the scenario, or pass --allow-outside-files to read it anyway");
        }
        byte[] bytes = TextFile.bytes(file, display, MAX_BYTES, referencedAt, path);
        log.add(Map.entry(file, new InputFile(display, Sha256.of(bytes))));
        try {
            return CsvTable.parse(TextFile.decode(bytes, display), display);
        } catch (ScenarioException e) {
            // The file's own form (its encoding, a quote, a row's length) has no column to name: the field that
            // names the file is named instead, as for every other problem with it.
            if (e.path().isEmpty()) {
                throw new ScenarioException(e.where(), path, e.problem());
            }
            throw e;
        }
    }

    /** How many reads there were so far (a file read twice counts twice). */
    int count() {
        return log.size();
    }

    /** The files read after the first {@code count} reads, each once, in the order first read then. */
    List<Map.Entry<Path, InputFile>> since(int count) {
        return distinct(log.subList(count, log.size())).entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** Notes files as read again, as a reused part read them when it was mapped. */
    void readAgain(List<Map.Entry<Path, InputFile>> files) {
        log.addAll(files);
    }

    /** Every file read so far, each once, in the order first read. */
    List<InputFile> inputs() {
        return List.copyOf(distinct(log).values());
    }

    private static Map<Path, InputFile> distinct(List<Map.Entry<Path, InputFile>> reads) {
        Map<Path, InputFile> out = new LinkedHashMap<>();
        reads.forEach(e -> out.putIfAbsent(e.getKey(), e.getValue()));
        return out;
    }
}
