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
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            if (shown == MAX_CHARS) {
                return b.append('…').toString();
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            shown++;
            int type = Character.getType(cp);
            boolean invisible = Character.isISOControl(cp) || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE;
            if (invisible) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** {@code 'token'}, quoted, as {@link #of}. */
    public static String quoted(String text) {
        return "'" + of(text) + "'";
    }
}
