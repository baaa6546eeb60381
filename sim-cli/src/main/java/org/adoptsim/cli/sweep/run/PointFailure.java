package org.adoptsim.cli.sweep.run;

import org.adoptsim.cli.InputException;

/**
 * A sweep point whose scenario could not be built (the scenario format rejected a swept value): names
 * the point and its values; the command reports it as bad input.
 */
public final class PointFailure extends InputException {
    private static final long serialVersionUID = 1L;

    public PointFailure(String oneLine, Throwable cause) {
        super(oneLine, cause);
    }
}
