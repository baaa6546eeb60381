package org.adoptsim.cli.sweep.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.adoptsim.cli.output.AtomicFile;

/**
 * How far a sweep got: every point before {@code nextPoint} is completely in the tables, which are
 * valid up to {@code runsBytes} and {@code pointsBytes}; {@code runsDone} counts their runs. Written
 * atomically (temporary file, then rename) only after the tables were committed, so it never claims
 * more than the disk holds. Immutable.
 */
public record Checkpoint(String hash, long nextPoint, long runsBytes, long pointsBytes, long runsDone) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public void write(Path file) {
        ObjectNode n = JSON.createObjectNode();
        n.put("hash", hash);
        n.put("nextPoint", nextPoint);
        n.put("runsBytes", runsBytes);
        n.put("pointsBytes", pointsBytes);
        n.put("runsDone", runsDone);
        try {
            String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n";
            AtomicFile.writeText(file, w -> w.write(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The checkpoint in {@code file}, or empty if there is none. */
    public static Optional<Checkpoint> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            return Optional.of(new Checkpoint(n.path("hash").asText(), n.path("nextPoint").asLong(-1),
                    n.path("runsBytes").asLong(-1), n.path("pointsBytes").asLong(-1), n.path("runsDone").asLong(-1)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
