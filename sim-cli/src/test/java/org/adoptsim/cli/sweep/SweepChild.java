package org.adoptsim.cli.sweep;

import picocli.CommandLine;

/** {@code adoptsim sweep} with the test scenario source, as its own program (for the kill -9 test). */
public final class SweepChild {
    private SweepChild() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SweepCommand(TestScenarios.source()))
                .setExecutionExceptionHandler(new org.adoptsim.cli.Failures()).execute(args));
    }
}
