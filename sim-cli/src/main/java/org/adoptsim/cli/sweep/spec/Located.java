package org.adoptsim.cli.sweep.spec;

/**
 * A place in a sweep file: display name, 1-based line and column. Immutable.
 */
public record Located(String file, int line, int column) {

    public static Located startOf(String file) {
        return new Located(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
