package org.adoptsim.cli.csv;

/**
 * CSV text that does not parse (an unclosed quote, a quote inside an unquoted field, text after a
 * closing quote), at a 1-based line and column. Callers add the file name in their own error form.
 */
public final class CsvSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;

    CsvSyntaxException(int line, int column, String problem) {
        super(line + ":" + column + ": " + problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
