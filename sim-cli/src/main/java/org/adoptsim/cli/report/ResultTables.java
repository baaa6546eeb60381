package org.adoptsim.cli.report;

import org.adoptsim.cli.text.TextTable;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.MilestoneSummary;
import org.adoptsim.cli.results.PairedRow;
import org.adoptsim.cli.results.SummaryRow;
import org.adoptsim.cli.results.Unit;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.text.Num;

/**
 * The three tables a planner reads — adoption, cost and damage, and paired differences from the
 * baseline — built from a folder's tables, for the terminal and both reports alike.
 */
public final class ResultTables {
    private static final List<String> COSTS = List.of("final_dual_share", "dual_team_weeks", "mean_resentment",
            "incident_rate_before", "incident_rate_after", "incidents");
    private static final List<String> PAIRED = List.of("final_adopted_share", "never_started_share", "dual_team_weeks",
            "mean_resentment", "incident_rate_after", "forced_at_shutdown", "net_hours");
    private static final List<String> LEDGER = List.of("net_hours", "net_fte", "hours_migration", "hours_dual",
            "hours_platform", "hours_incidents", "hours_staying", "hours_gain", "forced_at_shutdown", "break_even_week");
    private static final String BREAK_EVEN = "break_even_week";

    private final ComparisonTables tables;
    private final MetricCatalog catalog;

    public ResultTables(ComparisonTables tables, MetricCatalog catalog) {
        this.tables = tables;
        this.catalog = catalog;
    }

    /** The tables to show, in order: adoption, costs, and paired differences when there is a baseline. */
    public List<TextTable> all() {
        List<TextTable> out = new ArrayList<>(List.of(adoption(), costs(), ledger()));
        if (!tables.paired().isEmpty()) {
            out.add(paired());
        }
        return out;
    }

    public TextTable adoption() {
        List<Metric> cols = new ArrayList<>();
        cols.add(catalog.get("final_started_share"));
        for (int c : MetricCatalog.checkpoints(catalog.weeks())) {
            cols.add(catalog.get(MetricCatalog.honestAt(c)));
        }
        if (catalog.weeks() > 52) {
            cols.add(catalog.get("adopted_share_52"));
        }
        cols.add(catalog.get("final_adopted_share"));
        cols.add(catalog.get("weeks_to_90"));
        cols.add(catalog.get("weeks_to_100"));
        cols.add(catalog.get("weeks_to_adopted_90"));
        cols.add(catalog.get("never_started_share"));
        return strategyTable("Adoption: started (vanity), honest (old system off), adopted (and self-sufficient)",
                cols, List.of(meanNote(),
                "Weeks to 90/100 %: median run, and the share of runs that get there within " + catalog.weeks()
                        + " weeks; '>" + catalog.weeks() + "' when the median run does not."));
    }

    /** The hours ledger of docs/model.md: net, each entry, teams forced at shutdown, the break-even week. */
    public TextTable ledger() {
        List<Metric> cols = LEDGER.stream().map(catalog::get).toList();
        return strategyTable("Hours ledger (engineer-hours per run)", cols, List.of(meanNote(),
                "Net = gain - (migration + dual + platform + incidents + staying); FTE: net over the run's weeks.",
                "Break-even week: when cumulative net hours stay above the baseline's on the same replicate;"
                        + " n/a for the baseline itself and without a baseline."));
    }

    public TextTable costs() {
        List<Metric> cols = COSTS.stream().map(catalog::get).toList();
        return strategyTable("Cost and damage", cols, List.of(
                meanNote() + " Dual: declared migrated"
                        + " but still running the old system. Resentment: 0-1 index, mean over teams.",
                "Incident rates per 100 team-weeks, on the old system (before) and after migrating; incidents: all,"
                        + " per run."));
    }

