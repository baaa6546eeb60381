package org.adoptsim.cli.scenario.shape;

import org.adoptsim.cli.text.Suggest;

import java.util.Collection;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.cli.yaml.YNode;

/** The located errors the shapes throw, worded once. */
public final class Problems {
    private Problems() {
    }

    /** "expected X, got Y" at the node. */
    public static ScenarioException wrongType(YNode node, String path, String expected) {
        if (path.isEmpty() && node instanceof org.adoptsim.cli.yaml.YScalar) {
            // The whole file is one value: it is not a scenario (or sweep) file at all, so none of it is shown.
            return new ScenarioException(node.where(), path, "expected " + expected + ", got a single value: this is"
                    + " not a scenario file");
        }
        return new ScenarioException(node.where(), path, "expected " + expected + ", got " + node.describe());
    }

    /** Whether a key may be quoted in a message: it looks like a field name (a typo is worth showing). */
    public static boolean nameLike(String key) {
        return key.matches("[A-Za-z][A-Za-z0-9_.-]{0,39}");
    }

    /** A problem with the node's value. */
    public static ScenarioException at(YNode node, String path, String problem) {
        return new ScenarioException(node.where(), path, problem);
    }

    /** The most choices a message lists; a longer list is cut there and its size given. */
    public static final int MAX_LISTED = 16;

    /**
     * Appends "; did you mean 'x'?" when a candidate is close to {@code word}, else the choices (at most
     * {@link #MAX_LISTED} of them). For choices read from a file, see {@link #unknownName}.
     */
    public static String unknown(String what, String word, Collection<String> choices) {
        String close = Suggest.closest(word, choices);
        if (close != null) {
            return what + "; did you mean " + org.adoptsim.cli.Excerpt.quoted(close) + "?";
        }
        return what + " (expected " + listed(choices) + ")";
    }

    /**
     * Like {@link #unknown}, for a name that must be one of the {@code names} a file gives ({@code source}:
     * "the teams file"): the closest name if one is close, else only how many there are. The file's names
     * are never listed: it may hold thousands, or names that are not to be shown.
     */
    public static String unknownName(String what, String word, Collection<String> names, String source) {
        String close = Suggest.closest(word, names);
        if (close != null) {
            return what + "; did you mean " + org.adoptsim.cli.Excerpt.quoted(close) + "?";
        }
        return what + " (" + source + " names " + names.size() + (names.size() == 1 ? ", not close to it)"
                : ", none close to it)");
    }

    /** "'a'"; "one of: a, b, c"; past {@link #MAX_LISTED}, the first of them and "… (N in all)". */
    public static String listed(Collection<String> choices) {
        if (choices.size() == 1) {
            return org.adoptsim.cli.Excerpt.quoted(choices.iterator().next());
        }
        StringBuilder b = new StringBuilder("one of: ");
        int i = 0;
        for (String c : choices) {
            if (i == MAX_LISTED) {
                return b.append(", … (").append(choices.size()).append(" in all)").toString();
            }
            b.append(i++ == 0 ? "" : ", ").append(org.adoptsim.cli.Excerpt.of(c));
        }
        return b.toString();
    }

    /** {@code parent.key}, or {@code key} at the top. */
    public static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }
}
