package org.adoptsim.cli.compare;

import java.nio.file.Path;
import org.adoptsim.cli.output.Sha256;
import org.adoptsim.cli.scenario.LoadContext;
import org.adoptsim.cli.scenario.LoadedScenario;
import org.adoptsim.cli.scenario.ScenarioLoader;
import org.adoptsim.cli.scenario.input.TextFile;

/**
 * The one place where {@code run} and {@code compare} read a scenario file: {@link ScenarioLoader}
 * loads and checks it (a problem is a one-line, located {@code ScenarioException}, exit 2), and the
 * bytes it loaded are hashed for the manifest, as are the files the scenario names (teams, edge lists).
 */
public final class ScenarioFiles {

    public ScenarioInput read(Path file) {
        return read(file, false);
    }

    /** As {@link #read(Path)}; {@code allowOutside}: the scenario may name files outside its folder. */
    public ScenarioInput read(Path file, boolean allowOutside) {
        String display = file.toString();
        byte[] bytes = TextFile.bytes(file, display, ScenarioLoader.MAX_BYTES, null, "");
        LoadedScenario loaded = ScenarioLoader.parse(bytes, display,
                LoadContext.of(file, display).withOutsideFiles(allowOutside));
        return new ScenarioInput(loaded.scenario(), display, Sha256.of(bytes), loaded.description(), loaded.inputs(),
                loaded.teamNames());
    }
}
