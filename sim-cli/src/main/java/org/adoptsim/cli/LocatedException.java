package org.adoptsim.cli;

/**
 * Bad input at a known place in a file, named by the dotted path of the field it concerns
 * ({@code rules.decisions.attention}). The message is the one line the user sees:
 * {@code file:line:column: path: problem}, with any control character (from a key or a file name)
 * written as an escape so that it stays one line. Subclasses say which kind of file it came from.
 */
public class LocatedException extends InputException {
    private static final long serialVersionUID = 1L;

    /** The most characters of a field path shown. */
    static final int MAX_PATH = 160;

    private final transient SourceLocation where;
    private final String path;
    private final String problem;

    public LocatedException(SourceLocation where, String path, String problem) {
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
        String oneLine = visible(problem.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
        return visible(where.toString()) + ": " + (path.isEmpty() ? "" : visible(shortPath(path)) + ": ") + oneLine;
    }

    /** A field path cut to {@link #MAX_PATH} characters: a path is built from keys, which a hostile file chooses. */
    private static String shortPath(String path) {
        return path.length() <= MAX_PATH ? path : path.substring(0, MAX_PATH) + "…";
    }

    /** Control characters (from keys or file names) written as escapes, so the message stays one line. */
    private static String visible(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Excerpt.invisible(c)) {
                        b.append(String.format("\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
