package org.adoptsim.core.engine;

/**
 * The smaller of two amounts of hours, for the weekly loops: exactly {@link Math#min}'s result for
 * them, NaN included, without its test for signed zeros. Hours are never −0 (they are sums, differences
 * and products of non-negative inputs, and a difference of equal amounts is +0), and where only one of
 * two equal zeros carried a sign, either one leaves every sum and difference here the same. The work
 * loop calls it once per working team and week, where {@code Math.min(double, double)} cost about a
 * nanosecond a call ({@code Fingerprint} shows the results unchanged).
 */
final class Hours {
    private Hours() {
    }

    static double min(double a, double b) {
        return a <= b || a != a ? a : b;
    }
}
