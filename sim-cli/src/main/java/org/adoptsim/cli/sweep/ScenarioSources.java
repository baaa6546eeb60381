package org.adoptsim.cli.sweep;

import org.adoptsim.cli.sweep.run.ScenarioSource;

/** The scenario sources the command line uses. */
public final class ScenarioSources {
    private ScenarioSources() {
    }

    /** Scenario files in the YAML format, read by the scenario loader with the sweep's overrides applied. */
    public static ScenarioSource yaml() {
        return (file, display) -> {
            throw new SweepInputException(display + ": this build cannot read scenario files yet (the scenario"
                    + " loader is not merged)");
        };
    }
}
