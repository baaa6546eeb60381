package org.adoptsim.cli;

import picocli.CommandLine;

/** Entry point: builds the command line and exits with the command's exit code. */
public final class Main {
    private Main() {
    }

    public static CommandLine commandLine() {
        return new CommandLine(new AdoptsimCommand());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
