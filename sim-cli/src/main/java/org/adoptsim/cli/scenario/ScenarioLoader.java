package org.adoptsim.cli.scenario;

import java.nio.file.Path;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.cli.scenario.input.TextFile;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YamlLimits;
import org.adoptsim.cli.yaml.YamlTreeReader;
import org.adoptsim.core.config.Scenario;

/**
 * Loads a scenario file: reads it (UTF-8, bounded), parses the YAML into a located tree (no Java types
 * constructed, aliases bounded), checks it against the format's shapes and maps it onto the core's
 * records. Every problem in the file or the files it names is a {@link ScenarioException} whose message
 * is one line: {@code file:line:column: path.to.field: what is expected}. Stateless and thread-safe.
 */
public final class ScenarioLoader {
    /** The largest scenario file accepted. */
    public static final long MAX_BYTES = org.adoptsim.cli.scenario.input.InputLimits.MAX_SCENARIO_BYTES;

    private ScenarioLoader() {
    }

    /** Loads {@code file}; messages name it as the user did ({@code file.toString()}). */
    public static LoadedScenario load(Path file) {
        return load(file, false);
    }

    /** As {@link #load(Path)}; {@code allowOutside}: the scenario may name files outside its folder. */
    public static LoadedScenario load(Path file, boolean allowOutside) {
        String display = file.toString();
        String text = TextFile.read(file, display, MAX_BYTES, null, "");
        return parse(text, display, LoadContext.of(file, display).withOutsideFiles(allowOutside));
    }

    /** The core scenario in {@code file}. */
    public static Scenario scenario(Path file) {
        return load(file).scenario();
    }

    /** Loads a scenario from the bytes of a file (UTF-8); as {@link #parse(String, String, LoadContext)}. */
    public static LoadedScenario parse(byte[] bytes, String display, LoadContext ctx) {
        return parse(TextFile.decode(bytes, display), display, ctx);
    }

    /** Loads scenario text; {@code display} names it in messages, {@code ctx} resolves the files it names. */
    public static LoadedScenario parse(String text, String display, LoadContext ctx) {
        YNode root = YamlTreeReader.read(text, display, YamlLimits.defaults());
        return ScenarioMapper.map(root, display, baseName(display), ctx);
    }

    private static String baseName(String display) {
        Path name = Path.of(display).getFileName();
        String n = name == null ? "scenario" : name.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
