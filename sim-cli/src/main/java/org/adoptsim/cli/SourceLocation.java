package org.adoptsim.cli;

/**
 * A place in an input file (a scenario, a file it refers to, a sweep file): the file's display name (as
 * the user gave it, or relative to the file that refers to it), a 1-based line and a 1-based column.
 * Immutable.
 */
public record SourceLocation(String file, int line, int column) {

    /** The start of a file, for problems that belong to the whole file. */
    public static SourceLocation startOf(String file) {
        return new SourceLocation(file, 1, 1);
    }

    /** {@code file:line:column}, the prefix of every error line. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
