package org.adoptsim.cli.scenario.input;

import org.adoptsim.cli.InputException;

/**
 * A problem in a scenario file or a file it refers to, located at a line and column and named by the
 * path of the field in the scenario ({@code rules.decisions.attention}). The message is the one line
 * the user sees: {@code file:line:column: path: problem}.
 */
public final class ScenarioException extends InputException {
    private static final long serialVersionUID = 1L;

    private final transient SourceLocation where;
    private final String path;
    private final String problem;

    public ScenarioException(SourceLocation where, String path, String problem) {
        super(format(where, path, problem));
        this.where = where;
        this.path = path;
        this.problem = problem;
    }

    public SourceLocation where() {
        return where;
    }

    /** The dotted field path, or "" for problems of the file as a whole. */
    public String path() {
        return path;
    }

    /** What is wrong, without location and path. */
    public String problem() {
        return problem;
    }

    private static String format(SourceLocation where, String path, String problem) {
        String oneLine = problem.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return where + ": " + (path.isEmpty() ? "" : path + ": ") + oneLine;
    }
}
