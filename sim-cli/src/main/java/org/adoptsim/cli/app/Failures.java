package org.adoptsim.cli.app;

import org.adoptsim.cli.ExitCodes;
import org.adoptsim.cli.InputException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.text.Suggest;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How every command fails: a usage error is one line plus a pointer to {@code --help}, exit 2; an
 * {@link InputException} (a bad scenario file, a bad option value) is its one located line, exit 2; a
 * failure to read or write a file is one line naming the path and the system's reason, exit 1; any
 * other exception is one line "internal error: ...", exit 1, with the stack trace only under
 * {@code --debug} or {@code ADOPTSIM_DEBUG=1}. Stateless.
 */
public final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException u) {
            String close = suggestion(u, cl);
            if (close != null) {
                message += "; did you mean '" + close + "'?";
            }
        }
        err.println(cl.getCommandSpec().qualifiedName() + ": " + oneLine(message) + " (see '"
                + cl.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** The subcommand or option name close to the first unmatched argument (by edit distance), or null. */
    private static String suggestion(UnmatchedArgumentException u, CommandLine cl) {
        List<String> unmatched = u.getUnmatched();
        if (unmatched.isEmpty()) {
            return null;
        }
        String word = unmatched.get(0).split("=", 2)[0];
        List<String> names = new ArrayList<>(cl.getSubcommands().keySet());
        if (word.startsWith("-")) {
            cl.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
        }
        return Suggest.closest(word, names);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof InputException) {
            err.println(oneLine(ex.getMessage()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        String io = ioFailure(ex);
        if (io != null) {
            err.println(cl.getCommandSpec().qualifiedName() + ": " + oneLine(io));
            if (debug(parsed)) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.INTERNAL;
        }
        internal(ex, debug(parsed), err);
        return ExitCodes.INTERNAL;
    }

    /**
     * A failure to read or write a file, in words naming the path and the system's reason ("cannot write
     * /x/y: Not a directory"), or null when {@code ex} is not one. Such a failure is the environment's,
     * not a bug, so it is not an "internal error"; it still exits 1.
     */
    static String ioFailure(Throwable ex) {
        if (ex instanceof java.io.UncheckedIOException u) {
            return u.getMessage() != null && !u.getMessage().equals(String.valueOf(u.getCause()))
                    ? u.getMessage() : ioFailure(u.getCause());
        }
        if (ex instanceof java.nio.file.FileSystemException f) {
            String reason = f instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : f instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : f instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
                    : f.getReason() == null ? "cannot read or write it" : f.getReason();
            return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": " + reason;
        }
        if (ex instanceof java.io.IOException e) {
            return e.getMessage() == null ? "input/output error (" + e.getClass().getSimpleName() + ")" : e.getMessage();
        }
        return null;
    }

    /** Reports an unexpected failure in one line, with the stack trace when asked for. */
    public static void internal(Throwable ex, boolean debug, PrintWriter err) {
        String what = ex instanceof OutOfMemoryError
                ? "out of memory (give Java more, e.g. JAVA_OPTS=-Xmx8g)"
                : ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        err.println("internal error: " + oneLine(what)
                + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
    }

    /** Line breaks in a message (from a file name or an argument) folded to spaces. */
    static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*[\\r\\n\\u2028\\u2029\\u0085]+\\s*", " ").strip();
    }

    /** Whether {@code --debug} was given to any command on the line, or ADOPTSIM_DEBUG=1 is set. */
    public static boolean debug(ParseResult parsed) {
        if ("1".equals(System.getenv("ADOPTSIM_DEBUG"))) {
            return true;
        }
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
