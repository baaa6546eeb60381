package org.adoptsim.cli.decide.condition;

import java.util.Comparator;
import java.util.List;

/** "; did you mean 'x'?" for a misspelt column, or the first few names when nothing is close. */
final class Suggest {
    private Suggest() {
    }

    static String near(String name, List<String> known) {
        String best = known.stream().min(Comparator.comparingInt((String k) -> distance(name, k))
                .thenComparing(Comparator.naturalOrder())).orElse(null);
        if (best != null && distance(name, best) <= Math.max(2, name.length() / 3)) {
            return "; did you mean '" + best + "'?";
        }
        List<String> some = known.subList(0, Math.min(8, known.size()));
        return known.isEmpty() ? "" : "; columns are: " + String.join(", ", some) + (known.size() > 8 ? ", …" : "");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
