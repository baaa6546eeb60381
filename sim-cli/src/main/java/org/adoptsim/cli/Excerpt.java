package org.adoptsim.cli;

/**
 * A short, safe quotation of a token from an input file, for an error message: at most
 * {@link #MAX_CHARS} characters (longer text is cut and marked with "…"), every control, format or
 * unassigned character written as a {@code \}{@code uXXXX} escape so that the message stays one visible
 * line. Only tokens of a file already known to be of the expected kind are quoted (a teams file with a
 * {@code name} column, a scenario that parsed as YAML); a file of the wrong kind is never quoted.
 */
public final class Excerpt {
    /** The most characters of a token an error message quotes. */
    public static final int MAX_CHARS = 40;

    private Excerpt() {
    }

    /** {@code text} cut to {@link #MAX_CHARS} characters, with invisible characters escaped. */
    public static String of(String text) {
        return escaped(text, MAX_CHARS);
    }

    /**
     * {@code text} whole (a path the user typed, say), with invisible characters escaped: control
     * characters, and format characters such as U+202E, which would reorder what the terminal shows.
     */
    public static String visible(String text) {
        return escaped(text, Integer.MAX_VALUE);
    }

    private static String escaped(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            if (shown == max) {
                return b.append('…').toString();
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            shown++;
            if (invisible(cp)) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** Whether a code point would not show as itself on a terminal (or would change what follows). */
    static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    /** {@code 'token'}, quoted, as {@link #of}. */
    public static String quoted(String text) {
        return "'" + of(text) + "'";
    }
}
