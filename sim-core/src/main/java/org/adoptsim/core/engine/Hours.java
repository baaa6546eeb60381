package org.adoptsim.core.engine;

/**
 * The smaller of two amounts of hours, for the weekly loops. Hours are never NaN and never −0 here
 * (they are sums, differences and products of non-negative inputs, and a difference of equal amounts
 * is +0), so the plain comparison gives exactly {@link Math#min}'s result without the tests for NaN
 * and signed zeros that {@code Math.min(double, double)} must make: about a nanosecond a call in the
 * work loop, where it runs once per working team and week ({@code Fingerprint} shows the results unchanged).
 */
final class Hours {
    private Hours() {
    }

    static double min(double a, double b) {
        return a < b ? a : b;
    }
}
