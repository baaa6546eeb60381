package org.adoptsim.cli.sweep.overrides;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.scenario.LoadContext;
import org.adoptsim.cli.scenario.LoadedScenario;
import org.adoptsim.cli.scenario.ScenarioLoader;
import org.adoptsim.cli.scenario.ScenarioMapper;
import org.adoptsim.cli.scenario.SharedParts;
import org.adoptsim.cli.scenario.input.InputFile;
import org.adoptsim.cli.scenario.input.TextFile;
import org.adoptsim.cli.sweep.run.ScenarioFactory;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YamlLimits;
import org.adoptsim.cli.yaml.YamlTreeReader;
import org.adoptsim.core.config.Scenario;

/**
 * A scenario file with overrides: the file is read and parsed once; each call applies the overrides to
 * the parsed tree ({@link TreeOverrides}) and lets the scenario loader check and map the result, so a
 * swept path is validated exactly like the same value written in the file. The parts of the file that
 * the overrides leave alone are checked and mapped once, with the files they name ({@link SharedParts}).
 * Errors are the loader's one-line {@code ScenarioException}s, located in the scenario or, for swept
 * values, in the sweep file. Thread-safe: the parsed tree is immutable.
 */
public final class YamlScenarioFactory implements ScenarioFactory {
    private final YNode root;
    private final SharedParts shared;
    private final String display;
    private final String name;
    private final LoadContext context;
    private final Map<String, SourceLocation> origins;

    /**
     * @param origins where each override path comes from (the sweep file's line), for error messages
     */
    public YamlScenarioFactory(Path file, String display, Map<String, SourceLocation> origins) {
        String text = TextFile.read(file, display, ScenarioLoader.MAX_BYTES, null, "");
        this.root = YamlTreeReader.read(text, display, YamlLimits.defaults());
        this.shared = SharedParts.of(root);
        this.display = display;
        this.name = stem(file);
        this.context = LoadContext.of(file, display);
        this.origins = Map.copyOf(origins);
    }

    @Override
    public Scenario at(Map<String, Object> overrides) {
        return load(overrides).scenario();
    }

    /**
     * As {@link #at(Map)}, the values located where {@code where} says (a posterior's cells, say) rather
     * than where the factory's origins do.
     */
    public Scenario at(Map<String, Object> overrides, Map<String, SourceLocation> where) {
        return load(overrides, where).scenario();
    }

    @Override
    public List<InputFile> inputs(Map<String, Object> overrides) {
        return load(overrides).inputs();
    }

    private LoadedScenario load(Map<String, Object> overrides) {
        return load(overrides, origins);
    }

    private LoadedScenario load(Map<String, Object> overrides, Map<String, SourceLocation> where) {
        YNode tree = overrides.isEmpty() ? root : TreeOverrides.apply(root, overrides, where);
        return ScenarioMapper.map(tree, display, name, context, shared);
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
