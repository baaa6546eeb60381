package org.adoptsim.core.testkit;

/**
 * Reports the figures a statistical test measured, only when asked with
 * {@code -Dadoptsim.test.report=true}, so that ordinary builds stay quiet.
 */
public final class Measured {
    private static final boolean ON = Boolean.getBoolean("adoptsim.test.report");

    private Measured() {
    }

    public static void report(String format, Object... args) {
        if (ON) {
            System.out.printf("[measured] " + format + "%n", args);
        }
    }
}
