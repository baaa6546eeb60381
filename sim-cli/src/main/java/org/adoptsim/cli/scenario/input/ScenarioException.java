package org.adoptsim.cli.scenario.input;

import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.SourceLocation;

/**
 * A problem in a scenario file or a file it refers to, located at a line and column and named by the
 * path of the field in the scenario ({@code rules.decisions.attention}). The message is the one line
 * the user sees: {@code file:line:column: path: problem}.
 */
public final class ScenarioException extends LocatedException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(SourceLocation where, String path, String problem) {
        super(where, path, problem);
    }
}
