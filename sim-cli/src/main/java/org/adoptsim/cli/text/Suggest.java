package org.adoptsim.cli.text;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean" for misspelt keys, values and names, the one used by every command: the candidate with
 * the smallest optimal-string-alignment distance (insertions, deletions, substitutions, adjacent
 * transpositions) among those within a third of the longer word's length (at least 1, at most 3). Case,
 * underscores and hyphens are ignored, so {@code finalDoneShare} finds {@code final_done_share}.
 *
 * <p>Written here rather than taken from Apache Commons Text: its Damerau-Levenshtein is not in the
 * released versions, and this is forty lines with no other use for the library.
 */
public final class Suggest {
    private Suggest() {
    }

    /** The closest candidate, or null if none is close enough. */
    public static String closest(String word, Collection<String> candidates) {
        String w = normal(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, normal(c));
            int limit = Math.min(3, Math.max(1, Math.max(w.length(), c.length()) / 3));
            if (d <= limit && d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** {@code " (did you mean 'x'?)"} for the closest candidate, or "" when none is close enough. */
    public static String didYouMean(String word, Collection<String> candidates) {
        String best = closest(word, candidates);
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    /** Optimal string alignment distance. */
    public static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3 && Math.max(a.length(), b.length()) > 64) {
            return Integer.MAX_VALUE / 2;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
