package org.adoptsim.core.config;

/** Argument checks for the configuration records; messages start with the field name. */
final class Checks {
    private Checks() {
    }

    static void finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(field + ": must be a finite number, was " + v);
        }
    }

    static void nonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + ": must be >= 0, was " + v);
        }
    }

    static void positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + ": must be > 0, was " + v);
        }
    }

    static void probability(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(field + ": must be in [0, 1], was " + v);
        }
    }

    static void atLeast(String field, int v, int min) {
        if (v < min) {
            throw new IllegalArgumentException(field + ": must be >= " + min + ", was " + v);
        }
    }

    static <T> T required(String field, T v) {
        if (v == null) {
            throw new IllegalArgumentException(field + ": is required");
        }
        return v;
    }
}
