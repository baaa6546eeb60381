package org.adoptsim.cli.compare;

import org.adoptsim.core.config.Scenario;

/**
 * A scenario and where it came from.
 *
 * @param file   the file as named on the command line, or null for a scenario built in code
 * @param sha256 SHA-256 of the file's bytes, or null without a file
 */
public record LoadedScenario(Scenario scenario, String file, String sha256) {

    public static LoadedScenario builtIn(Scenario s) {
        return new LoadedScenario(s, null, null);
    }
}
