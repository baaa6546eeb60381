package org.adoptsim.cli;

/**
 * The exit codes of every command, in one place (docs/security.md, "Exit codes"): the commands return them and
 * {@code app.Failures} maps exceptions onto them.
 */
public final class ExitCodes {
    /** Done; every file written is complete. */
    public static final int OK = 0;
    /** A file could not be read or written, or an internal error (one line; the trace under --debug). */
    public static final int INTERNAL = 1;
    /** Bad input: a usage error or a bad file or option value, one located line. */
    public static final int BAD_INPUT = 2;
    /** Stopped by Ctrl-C after what finished was written and marked partial (128 + SIGINT, as shells do). */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
