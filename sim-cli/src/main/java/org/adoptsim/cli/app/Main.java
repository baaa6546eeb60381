package org.adoptsim.cli.app;

import picocli.CommandLine;

/**
 * Entry point: builds the command line with the error handling of {@link Failures} and exits with the
 * command's exit code (0 ok, 2 bad input, 1 internal failure).
 */
public final class Main {
    private Main() {
    }

    public static CommandLine commandLine() {
        Failures failures = new Failures();
        return new CommandLine(new AdoptsimCommand())
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures);
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Error e) {
            Failures.internal(e, "1".equals(System.getenv("ADOPTSIM_DEBUG"))
                    || java.util.Arrays.asList(args).contains("--debug"), new java.io.PrintWriter(System.err));
            code = Failures.INTERNAL;
        }
        System.exit(code);
    }
}
