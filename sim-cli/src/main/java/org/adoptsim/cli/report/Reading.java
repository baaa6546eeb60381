package org.adoptsim.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.MilestoneSummary;
import org.adoptsim.cli.results.PairedRow;
import org.adoptsim.cli.results.SummaryRow;
import org.adoptsim.cli.results.Unit;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.text.Num;

/**
 * A short plain-language reading of a result, generated from its numbers only: which strategies get
 * every team off the old system and how fast, where the others stall, what each finishing strategy
 * costs in resentment, half-migrations and incidents, how the finishers compare with the baseline on
 * the same replicates, and how far the numbers can be trusted. A strategy "finishes" when most of its
 * runs reach 100 % honest adoption; finishers are listed most reliable first, then fastest.
 */
public final class Reading {
    private static final String FULL = "weeks_to_100";

    private final ComparisonTables t;
    private final int weeks;
    private final String last;
    private final long replicates;
    private final long partialOf;
    private final WeekWords words;

    /**
     * @param partialOf replicates asked for when the run was interrupted, 0 when complete
     * @param words     how a week is said: the run's own, or the organisation's calendar
     */
    public Reading(ComparisonTables t, MetricCatalog catalog, long partialOf, WeekWords words) {
        this.t = t;
        this.weeks = catalog.weeks();
        int[] cps = MetricCatalog.checkpoints(weeks);
        this.last = MetricCatalog.honestAt(cps[cps.length - 1]);
        this.replicates = t.summary().get(0).replicates();
        this.partialOf = partialOf;
        this.words = words;
    }

    /** The paragraphs, in order. */
    public List<String> paragraphs() {
        List<SummaryRow> finishers = finishers();
        List<String> p = new ArrayList<>();
        p.add(outcome(finishers));
        p.add(costs(finishers));
        p.add(ledger());
        String vs = versusBaseline(finishers);
        if (!vs.isEmpty()) {
            p.add(vs);
        }
        t.verdictIfAny().ifPresent(v -> v.caveats().forEach(c -> p.add("Follows from an assumption, not from the"
                + " simulation: " + c.text())));
        p.add(caveat());
        return p;
    }

    /** Strategies that reach 100 % in most runs, most reliable first, then fastest. */
    List<SummaryRow> finishers() {
        return t.summary().stream().filter(r -> r.milestone(FULL).share().share() > 0.5)
                .sorted(Comparator.comparingLong((SummaryRow r) -> r.milestone(FULL).reached()).reversed()
                        .thenComparingDouble(r -> r.milestone(FULL).median()))
                .toList();
    }

    private String outcome(List<SummaryRow> finishers) {
        List<String> done = new ArrayList<>();
        for (SummaryRow r : finishers) {
            MilestoneSummary m = r.milestone(FULL);
            done.add(r.strategy() + " (" + pct(m.share().share()) + " of runs" + (words.calendar()
                    ? ") by " + words.calendarWeek(m.median()) : ", median " + Num.fixed(m.median(), 0) + " weeks)"));
        }
        List<String> stalled = new ArrayList<>();
        for (SummaryRow r : byHonest()) {
            if (!finishers.contains(r)) {
                stalled.add(r.strategy() + " " + pct(r.mean(last).mean()));
            }
        }
        if (t.summary().size() == 1) {
            return single(t.summary().get(0), !finishers.isEmpty());
        }
        String s;
        if (done.isEmpty()) {
            s = "No strategy gets every team off the old system " + words.within(weeks) + " in most runs.";
        } else {
            s = (done.size() == 1 ? "One strategy gets" : done.size() + " strategies get")
                    + " every team off the old system " + words.within(weeks) + " in most runs"
                    + (words.calendar() ? ", the median run: " : ": ") + join(done) + ".";
        }
        if (!stalled.isEmpty()) {
            s += (done.isEmpty() ? " Honest adoption" : " The others stall short of it; honest adoption")
                    + " at " + words.at(weeks(last)) + " averages " + join(stalled) + ".";
        }
        return s;
    }

