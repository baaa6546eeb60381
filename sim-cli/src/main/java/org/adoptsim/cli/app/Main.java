package org.adoptsim.cli.app;

import org.adoptsim.cli.ExitCodes;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Entry point: builds the command line with the error handling of {@link Failures} and exits with the
 * command's exit code (0 ok, 2 bad input, 1 internal failure).
 *
 * <p>picocli builds each command's model by reflection (options, mixins, their annotations) when the
 * command is added, about 60 ms of a cold start for all of them. A run names its command first
 * ({@code adoptsim compare …}, or after {@code --debug}), so {@link #main} adds only that one; anything
 * else — no command, a top-level option, {@code help}, {@code completion}, a mistyped name — gets the
 * whole tree, so usage, suggestions and completion scripts are unchanged.
 */
public final class Main {
    private Main() {
    }

    /** The whole command line, every subcommand added. */
    public static CommandLine commandLine() {
        return commandLine(AdoptsimCommand.SUBCOMMANDS);
    }

    /** The command line for these arguments: only the subcommand they run when they name one first. */
    static CommandLine commandLine(String[] args) {
        int at = args.length > 0 && "--debug".equals(args[0]) ? 1 : 0;
        if (at < args.length && !"help".equals(args[at]) && !"completion".equals(args[at])) {
            for (Class<?> c : AdoptsimCommand.SUBCOMMANDS) {
                CommandLine.Command command = c.getAnnotation(CommandLine.Command.class);
                if (command.name().equals(args[at]) || Arrays.asList(command.aliases()).contains(args[at])) {
                    return commandLine(java.util.List.of(c));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine commandLine(java.util.List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new AdoptsimCommand());
        for (Class<?> c : subcommands) {
            cl.addSubcommand(c);
        }
        Failures failures = new Failures();
        return cl.setExecutionExceptionHandler(failures).setParameterExceptionHandler(failures);
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine(args).execute(args);
        } catch (Error e) {
            Failures.internal(e, "1".equals(System.getenv("ADOPTSIM_DEBUG"))
                    || java.util.Arrays.asList(args).contains("--debug"), new java.io.PrintWriter(System.err));
            code = ExitCodes.INTERNAL;
        }
        System.exit(code);
    }
}
