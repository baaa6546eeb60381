package org.adoptsim.cli.sweep.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.output.ManifestJson;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.sweep.run.Shard;

/**
 * A sweep directory's {@code manifest.json}: what was swept (hash, scenario, parameters, design,
 * strategies, metrics, seeds), which slice of the points this directory holds, its status
 * ({@value #RUNNING}, {@value #INTERRUPTED} or {@value #COMPLETE}), the output format, the versions that
 * made it and the timing. A thin, immutable view over the JSON; {@link ManifestBuilder} writes it.
 */
public record Manifest(JsonNode json) {
    public static final String FILE = "manifest.json";
    public static final String RUNNING = "running";
    public static final String INTERRUPTED = "interrupted";
    public static final String COMPLETE = "complete";
    static final ObjectMapper JSON = new ObjectMapper();

    /** The manifest of {@code dir}; a one-line error if it is missing or unreadable. */
    public static Manifest read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new InputException(dir + ": not a sweep directory (no " + FILE + ")");
        }
        try {
            return new Manifest(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new InputException(file + ": unreadable (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    public void write(Path dir) {
        try {
            String text = ManifestJson.text(json);
            AtomicFile.writeText(dir.resolve(FILE), w -> w.write(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    public Manifest with(String field, String value) {
        ObjectNode copy = json.deepCopy();
        copy.put(field, value);
        return new Manifest(copy);
    }

    public String hash() {
        return json.path("hash").asText();
    }

    public String name() {
        return json.path("sweep").asText();
    }

    public String status() {
        return json.path("status").asText();
    }

    public String format() {
        return json.path("output").path("format").asText("csv");
    }

    public String adoptsimVersion() {
        return json.path("versions").path("adoptsim").asText();
    }

    public Shard shard() {
        JsonNode s = json.path("shard");
        return s.isObject() ? new Shard(s.path("index").asInt(), s.path("count").asInt()) : Shard.WHOLE;
    }

    public long fromPoint() {
        return json.path("points").path("from").asLong();
    }

    public long toPoint() {
        return json.path("points").path("to").asLong();
    }

    /** Points of the design after {@code --limit}: the extent all shards together cover. */
    public long limitedPoints() {
        return json.path("points").path("limited").asLong();
    }

    public long designPoints() {
        return json.path("points").path("design").asLong();
    }

    public long pointsDone() {
        return json.path("points").path("done").asLong();
    }

    public long runsDone() {
        return json.path("runs").path("done").asLong();
    }

    public int replicates() {
        return json.path("replicates").asInt();
    }

    public long rootSeed() {
        return json.path("seeds").path("root").asLong();
    }

    public String randomNumbers() {
        return json.path("seeds").path("randomNumbers").asText();
    }

    public JsonNode design() {
        return json.path("design");
    }

    public List<String> strategies() {
        return texts(json.path("strategies"));
    }

    public List<String> metrics() {
        return texts(json.path("metrics"));
    }

    /** The swept parameters: label, path, whether numeric, domain. */
    public List<ParameterInfo> parameters() {
        List<ParameterInfo> out = new ArrayList<>();
        for (JsonNode p : json.path("parameters")) {
            out.add(new ParameterInfo(p.path("label").asText(), p.path("path").asText(), p.path("numeric").asBoolean(),
                    p.path("domain").asText()));
        }
        return out;
    }

    public double elapsedSeconds() {
        return json.path("timing").path("elapsedSeconds").asDouble();
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
