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

    /** Appends "; did you mean 'x'?" when a candidate is close to {@code word}, else the list of choices. */
    public static String unknown(String what, String word, Collection<String> choices) {
        String close = Suggest.closest(word, choices);
        if (close != null) {
            return what + "; did you mean " + org.adoptsim.cli.Excerpt.quoted(close) + "?";
        }
        return what + " (expected " + listed(choices) + ")";
    }

    /** "a, b or c"; "one of: a, b, c, …" for long lists. */
    public static String listed(Collection<String> choices) {
        if (choices.size() == 1) {
            return "'" + choices.iterator().next() + "'";
        }
        StringBuilder b = new StringBuilder("one of: ");
        int i = 0;
        for (String c : choices) {
            b.append(i++ == 0 ? "" : ", ").append(c);
        }
        return b.toString();
    }

    /** {@code parent.key}, or {@code key} at the top. */
    public static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }
}
