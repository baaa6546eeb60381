package org.adoptsim.cli;

/**
 * Bad input the user can fix (a malformed file, an impossible option value). Its message is one
 * complete line that says where and what; the command line prints it as is and exits with 2.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String oneLine) {
        super(oneLine);
    }

    public InputException(String oneLine, Throwable cause) {
        super(oneLine, cause);
    }
}
