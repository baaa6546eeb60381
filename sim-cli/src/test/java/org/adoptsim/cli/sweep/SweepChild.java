package org.adoptsim.cli.sweep;

import picocli.CommandLine;

/**
 * {@code adoptsim sweep} with the test scenario source, as its own program (for the kill -9 test);
 * {@code -Dadoptsim.test.pointMillis=N} makes building each point's scenario take N ms.
 */
public final class SweepChild {
    private SweepChild() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SweepCommand(TestScenarios.slowSource(Long.getLong("adoptsim.test.pointMillis", 0))))
                .setExecutionExceptionHandler(new org.adoptsim.cli.app.Failures()).execute(args));
    }
}
