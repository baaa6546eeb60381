package org.adoptsim.cli.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.output.Sha256;
import org.adoptsim.cli.scenario.LoadedScenario;
import org.adoptsim.cli.scenario.ScenarioLoader;

/**
 * The one place where {@code run} and {@code compare} read a scenario file: {@link ScenarioLoader}
 * loads and checks it (a problem is a one-line, located {@code ScenarioException}, exit 2), and the
 * file's bytes are hashed for the manifest, beside the hashes of the files it names (teams, edge lists)
 * that the loader read.
 */
public final class ScenarioFiles {

    public ScenarioInput read(Path file) throws IOException {
        LoadedScenario loaded = ScenarioLoader.load(file);
        return new ScenarioInput(loaded.scenario(), file.toString(), Sha256.of(Files.readAllBytes(file)),
                loaded.description(), loaded.inputs());
    }
}
