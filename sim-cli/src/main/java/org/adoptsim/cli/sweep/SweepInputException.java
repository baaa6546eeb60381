package org.adoptsim.cli.sweep;

import org.adoptsim.cli.InputException;

/**
 * Bad input the user can fix: a sweep file, a command-line value or an output directory that is not
 * what the command needs. The message is one complete line ({@code file:line:column: path: problem}
 * for problems located in a file); the command line prints it as is and exits with 2.
 */
public class SweepInputException extends InputException {
    private static final long serialVersionUID = 1L;

    public SweepInputException(String oneLine) {
        super(oneLine);
    }

    public SweepInputException(String oneLine, Throwable cause) {
        super(oneLine, cause);
    }
}
