package org.adoptsim.core.result;

import java.util.Arrays;

/**
 * One run's hours ledger (docs/model.md, "The ledger"): cumulative engineer-hours per entry over the
 * whole run, the platform entry split by use, and the FTE conversion. Immutable.
 *
 * @param hours       cumulative hours per {@link LedgerEntry}, in its order
 * @param platformUse cumulative platform hours per {@link PlatformUse}, in its order (they sum to the platform entry)
 * @param weeks       the weeks the hours were spent over
 * @param hoursPerFte hours per week of one full-time equivalent
 */
public record Ledger(double[] hours, double[] platformUse, int weeks, double hoursPerFte) {

    public Ledger {
        if (hours.length != LedgerEntry.values().length || platformUse.length != PlatformUse.values().length) {
            throw new IllegalArgumentException("ledger: one value per entry and per platform use");
        }
        hours = hours.clone();
        platformUse = platformUse.clone();
    }

    /** Cumulative hours of one entry. */
    public double hours(LedgerEntry e) {
        return hours[e.ordinal()];
    }

    /** Cumulative platform hours of one use. */
    public double platformHours(PlatformUse u) {
        return platformUse[u.ordinal()];
    }

    /** The five cost entries together. */
    public double costs() {
        return hours[LedgerEntry.MIGRATION.ordinal()] + hours[LedgerEntry.DUAL.ordinal()]
                + hours[LedgerEntry.PLATFORM.ordinal()] + hours[LedgerEntry.INCIDENTS.ordinal()]
                + hours[LedgerEntry.STAYING.ordinal()];
    }

    /** Gain − costs ({@link LedgerEntry#net}). */
    public double net() {
        return netOf(hours);
    }

    /** An entry as full-time equivalents over the run: hours / (hoursPerFte · weeks). */
    public double fte(LedgerEntry e) {
        return hours(e) / (hoursPerFte * weeks);
    }

    /** Net as full-time equivalents over the run. */
    public double netFte() {
        return net() / (hoursPerFte * weeks);
    }

    /** {@link LedgerEntry#net} of hours indexed by {@link LedgerEntry}. */
    static double netOf(double[] h) {
        return LedgerEntry.net(h[LedgerEntry.MIGRATION.ordinal()], h[LedgerEntry.DUAL.ordinal()],
                h[LedgerEntry.PLATFORM.ordinal()], h[LedgerEntry.INCIDENTS.ordinal()], h[LedgerEntry.STAYING.ordinal()],
                h[LedgerEntry.GAIN.ordinal()]);
    }

    @Override
    public double[] hours() {
        return hours.clone();
    }

    @Override
    public double[] platformUse() {
        return platformUse.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ledger l && Arrays.equals(hours, l.hours) && Arrays.equals(platformUse, l.platformUse)
                && weeks == l.weeks && Double.compare(hoursPerFte, l.hoursPerFte) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hours) * 31 + Arrays.hashCode(platformUse) + weeks;
    }

    @Override
    public String toString() {
        return "Ledger[hours=" + Arrays.toString(hours) + ", platformUse=" + Arrays.toString(platformUse) + ", weeks="
                + weeks + ", hoursPerFte=" + hoursPerFte + "]";
    }
}