    public TextTable paired() {
        String baseline = tables.paired().get(0).baseline();
        List<String> metricIds = new ArrayList<>();
        for (int c : MetricCatalog.checkpoints(catalog.weeks())) {
            metricIds.add(MetricCatalog.honestAt(c));
        }
        metricIds.add("weeks_to_90");
        metricIds.add("weeks_to_100");
        metricIds.addAll(PAIRED);
        List<List<String>> rows = new ArrayList<>();
        for (String s : tables.strategies()) {
            boolean first = true;
            for (PairedRow p : tables.paired(s)) {
                if (metricIds.contains(p.metric())) {
                    rows.add(pairedRow(first ? s : "", p));
                    first = false;
                }
            }
        }
        return new TextTable("Difference from " + baseline + ", replicate by replicate (same organisation and draws)",
                List.of("strategy", "metric", "difference \u00b1 95% CI", "better", "same", "worse"),
                List.of(false, false, true, true, true, true), rows, List.of(
                        "Mean of (strategy - " + baseline + ") over replicates; better/same/worse: share of"
                                + " replicates, in the metric's own direction (a milestone missed counts as worst).",
                        "For weeks to 90/100 % the difference is over the replicates where both reached it (n when not all;"
                                + " n/a when none)."));
    }

    private List<String> pairedRow(String strategy, PairedRow p) {
        Metric m = catalog.get(p.metric());
        Estimate d = p.difference();
        String diff = Double.isNaN(d.mean()) ? "n/a" : m.unit().formatDifference(d.mean());
        if (d.hasInterval()) {
            diff += " \u00b1" + m.unit().formatBare(d.high() - d.mean());
        }
        if (m.censored() && d.n() > 0 && d.n() < p.replicates()) {
            diff += " (n=" + d.n() + ")";
        }
        return List.of(strategy, m.label() + " (" + m.direction().better() + " is better)", diff,
                percent(p.pBetter().share()), percent((double) p.same() / p.replicates()),
                percent(p.pWorse().share()));
    }

    private TextTable strategyTable(String title, List<Metric> cols, List<String> notes) {
        List<String> headers = new ArrayList<>(List.of("strategy"));
        List<Boolean> right = new ArrayList<>(List.of(false));
        for (Metric m : cols) {
            headers.add(m.label() + unitNote(m.unit()));
            right.add(true);
        }
        List<List<String>> rows = new ArrayList<>();
        for (SummaryRow r : tables.summary()) {
            List<String> row = new ArrayList<>(List.of(r.strategy()));
            for (Metric m : cols) {
                row.add(!against(r.strategy(), m) ? "n/a"
                        : m.censored() ? milestone(r.milestone(m.id())) : mean(m.unit(), r.mean(m.id())));
            }
            rows.add(row);
        }
        return new TextTable(title, headers, right, rows, notes);
    }

    /**
     * Whether the strategy has a value of the metric: one measured against the baseline (the break-even
     * week) has none for the baseline itself, nor without a baseline ({@code run}).
     */
    private boolean against(String strategy, Metric m) {
        return !m.id().equals(BREAK_EVEN) || tables.baseline().filter(b -> !b.equals(strategy)).isPresent();
    }

    private String milestone(MilestoneSummary ms) {
        String median = Double.isNaN(ms.median()) ? ">" + catalog.weeks() : Num.fixed(ms.median(), 0);
        if (!Double.isNaN(ms.median()) && ms.median() != Math.rint(ms.median())) {
            median = Num.fixed(ms.median(), 1);
        }
        return median + " (" + percent(ms.share().share()) + " reach)";
    }

    /** "20.4% ±1.2": the mean and the half-width of its 95 % interval (t intervals are symmetric). */
    static String mean(Unit u, Estimate e) {
        String s = u.format(e.mean());
        return e.hasInterval() ? s + " \u00b1" + u.formatBare(e.high() - e.mean()) : s;
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : Num.fixed(share * 100, 0) + "%";
    }

    private static String unitNote(Unit u) {
        return switch (u) {
            case RATE -> " /100tw";
            default -> "";
        };
    }

    private long replicates() {
        return tables.summary().isEmpty() ? 0 : tables.summary().get(0).replicates();
    }

    /** How the means of a table were taken. */
    private String meanNote() {
        long n = replicates();
        return n < 2 ? "Values of " + n + " replicate: too few for confidence intervals."
                : "Mean over " + n + " replicates \u00b1 half-width of its 95 % confidence interval.";
    }
}