    private String single(SummaryRow r, boolean finishes) {
        MilestoneSummary m = r.milestone(FULL);
        if (finishes) {
            return r.strategy() + " gets every team off the old system " + words.within(weeks) + " in "
                    + pct(m.share().share()) + " of runs, " + (words.calendar() ? "the median run by "
                            + words.calendarWeek(m.median()) : "in a median of " + Num.fixed(m.median(), 0) + " weeks")
                    + ".";
        }
        return r.strategy() + " does not get every team off the old system " + words.within(weeks)
                + " in most runs ("
                + pct(m.share().share()) + " do); honest adoption at " + words.at(weeks(last)) + " averages "
                + pct(r.mean(last).mean()) + ".";
    }

    private String costs(List<SummaryRow> finishers) {
        StringBuilder b = new StringBuilder();
        for (SummaryRow r : finishers) {
            b.append(b.isEmpty() ? "" : " ").append(r.strategy()).append(" gets there with mean resentment ")
                    .append(Unit.INDEX.format(r.mean("mean_resentment").mean())).append(" (0-1), ")
                    .append(pct(r.mean("final_dual_share").mean())).append(" of teams dual at the end and ")
                    .append(Unit.RATE.format(r.mean("incident_rate_after").mean()))
                    .append(" incidents per 100 team-weeks after migrating (")
                    .append(Unit.RATE.format(r.mean("incident_rate_before").mean())).append(" on the old system).");
        }
        extremes(b, finishers);
        return b.toString().strip();
    }

    /** The strategies with the most half-migration, resentment (if not a finisher) and never-started teams. */
    private void extremes(StringBuilder b, List<SummaryRow> finishers) {
        SummaryRow dual = max("dual_team_weeks");
        if (dual.mean("dual_team_weeks").mean() >= 1) {
            b.append(b.isEmpty() ? "" : " ").append("The most half-migration comes with ").append(dual.strategy())
                    .append(": ").append(Num.fixed(dual.mean("dual_team_weeks").mean(), 0))
                    .append(" dual-running team-weeks per run and ").append(pct(dual.mean("final_dual_share").mean()))
                    .append(" of teams still dual at ").append(words.at(weeks)).append('.');
        }
        SummaryRow angry = max("mean_resentment");
        if (angry.mean("mean_resentment").mean() >= 0.05 && !finishers.contains(angry)) {
            b.append(" ").append(angry.strategy()).append(" leaves the most resentment (")
                    .append(Unit.INDEX.format(angry.mean("mean_resentment").mean())).append(").");
        }
        SummaryRow idle = max("never_started_share");
        if (idle.mean("never_started_share").mean() >= 0.05) {
            b.append(" Under ").append(idle.strategy()).append(", ")
                    .append(pct(idle.mean("never_started_share").mean())).append(" of teams never start.");
        }
    }

    /**
     * "; N.N done teams still wait for a sign-off" where a strategy's done teams at the horizon include some
     * that a missing sign-off keeps from being adopted (docs/model.md, "Across functions"), so that the gap
     * between done and adopted is not all put down to forcing; empty otherwise, so always without functions.
     */
    static String awaitingSignOff(ComparisonTables t, SummaryRow r) {
        double teams = t.doneAwaitingSignOff(r.strategy());
        return teams >= 0.05 ? "; " + Num.fixed(teams, 1) + " done teams still wait for a sign-off" : "";
    }

    /** The ledger in words: net hours and what drives them, and surface compliance at shutdown. */
    private String ledger() {
        List<SummaryRow> byNet = t.summary().stream()
                .sorted(Comparator.comparingDouble((SummaryRow r) -> r.mean("net_hours").mean()).reversed()).toList();
        List<String> parts = new ArrayList<>();
        for (SummaryRow r : byNet) {
            parts.add(r.strategy() + " " + Num.signed(r.mean("net_hours").mean(), 0) + " h (migration "
                    + Num.fixed(r.mean("hours_migration").mean(), 0) + " h, platform "
                    + Num.fixed(r.mean("hours_platform").mean(), 0) + " h)");
        }
        StringBuilder b = new StringBuilder("In engineer-hours over " + weeks + " weeks" + words.from()
                + " (gain minus migration, dual,"
                + " platform, incident and staying hours), net per run: " + join(parts) + ".");
        for (SummaryRow r : t.summary()) {
            double forced = r.mean("forced_at_shutdown").mean();
            if (forced >= 0.5) {
                String adopted = pct(r.mean("final_adopted_share").mean());
                String done = pct(r.mean("final_done_share").mean());
                b.append(" ").append(r.strategy()).append(" forces ").append(Num.fixed(forced, 1))
                        .append(" teams through an emergency migration at shutdown");
                if (adoptionCaughtUp(r)) {
                    b.append("; by ").append(words.at(weeks)).append(" adoption has caught up: ").append(done)
                            .append(" are done and adopted, ");
                } else {
                    b.append(": surface compliance, so ").append(adopted).append(" are adopted against ")
                            .append(done).append(" done and ");
                }
                b.append(pct(r.mean("final_started_share").mean())).append(" started").append(awaitingSignOff(t, r))
                        .append(".");
            }
        }
        return b.toString();
    }

