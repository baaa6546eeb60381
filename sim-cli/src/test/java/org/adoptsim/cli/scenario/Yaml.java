package org.adoptsim.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.core.config.Scenario;

/** Test helper: loads scenario text given inline, naming it {@code test.yaml}, files relative to {@code dir}. */
final class Yaml {
    static final Path RESOURCES = Path.of("src/test/resources/scenarios");

    private Yaml() {
    }

    static LoadedScenario load(String text) {
        return load(text, RESOURCES.resolve("good"));
    }

    static LoadedScenario load(String text, Path dir) {
        return ScenarioLoader.parse(text, "test.yaml", new LoadContext(dir.toAbsolutePath(), ""));
    }

    static Scenario scenario(String text) {
        return load(text).scenario();
    }

    /** The one-line message of the error loading {@code text} must raise. */
    static String error(String text) {
        return assertThrows(LocatedException.class, () -> load(text)).getMessage();
    }

    /** Joins lines with newlines (and a final one), for readable inline YAML. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
