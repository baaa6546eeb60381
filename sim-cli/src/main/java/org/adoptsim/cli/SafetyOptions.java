package org.adoptsim.cli;

import picocli.CommandLine.Option;

/**
 * The options that lift a safety check (a picocli mixin for the commands that read scenarios and write
 * output folders): both are off unless given. docs/security.md says what each check protects.
 */
public final class SafetyOptions {

    @Option(names = "--force",
            description = "Write into an output folder that holds another command's or another scenario's results,"
                + " replacing them.")
    public boolean force;

    @Option(names = "--allow-outside-files",
            description = "Let the scenario name files (teams, edge lists) outside its own folder.")
    public boolean allowOutsideFiles;
}
