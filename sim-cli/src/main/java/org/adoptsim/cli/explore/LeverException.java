package org.adoptsim.cli.explore;

/**
 * A request names a lever the scenario cannot take (an unknown strategy, an uncertainty the file does
 * not give in the form the page varies, a value the loader refuses): answered with 400 and this one
 * line, {@code lever: problem}.
 */
final class LeverException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LeverException(String lever, String problem) {
        this(lever + ": " + problem);
    }

    /** A whole line, {@code lever: problem}, as the loader words it. */
    LeverException(String line) {
        super(line, null, false, false);
    }
}
