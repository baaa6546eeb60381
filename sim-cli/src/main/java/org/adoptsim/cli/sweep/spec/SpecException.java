package org.adoptsim.cli.sweep.spec;

import org.adoptsim.cli.InputException;

/**
 * A problem in a sweep file, located and named by the dotted path of the field in the sweep file:
 * {@code sweep.yaml:12:5: parameters.rules.platform.capacity.range.min: must be < max}.
 */
public final class SpecException extends InputException {
    private static final long serialVersionUID = 1L;

    public SpecException(Located where, String path, String problem) {
        super(where + ": " + (path.isEmpty() ? "" : path + ": ") + problem.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
    }
}
