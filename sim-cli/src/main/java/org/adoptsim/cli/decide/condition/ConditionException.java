package org.adoptsim.cli.decide.condition;

/** A condition that cannot be parsed or bound, with the 1-based character position of the problem. */
public final class ConditionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int column;

    public ConditionException(int column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
