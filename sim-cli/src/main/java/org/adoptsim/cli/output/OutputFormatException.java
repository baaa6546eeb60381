package org.adoptsim.cli.output;

/** An output folder's file is missing, malformed or does not match its manifest; the message names it. */
public final class OutputFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputFormatException(String message) {
        super(message);
    }
}
