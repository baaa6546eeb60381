package org.adoptsim.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.adoptsim.cli.LocatedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed scenario files in {@code src/test/resources/scenarios/bad}: each one's first line
 * ({@code # expect: ...}) is the exact single line the loader must report.
 */
class ScenarioErrorsTest {
    static final Path BAD = Yaml.RESOURCES.resolve("bad");

    static Stream<Path> badFiles() throws IOException {
        try (Stream<Path> s = Files.list(BAD)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /** The value of a {@code # key: value} header line. */
    static String header(Path file, String key) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String line : text.split("\n")) {
            if (line.startsWith("# " + key + ": ")) {
                return line.substring(key.length() + 4).replace("{dir}", BAD.toString());
            }
        }
        throw new IllegalStateException(file + " has no '# " + key + ":' line");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void reportsOneLocatedLine(Path file) throws IOException {
        String expected = header(file, "expect");
        LocatedException e = assertThrows(LocatedException.class, () -> ScenarioLoader.load(file));
        assertEquals(expected, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.getMessage().matches("^[^:]+:\\d+:\\d+: .+"), e.getMessage());
    }
}
