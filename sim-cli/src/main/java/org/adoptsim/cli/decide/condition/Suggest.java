package org.adoptsim.cli.decide.condition;

import java.util.List;

/**
 * "; did you mean 'x'?" for a misspelt column, or the first few names when nothing is close. The match
 * is the project's one ({@link org.adoptsim.cli.text.Suggest#closest}), so the same misspelling finds
 * the same name here as everywhere else.
 */
final class Suggest {
    private Suggest() {
    }

    static String near(String name, List<String> known) {
        String best = org.adoptsim.cli.text.Suggest.closest(name, known);
        if (best != null) {
            return "; did you mean '" + best + "'?";
        }
        List<String> some = known.subList(0, Math.min(8, known.size()));
        return known.isEmpty() ? "" : "; columns are: " + String.join(", ", some) + (known.size() > 8 ? ", …" : "");
    }
}
