package org.adoptsim.core.config;

/**
 * Early adopters recruited from believers before the announcement: they skip the decision gates, start
 * migrating at {@code startWeek} and get high-touch support (if the platform team has the hours) and
 * blocker priority. If the organisation has fewer believers than {@code size}, all of them join.
 */
public record Coalition(int size, int startWeek) {

    public static final Coalition NONE = new Coalition(0, 0);

    public Coalition {
        Checks.atLeast("size", size, 0);
        Checks.atLeast("startWeek", startWeek, 0);
    }

    public static Coalition of(int size) {
        return new Coalition(size, 0);
    }
}
