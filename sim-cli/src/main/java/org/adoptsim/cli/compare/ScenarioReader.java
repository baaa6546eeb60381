package org.adoptsim.cli.compare;

import java.io.IOException;
import java.nio.file.Path;

/** Turns a scenario file named on the command line into a {@link LoadedScenario}. */
@FunctionalInterface
public interface ScenarioReader {
    LoadedScenario read(Path file) throws IOException;
}