    private String versusBaseline(List<SummaryRow> finishers) {
        if (t.paired().isEmpty()) {
            return "";
        }
        String base = t.paired().get(0).baseline();
        List<String> parts = new ArrayList<>();
        for (SummaryRow r : finishers) {
            if (r.strategy().equals(base)) {
                continue;
            }
            PairedRow honest = row(r.strategy(), last);
            PairedRow resent = row(r.strategy(), "mean_resentment");
            parts.add(r.strategy() + " changes honest adoption at " + words.at(weeks(last)) + " by "
                    + Unit.SHARE.formatDifference(honest.difference().mean()) + " " + ci(Unit.SHARE, honest.difference())
                    + ", better in " + pct(honest.pBetter().share()) + " of replicates, and resentment by "
                    + Unit.INDEX.formatDifference(resent.difference().mean()) + " "
                    + ci(Unit.INDEX, resent.difference()));
        }
        if (parts.isEmpty()) {
            return "";
        }
        return "Against " + base + ", replicate by replicate on the same organisations and random draws: "
                + String.join("; ", parts) + ".";
    }

    private String caveat() {
        String s = "These are the model's results for this scenario over " + replicates + " replicate"
                + (replicates == 1 ? "" : "s") + ", each a freshly drawn organisation and history"
                + (t.summary().size() > 1 ? " shared by every strategy" : "") + ". The intervals show how"
                + " precisely the simulation pins down the means; they shrink with more replicates and say nothing"
                + " about whether the scenario's assumptions fit the real organisation. The fan charts show how"
                + " much single runs vary.";
        if (replicates < 30) {
            s += " With fewer than 30 replicates the intervals are rough; run more before deciding.";
        }
        if (partialOf > 0) {
            s += " The run was interrupted: these numbers cover only " + replicates + " of the " + partialOf
                    + " replicates asked for.";
        }
        return s;
    }

    private List<SummaryRow> byHonest() {
        return t.summary().stream()
                .sorted(Comparator.comparingDouble((SummaryRow r) -> r.mean(last).mean()).reversed()).toList();
    }

    private PairedRow row(String strategy, String metric) {
        return t.paired(strategy).stream().filter(p -> p.metric().equals(metric)).findFirst().orElseThrow();
    }

    private SummaryRow max(String metric) {
        return t.summary().stream().max(Comparator.comparingDouble(r -> r.mean(metric).mean())).orElseThrow();
    }

    private static String ci(Unit u, Estimate e) {
        return e.hasInterval() ? "(95% CI " + u.formatSignedBare(e.low()) + " to " + u.formatSignedBare(e.high())
                + ")" : "(no interval: too few replicates)";
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * Whether a strategy's adopted share at the horizon reads the same as its done share (as whole percents):
     * no surface compliance left to show, the teams it forced through have caught up.
     */
    static boolean adoptionCaughtUp(SummaryRow r) {
        return pct(r.mean("final_adopted_share").mean()).equals(pct(r.mean("final_done_share").mean()));
    }

    /** {@code 0.7 -> "70%"}, no decimals. */
    static String pct(double share) {
        return Num.fixed(share * 100, 0) + "%";
    }

    private static int weeks(String honestAtId) {
        return Integer.parseInt(honestAtId.substring("honest_at_".length()));
    }
}
