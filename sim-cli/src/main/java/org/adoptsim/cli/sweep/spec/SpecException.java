package org.adoptsim.cli.sweep.spec;

import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.SourceLocation;

/**
 * A problem in a sweep file, located and named by the dotted path of the field in the sweep file:
 * {@code sweep.yaml:12:5: parameters.rules.platform.capacity.range.max: must be greater than min (5)}.
 */
public final class SpecException extends LocatedException {
    private static final long serialVersionUID = 1L;

    public SpecException(SourceLocation where, String path, String problem) {
        super(where, path, problem);
    }
}
