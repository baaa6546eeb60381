package org.adoptsim.core.engine;

import org.adoptsim.core.config.Sunset;
import org.adoptsim.core.config.SunsetRules;
import org.adoptsim.core.random.EventDraws;
import org.adoptsim.core.random.Purpose;

/**
 * Step 8: the sunset. Announced when its trigger fires; shutdown {@code leadWeeks} later. From the
 * announcement each hidden dependency is found with weekly probability {@code discoveryRate}, costing
 * its team {@code hoursPerHiddenDep} of extra work. In the last {@code throttleWeeks} the old system
 * is throttled (stayCost × throttleFactor in every value gate). One week before shutdown a dark
 * period (if on) reveals every remaining hidden dependency, each a small planned incident. At
 * shutdown every team not done is moved by an emergency migration (quality {@code emergencyQuality};
 * it does not add to the platform's maturity, which grows with migrations it supported or saw through),
 * each still-hidden dependency breaks as a full incident, and the old system and its upkeep are gone.
 * Draws: {@link Purpose#DISCOVERY}, one per (team, week) while hidden dependencies remain.
 */
final class SunsetPhase implements Phase {
    /** (1 − p)^k for k < 33 at p = tableRate: derived from the rules, not run state. */
    private final double[] noneFound = new double[33];
    private double tableRate = Double.NaN;

    @Override
    public void apply(World w) {
        Sunset sunset = w.strategy.sunset();
        Initiative in = w.initiative;
        if (!sunset.enabled() || in.oldSystemOff) {
            return;
        }
        if (!in.sunsetAnnounced() && sunset.trigger().firesAt(in.week, in.doneShareLastWeek)) {
            in.sunsetWeek = in.week;
            in.shutdownWeek = in.week + sunset.leadWeeks();
        }
        if (!in.sunsetAnnounced()) {
            return;
        }
        SunsetRules r = w.rules.sunset();
        discover(w, r);
        in.throttled = in.week >= in.shutdownWeek - r.throttleWeeks();
        if (r.darkPeriod() && in.week == in.shutdownWeek - 1) {
            revealAll(w, r);
        }
        if (in.week == in.shutdownWeek) {
            shutdown(w, r);
        }
    }

    /**
     * Only the week's candidates ({@link DiscoveryDraws}) can find anything; they are tested with the
     * exact draw in team order, as a loop over every team would.
     */
    private void discover(World w, SunsetRules r) {
        TeamState t = w.teams;
        int week = w.initiative.week;
        long key = w.draws.weekKey(Purpose.DISCOVERY, week);
        double p = r.discoveryRate();
        DiscoveryDraws draws = w.discoveries;
        tableFor(p);
        for (int block = 0; block < t.words(); block++) {
            for (long b = draws.candidates(week, block); b != 0; b &= b - 1) {
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                int left = t.hiddenLeft[i];
                if (left == 0) {
                    continue;
                }
                int found = binomial(left, p, EventDraws.uniform(key, i), noneFound(left, p));
                if (found > 0) {
                    t.hiddenLeft[i] -= found;
                    addWork(w, i, found * r.hoursPerHiddenDep());
                }
            }
        }
    }

    /** Fills the (1 − p)^k table for this p, unless it holds it already. */
    private void tableFor(double p) {
        if (Double.doubleToRawLongBits(p) != Double.doubleToRawLongBits(tableRate)) {
            for (int k = 0; k < noneFound.length; k++) {
                noneFound[k] = Math.pow(1 - p, k);
            }
            tableRate = p;
        }
    }

    /** (1 − p)^trials at the table's p, from the table for small counts (the same Math.pow values). */
    private double noneFound(int trials, double p) {
        return trials < noneFound.length ? noneFound[trials] : Math.pow(1 - p, trials);
    }

    /** Inverse-CDF draw of Binomial(trials, p) from one uniform, given {@code none} = (1 − p)^trials. */
    static int binomial(int trials, double p, double u, double none) {
        if (p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return trials;
        }
        double prob = none;
        double cdf = prob;
        int k = 0;
        while (u >= cdf && k < trials) {
            prob *= (trials - k) / (k + 1.0) * p / (1 - p);
            k++;
            cdf += prob;
        }
        return k;
    }

    private static void revealAll(World w, SunsetRules r) {
        TeamState t = w.teams;
        for (int i = 0; i < t.n; i++) {
            if (t.hiddenLeft[i] > 0) {
                w.totals.plannedIncidents += t.hiddenLeft[i];
                addWork(w, i, t.hiddenLeft[i] * r.hoursPerHiddenDep());
                t.hiddenLeft[i] = 0;
            }
        }
    }

    /** A found dependency adds to the team's migration, or is fixed at once by a team already done. */
    private static void addWork(World w, int i, double hours) {
        TeamState t = w.teams;
        byte s = t.status[i];
        if (s == Codes.S_DONE) {
            w.totals.migrationHours += hours;
            w.totals.ledgerMigration += hours;
        } else if (s == Codes.S_IDLE || s == Codes.S_WILLING) {
            t.extraHours[i] += hours;
        } else {
            t.addWork(i, hours);
        }
    }

    /** The effort a migration forced through at shutdown still needed, charged to migration this week. */
    private static void chargeForcedEffort(World w, int i) {
        TeamState t = w.teams;
        byte s = t.status[i];
        double effort = s == Codes.S_IDLE || s == Codes.S_WILLING ? w.workToStart(i) : Math.max(0, t.remaining[i]);
        t.extraHours[i] = 0;
        w.totals.migrationHours += effort;
        w.totals.ledgerMigration += effort;
    }

    private static void shutdown(World w, SunsetRules r) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        for (int i = 0; i < t.n; i++) {
            w.totals.shutdownIncidents += t.hiddenLeft[i];
            t.hiddenLeft[i] = 0;
            if (t.status[i] != Codes.S_DONE) {
                if (t.startWeek[i] < 0) {
                    t.startWeek[i] = in.week;
                }
                chargeForcedEffort(w, i);
                w.desk.withdrawStart(t, i);
                w.complete(i, r.emergencyQuality());
                w.totals.emergencyMigrations++;
            }
        }
        in.completionsThisWeek = 0;
        in.supportedCompletionsThisWeek = 0;
        in.oldSystemOff = true;
        in.throttled = false;
    }
}
