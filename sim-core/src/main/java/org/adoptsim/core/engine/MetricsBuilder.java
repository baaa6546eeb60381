package org.adoptsim.core.engine;

import org.adoptsim.core.result.Ledger;
import org.adoptsim.core.result.LedgerEntry;
import org.adoptsim.core.result.RunMetrics;
import org.adoptsim.core.result.TeamOutcomes;

/** Turns the end state of a run into its {@link RunMetrics} and {@link TeamOutcomes}. */
final class MetricsBuilder {
    private MetricsBuilder() {
    }

    static RunMetrics metrics(World w, Milestones m) {
        TeamState t = w.teams;
        Totals tot = w.totals;
        Initiative in = w.initiative;
        int n = t.n;
        int done = t.count(Codes.S_DONE);
        int dual = t.count(Codes.S_DUAL);
        int started = n - t.count(Codes.S_IDLE) - t.count(Codes.S_WILLING);
        double resentment = 0;
        double timeSum = 0;
        int timed = 0;
        for (int i = 0; i < n; i++) {
            resentment += t.resentment[i];
            if (t.status[i] == Codes.S_DONE && t.startWeek[i] >= 0) {
                timeSum += t.doneWeek[i] - t.startWeek[i];
                timed++;
            }
        }
        return RunMetrics.builder().teams(n).weeks(w.weeks)
                .weeksTo50(m.weeksTo50).weeksTo90(m.weeksTo90).weeksTo100(m.weeksTo100)
                .weeksToAdopted90(m.weeksToAdopted90)
                .weeksToInitiativeDone(in.initiativeDoneWeek == Initiative.NEVER ? RunMetrics.NOT_REACHED
                        : in.initiativeDoneWeek + 1)
                .finalDoneShare((double) done / n).finalAdoptedShare((double) tot.adopted / n)
                .adoptedShare52(m.adoptedShare52).finalStartedShare((double) started / n)
                .finalDualShare((double) dual / n).neverStartedShare((double) (n - started) / n)
                .dualTeamWeeks(tot.dualTeamWeeks).blockedTeamWeeks(tot.blockedTeamWeeks)
                .migrationHours(tot.migrationHours).dualToilHours(tot.dualToilHours).platformHours(tot.platformHours)
                .meanTimeToMigrate(timed == 0 ? Double.NaN : timeSum / timed).lastThreeTimes(lastThreeTimes(t))
                .incidentRateBefore(rate(tot.incidentsOld, tot.oldTeamWeeks))
                .incidentRateAfter(rate(tot.incidentsNew, tot.newTeamWeeks))
                .incidents(RecordPhase.totalIncidents(tot)).plannedIncidents(tot.plannedIncidents)
                .shutdownIncidents(tot.shutdownIncidents).championRatio((double) tot.champions / n)
                .meanResentment(resentment / n).mandateWeek(in.mandateWeek)
                .deadlineWeek(in.deadlineWeek != Initiative.NEVER && in.deadlineWeek < w.weeks ? in.deadlineWeek : -1)
                .sunsetWeek(in.sunsetWeek)
                .shutdownWeek(in.oldSystemOff ? in.shutdownWeek : -1).emergencyMigrations(tot.emergencyMigrations)
                .halfMigrations(tot.halfMigrations).blockersFixed(tot.blockersFixed).conversions(tot.conversions)
                .finalMaturity(in.maturity).ledger(ledger(w))
                .build();
    }

    private static Ledger ledger(World w) {
        Totals tot = w.totals;
        double[] hours = new double[LedgerEntry.values().length];
        hours[LedgerEntry.MIGRATION.ordinal()] = tot.ledgerMigration;
        hours[LedgerEntry.DUAL.ordinal()] = tot.ledgerDual;
        hours[LedgerEntry.PLATFORM.ordinal()] = tot.platformHours;
        hours[LedgerEntry.INCIDENTS.ordinal()] = tot.incidentHours;
        hours[LedgerEntry.STAYING.ordinal()] = tot.stayingHours;
        hours[LedgerEntry.GAIN.ordinal()] = tot.gainHours;
        return new Ledger(hours, tot.platformUse, w.weeks, w.rules.ledger().hoursPerFte());
    }

    private static double rate(long events, long teamWeeks) {
        return teamWeeks == 0 ? 0 : (double) events / teamWeeks;
    }

    /** Start-to-done weeks of the last (up to) three teams to finish, by finishing week then index. */
    private static int[] lastThreeTimes(TeamState t) {
        int[] best = {-1, -1, -1};
        for (int i = 0; i < t.n; i++) {
            if (t.status[i] != Codes.S_DONE || t.startWeek[i] < 0) {
                continue;
            }
            if (best[2] < 0 || later(t, i, best[2])) {
                best[0] = best[1];
                best[1] = best[2];
                best[2] = i;
            } else if (best[1] < 0 || later(t, i, best[1])) {
                best[0] = best[1];
                best[1] = i;
            } else if (best[0] < 0 || later(t, i, best[0])) {
                best[0] = i;
            }
        }
        int count = 0;
        for (int b : best) {
            count += b >= 0 ? 1 : 0;
        }
        int[] out = new int[count];
        int k = 0;
        for (int b : best) {
            if (b >= 0) {
                out[k++] = t.doneWeek[b] - t.startWeek[b];
            }
        }
        return out;
    }

    private static boolean later(TeamState t, int a, int b) {
        return t.doneWeek[a] > t.doneWeek[b] || (t.doneWeek[a] == t.doneWeek[b] && a > b);
    }

    static TeamOutcomes outcomes(TeamState t) {
        int[] doneWeek = new int[t.n];
        int[] adoptedWeek = new int[t.n];
        boolean[] adopted = new boolean[t.n];
        byte[] reason = new byte[t.n];
        double[] sufficiency = new double[t.n];
        for (int i = 0; i < t.n; i++) {
            sufficiency[i] = t.sufficiency(i);
            doneWeek[i] = t.doneWeek[i] == TeamState.NOT_DONE ? -1 : t.doneWeek[i];
            adoptedWeek[i] = t.adoptedWeek[i] == TeamState.NOT_DONE ? -1 : t.adoptedWeek[i];
            adopted[i] = t.isAdopted(i);
            reason[i] = t.reasonCode(i);
        }
        return new TeamOutcomes(t.status.clone(), reason, t.startWeek.clone(), doneWeek, adoptedWeek, adopted, sufficiency);
    }
}
