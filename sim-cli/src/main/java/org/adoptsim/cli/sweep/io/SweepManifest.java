package org.adoptsim.cli.sweep.io;

import org.adoptsim.cli.output.Manifest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.output.ManifestCommit;
import org.adoptsim.cli.output.ManifestJson;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.output.OutputFormatException;
import org.adoptsim.cli.results.ParameterLabels;
import org.adoptsim.cli.sweep.run.Shard;

/**
 * A sweep directory's {@code manifest.json}, read: the common manifest ({@link org.adoptsim.cli.output.Manifest}:
 * version, status, scenario and its hash, root seed, replicates, files) and its {@code sweep} section — what
 * was swept (hash, parameters, design, strategies, metrics), which slice of the points this directory holds,
 * its progress, the output format and the timing over sessions. {@link ManifestBuilder} writes it. Immutable.
 */
public record SweepManifest(Manifest model) {
    public static final String FILE = "manifest.json";
    public static final String SECTION = "sweep";
    public static final String RUNNING = "running";
    public static final String INTERRUPTED = "interrupted";
    public static final String COMPLETE = "complete";
    static final ObjectMapper JSON = new ObjectMapper();

    public SweepManifest {
        if (model.section() == null || !SECTION.equals(model.section().name())) {
            throw new OutputFormatException("written by '" + model.command() + "', not a sweep (no sweep section)");
        }
    }

    /** The manifest of {@code dir}; a one-line error if it is missing, unreadable or not a sweep's. */
    public static SweepManifest read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new InputException(dir + ": not a sweep directory (no " + FILE + ")");
        }
        try {
            return new SweepManifest(ManifestJson.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (OutputFormatException e) {
            throw new InputException(e.getMessage().startsWith(file.toString()) ? e.getMessage()
                    : file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new InputException(file + ": unreadable (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /** Writes it while the sweep runs (its files still growing, none listed). */
    public void write(Path dir) {
        try {
            String text = ManifestJson.write(model);
            AtomicFile.writeText(dir.resolve(FILE), w -> w.write(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** Writes it last, once every file it lists is checked against its recorded size and SHA-256. */
    public void commit(Path dir) {
        try {
            ManifestCommit.commit(new OutputFolder(dir), model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The start of the manifest of a command that reads this sweep ({@code analyze}, {@code discover}): the
     * sweep's scenario, root seed and replicates, and a section {@code sectionName} that first names the sweep
     * read (its name, hash and folder) and then holds what {@code fill} puts.
     */
    public Manifest.Builder derived(String command, Path dir, String sectionName,
            java.util.function.Consumer<ObjectNode> fill) {
        return Manifest.of(command).scenario(model.scenario()).seed(model.seed())
                .replicates(model.replicates()).section(Manifest.Section.of(sectionName, n -> {
                    n.putObject("sweep").put("name", name()).put("hash", hash()).put("directory", dir.toString());
                    fill.accept(n);
                }));
    }

    /** A copy of the sweep section. */
    public ObjectNode sweep() {
        return model.section().fields();
    }

    private JsonNode s() {
        return model.section().fields();
    }

    public String hash() {
        return s().path("hash").asText();
    }

    public String name() {
        return s().path("name").asText();
    }

    public String sweepFile() {
        return s().path("sweepFile").asText("SWEEP.yaml");
    }

    public String status() {
        return model.status().text();
    }

    public String format() {
        return s().path("output").path("format").asText("csv");
    }

    public String adoptsimVersion() {
        return model.toolVersion();
    }

    public Shard shard() {
        JsonNode s = s().path("shard");
        return s.isObject() ? new Shard(s.path("index").asInt(), s.path("count").asInt()) : Shard.WHOLE;
    }

    public long fromPoint() {
        return s().path("points").path("from").asLong();
    }

    public long toPoint() {
        return s().path("points").path("to").asLong();
    }

    /** Points of the design after {@code --limit}: the extent all shards together cover. */
    public long limitedPoints() {
        return s().path("points").path("limited").asLong();
    }

    public long designPoints() {
        return s().path("points").path("design").asLong();
    }

    public long pointsDone() {
        return s().path("points").path("done").asLong();
    }

    public long runsDone() {
        return s().path("runs").path("done").asLong();
    }

    public int replicates() {
        return model.replicates() == null ? 0 : model.replicates();
    }

    public long rootSeed() {
        return model.seed() == null ? 0 : model.seed();
    }

    /** Whether the sweep drew its parameters from a calibration's posterior, one set per replicate pair ({@code --posterior}). */
    public boolean posterior() {
        return s().has("posterior");
    }

    public String randomNumbers() {
        return s().path("seeds").path("randomNumbers").asText();
    }

    public JsonNode design() {
        return s().path("design");
    }

    public List<String> strategies() {
        return texts(s().path("strategies"));
    }

    public List<String> metrics() {
        return texts(s().path("metrics"));
    }

    /** The swept parameters: label, path, whether numeric, domain. */
    public List<ParameterInfo> parameters() {
        List<ParameterInfo> out = new ArrayList<>();
        for (JsonNode p : s().path("parameters")) {
            out.add(new ParameterInfo(p.path("label").asText(), p.path("path").asText(), p.path("numeric").asBoolean(),
                    p.path("domain").asText()));
        }
        return out;
    }

    /** When the first session started (ISO-8601), or null. */
    public String started() {
        return s().path("timing").path("started").asText(null);
    }

    /** Sessions so far (a resumed sweep counts each). */
    public int sessions() {
        return s().path("timing").path("sessions").asInt(0);
    }

    public double elapsedSeconds() {
        return s().path("timing").path("elapsedSeconds").asDouble();
    }

    /**
     * A column of the sweep's tables as an axis title: a swept parameter's label with its path in words and
     * unit ({@link ParameterLabels#axis}); any other column (strategy) as it is.
     */
    public String axisTitle(String column) {
        return parameters().stream().filter(p -> p.label().equals(column)).findFirst()
                .map(p -> ParameterLabels.axis(p.label(), p.path())).orElse(column);
    }

    /** One swept parameter as the manifest records it. */
    public record ParameterInfo(String label, String path, boolean numeric, String domain) {
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static ArrayNode array(List<String> values) {
        ArrayNode a = JSON.createArrayNode();
        values.forEach(a::add);
        return a;
    }
}
