package org.adoptsim.cli.options;

import picocli.CommandLine.Option;

/**
 * {@code --allow-outside-files} (a picocli mixin): lift the check that keeps a scenario's files (teams, edge
 * lists) inside its own folder. docs/security.md says what the check protects.
 */
public final class OutsideFilesOption {
    @Option(names = "--allow-outside-files",
            description = "Let the scenario name files (teams, edge lists) outside its own folder.")
    boolean allow;

    public boolean given() {
        return allow;
    }
}
