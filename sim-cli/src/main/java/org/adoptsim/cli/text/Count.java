package org.adoptsim.cli.text;

import java.util.Locale;

/**
 * A count with its noun in the right number, for lines people read: "1 thread", "2 threads" ("1 threads"
 * and "merged 1 shards" read as mistakes). Thousands are grouped with commas. Stateless.
 */
public final class Count {
    private Count() {
    }

    /** {@code n} and the singular or the plural noun, e.g. {@code of(1, "strategy", "strategies")}. */
    public static String of(long n, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }
}
