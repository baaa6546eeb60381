package org.adoptsim.cli.sweep;

import java.util.LinkedHashMap;
import java.util.Map;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.sweep.overrides.YamlScenarioFactory;
import org.adoptsim.cli.sweep.run.ScenarioSource;
import org.adoptsim.cli.sweep.spec.SweepSpec;

/** The scenario sources the command line uses, and the override origins a sweep file gives them. */
public final class ScenarioSources {
    private ScenarioSources() {
    }

    /** Scenario files in the YAML format, read by the scenario loader with the sweep's overrides applied. */
    public static ScenarioSource yaml() {
        return YamlScenarioFactory::new;
    }

    /** Where each override path of {@code spec} is set: its key under {@code set} or {@code parameters}. */
    public static Map<String, SourceLocation> origins(SweepSpec spec) {
        Map<String, SourceLocation> out = new LinkedHashMap<>();
        spec.fixed().keySet().forEach(k -> out.put(k, spec.locate("set." + k)));
        spec.parameters().forEach(p -> p.paths().forEach(path -> out.put(path, p.where())));
        return out;
    }
}
