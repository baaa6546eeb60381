package org.adoptsim.cli.results;

import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Moments;
import org.adoptsim.cli.results.stats.Quantiles;
import org.adoptsim.core.result.LedgerEntry;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.result.WeeklySeries;

/**
 * Per-week figures of one strategy over replicates: histograms of the number of teams done (honest)
 * and started (vanity) each week, for exact quantiles, and sums of the counts per state and per
 * laggard reason, of mean resentment, of incidents and of cumulative dual team-weeks, for means; a
 * histogram of the adopted count (done and self-sufficient), sums of each cumulative ledger entry, and
 * moments of cumulative net hours, for its interval.
 *
 * <p>Memory is {@code O(weeks × teams)} whatever the number of replicates. {@link #combine} is exact
 * for everything but the resentment, ledger and net-hour sums (floating point); the CLI accepts replicates in replicate
 * order, so its output does not depend on the thread count. Not thread-safe.
 */
public final class WeeklyAccumulator {
    private static final TeamStatus[] STATUSES = TeamStatus.values();
    private static final Reason[] REASONS = Reason.values();
    /** Once: {@code values()} copies the array on every call, and accept would call it once a week. */
    private static final LedgerEntry[] LEDGER = LedgerEntry.values();

    private final int weeks;
    private final int teams;
    private final int[] doneHistogram;
    private final int[] startedHistogram;
    private final int[] adoptedHistogram;
    private final double[][] ledgerSums;
    private final Moments[] net;
    private final long[][] statusSums;
    private final long[][] reasonSums;
    private final double[] resentmentSums;
    private final long[] incidentSums;
    private final long[] dualTeamWeekSums;
    private long replicates;

    public WeeklyAccumulator(int weeks, int teams) {
        this.weeks = weeks;
        this.teams = teams;
        doneHistogram = new int[Math.multiplyExact(weeks, teams + 1)];
        startedHistogram = new int[doneHistogram.length];
        adoptedHistogram = new int[doneHistogram.length];
        ledgerSums = new double[LedgerEntry.values().length][weeks];
        net = new Moments[weeks];
        for (int w = 0; w < weeks; w++) {
            net[w] = new Moments();
        }
        statusSums = new long[STATUSES.length][weeks];
        reasonSums = new long[REASONS.length][weeks];
        resentmentSums = new double[weeks];
        incidentSums = new long[weeks];
        dualTeamWeekSums = new long[weeks];
    }

    public void accept(WeeklySeries s) {
        if (s.weeks() != weeks || s.teams() != teams) {
            throw new IllegalArgumentException("series of " + s.weeks() + " weeks and " + s.teams()
                    + " teams, expected " + weeks + " and " + teams);
        }
        for (int w = 0; w < weeks; w++) {
            doneHistogram[w * (teams + 1) + s.done(w)]++;
            startedHistogram[w * (teams + 1) + s.started(w)]++;
            adoptedHistogram[w * (teams + 1) + s.adopted(w)]++;
            for (LedgerEntry e : LEDGER) {
                ledgerSums[e.ordinal()][w] += s.hours(e, w);
            }
            net[w].accept(s.netHours(w));
            for (TeamStatus st : STATUSES) {
                statusSums[st.ordinal()][w] += s.count(st, w);
            }
            for (Reason r : REASONS) {
                reasonSums[r.ordinal()][w] += s.count(r, w);
            }
            resentmentSums[w] += s.meanResentment(w);
            incidentSums[w] += s.incidents(w);
            dualTeamWeekSums[w] += s.dualTeamWeeks(w);
        }
        replicates++;
    }

    public void combine(WeeklyAccumulator o) {
        if (o.weeks != weeks || o.teams != teams) {
            throw new IllegalArgumentException("cannot combine accumulators of different shapes");
        }
        add(doneHistogram, o.doneHistogram);
        add(startedHistogram, o.startedHistogram);
        add(adoptedHistogram, o.adoptedHistogram);
        for (int w = 0; w < weeks; w++) {
            for (int e = 0; e < ledgerSums.length; e++) {
                ledgerSums[e][w] += o.ledgerSums[e][w];
            }
            net[w].combine(o.net[w]);
        }
        for (int i = 0; i < statusSums.length; i++) {
            add(statusSums[i], o.statusSums[i]);
        }
        for (int i = 0; i < reasonSums.length; i++) {
            add(reasonSums[i], o.reasonSums[i]);
        }
        for (int w = 0; w < weeks; w++) {
            resentmentSums[w] += o.resentmentSums[w];
        }
        add(incidentSums, o.incidentSums);
        add(dualTeamWeekSums, o.dualTeamWeekSums);
        replicates += o.replicates;
    }

    public int weeks() {
        return weeks;
    }

    public int teams() {
        return teams;
    }

    public long replicates() {
        return replicates;
    }

    /** Quantiles of honest adoption (share of teams) in week index {@code w}, one per probability. */
    public double[] doneQuantiles(int w, double[] probs) {
        return shares(doneHistogram, w, probs);
    }

    /** Quantiles of vanity adoption (share of teams started) in week index {@code w}. */
    public double[] startedQuantiles(int w, double[] probs) {
        return shares(startedHistogram, w, probs);
    }

    /** Quantiles of the adopted share (done and self-sufficient) in week index {@code w}. */
    public double[] adoptedQuantiles(int w, double[] probs) {
        return shares(adoptedHistogram, w, probs);
    }

    /** Mean adopted share in week {@code w}. */
    public double meanAdoptedShare(int w) {
        long sum = 0;
        for (int k = 0; k <= teams; k++) {
            sum += (long) k * adoptedHistogram[w * (teams + 1) + k];
        }
        return (double) sum / replicates / teams;
    }

    /** Mean cumulative hours of a ledger entry to the end of week {@code w}. */
    public double meanHours(LedgerEntry e, int w) {
        return ledgerSums[e.ordinal()][w] / replicates;
    }

    /** Mean cumulative net hours to the end of week {@code w}, with the catalogue's interval for net_hours. */
    public Estimate netHours(int w, MetricKind kind) {
        return kind.interval(net[w], Estimate.LEVEL);
    }

    /** Mean honest adoption (share of teams) in week {@code w}. */
    public double meanDoneShare(int w) {
        return meanStatus(TeamStatus.DONE, w) / teams;
    }

    /** Mean vanity adoption (share of teams) in week {@code w}. */
    public double meanStartedShare(int w) {
        double started = 0;
        for (TeamStatus st : STATUSES) {
            started += st.started() ? statusSums[st.ordinal()][w] : 0;
        }
        return started / replicates / teams;
    }

    public double meanStatus(TeamStatus st, int w) {
        return (double) statusSums[st.ordinal()][w] / replicates;
    }

    public double meanReason(Reason r, int w) {
        return (double) reasonSums[r.ordinal()][w] / replicates;
    }

    public double meanResentment(int w) {
        return resentmentSums[w] / replicates;
    }

    public double meanIncidents(int w) {
        return (double) incidentSums[w] / replicates;
    }

    public double meanDualTeamWeeks(int w) {
        return (double) dualTeamWeekSums[w] / replicates;
    }

    private double[] shares(int[] histogram, int w, double[] probs) {
        double[] out = new double[probs.length];
        Quantiles.type7(histogram, w * (teams + 1), teams + 1, 0, probs, out);
        for (int i = 0; i < out.length; i++) {
            out[i] /= teams;
        }
        return out;
    }

    private static void add(int[] into, int[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }
}
