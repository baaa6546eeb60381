package org.adoptsim.cli.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.results.stats.CountHistogram;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.core.result.LedgerEntry;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.TeamStatus;

/** Turns a {@link ComparisonAccumulator} into the tables the outputs show. Stateless. */
public final class Tabulator {
    private Tabulator() {
    }

    public static ComparisonTables tabulate(ComparisonAccumulator acc) {
        List<SummaryRow> summary = new ArrayList<>();
        List<PairedRow> paired = new ArrayList<>();
        Map<String, double[][]> weekly = new LinkedHashMap<>();
        List<String> columns = WeeklyTable.standardColumns();
        for (int s = 0; s < acc.strategies().size(); s++) {
            StrategyAccumulator sa = acc.strategy(s);
            summary.add(summaryRow(sa, acc.catalog()));
            weekly.put(sa.strategy(), weeklyColumns(sa.weekly(), columns, acc.catalog().get("net_hours").kind()));
        }
        Verdict verdict = verdict(acc, summary);
        int base = acc.strategies().indexOf(acc.baseline());
        int best = acc.strategies().indexOf(verdict.best());
        List<Integer> against = best == base ? List.of(base) : List.of(base, best);
        for (int a : against) {
            for (int s = 0; s < acc.strategies().size(); s++) {
                for (PairedAccumulator p : acc.paired(s, a)) {
                    paired.add(new PairedRow(acc.strategies().get(s), acc.strategies().get(a), p.metric().id(),
                            p.estimate(Estimate.LEVEL), p.better(), p.same(), p.worse()));
                }
            }
        }
        return new ComparisonTables(summary, paired, new WeeklyTable(acc.catalog().weeks(), columns, weekly),
                verdict);
    }

    /** The best mean on the objective (ties: the strategy best on more replicates, then the first). */
    private static Verdict verdict(ComparisonAccumulator acc, List<SummaryRow> summary) {
        Metric objective = acc.objective();
        BestCounter counter = acc.best();
        List<Verdict.Standing> standings = new ArrayList<>();
        int best = 0;
        for (int s = 0; s < summary.size(); s++) {
            Estimate mean = summary.get(s).mean(objective.id());
            standings.add(Verdict.Standing.of(summary.get(s).strategy(), mean, counter.wins(s), counter.replicates()));
            int c = objective.direction().compare(mean.mean(), standings.get(best).mean().mean());
            if (c > 0 || c == 0 && counter.wins(s) > counter.wins(best)) {
                best = s;
            }
        }
        return new Verdict(objective.id(), standings.get(best).strategy(), standings, List.of());
    }

    private static SummaryRow summaryRow(StrategyAccumulator sa, MetricCatalog catalog) {
        Map<String, Estimate> means = new LinkedHashMap<>();
        Map<String, MilestoneSummary> milestones = new LinkedHashMap<>();
        for (Metric m : catalog.compared()) {
            if (m.censored()) {
                CountHistogram h = sa.milestone(m);
                milestones.put(m.id(), new MilestoneSummary(h.observed(), h.count(), h.median()));
            } else {
                means.put(m.id(), sa.interval(m));
            }
        }
        return new SummaryRow(sa.strategy(), sa.replicates(), means, milestones);
    }

    private static double[][] weeklyColumns(WeeklyAccumulator w, List<String> columns, MetricKind netKind) {
        Map<String, double[]> byName = new LinkedHashMap<>();
        for (String c : columns) {
            byName.put(c, new double[w.weeks()]);
        }
        for (int week = 0; week < w.weeks(); week++) {
            putQuantiles(byName, "honest", week, w.meanDoneShare(week), w.doneQuantiles(week, WeeklyTable.PROBS));
            putQuantiles(byName, "vanity", week, w.meanStartedShare(week),
                    w.startedQuantiles(week, WeeklyTable.PROBS));
            for (TeamStatus st : TeamStatus.values()) {
                byName.get(WeeklyTable.stateColumn(st))[week] = w.meanStatus(st, week);
            }
            for (Reason r : Reason.values()) {
                if (r != Reason.NONE) {
                    byName.get(WeeklyTable.reasonColumn(r))[week] = w.meanReason(r, week);
                }
            }
            byName.get("mean_resentment")[week] = w.meanResentment(week);
            byName.get("incidents_mean")[week] = w.meanIncidents(week);
            byName.get("dual_team_weeks_mean")[week] = w.meanDualTeamWeeks(week);
            putQuantiles(byName, "adopted", week, w.meanAdoptedShare(week), w.adoptedQuantiles(week, WeeklyTable.PROBS));
            for (LedgerEntry e : LedgerEntry.values()) {
                byName.get(e.label() + "_mean")[week] = w.meanHours(e, week);
            }
            Estimate net = w.netHours(week, netKind);
            byName.get("net_hours_mean")[week] = net.mean();
            byName.get("net_hours_ci_low")[week] = net.low();
            byName.get("net_hours_ci_high")[week] = net.high();
        }
        return byName.values().toArray(new double[0][]);
    }

    private static void putQuantiles(Map<String, double[]> byName, String series, int week, double mean,
            double[] q) {
        byName.get(series + "_mean")[week] = mean;
        for (int i = 0; i < q.length; i++) {
            byName.get(series + "_" + WeeklyTable.PROB_SUFFIXES[i])[week] = q[i];
        }
    }
}
