package org.adoptsim.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.adoptsim.cli.results.Caveat;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.PairedRow;
import org.adoptsim.cli.results.SummaryRow;
import org.adoptsim.cli.results.Unit;
import org.adoptsim.cli.results.Verdict;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.text.Num;

/**
 * The answer first: at most {@value #MAX_LINES} lines of at most {@value #WIDTH} columns that open the
 * terminal output and the reports — the best strategy on the objective and each strategy's probability of
 * being best over the paired replicates; what the winner costs (ledger) and risks (forced at shutdown,
 * dual, resentment; adopted against done); what would change the answer (the runner-up and the paired
 * difference with its interval); the strategy with the most teams forced at shutdown; and results that
 * follow from an assumption. When the best cannot be told apart from another strategy (the 95 % interval
 * of their paired difference includes 0) it says there is no clear winner instead of naming one. Sentences
 * are never cut: what does not fit is merged (the assumptions into one line) or left out whole, the least
 * important first. Made from the tables and the calendar ({@link WeekWords}) alone, so {@code report}
 * reproduces it.
 */
public final class VerdictText {
    public static final int MAX_LINES = 10;
    public static final int WIDTH = 100;

    private final ComparisonTables t;
    private final MetricCatalog catalog;
    private final WeekWords words;

    /** @param words how a checkpoint week is said (the run's weeks, or the organisation's calendar) */
    public VerdictText(ComparisonTables t, MetricCatalog catalog, WeekWords words) {
        this.t = t;
        this.catalog = catalog;
        this.words = words;
    }

    /** The lines, or none when the tables hold no verdict (folders written before it existed). */
    public List<String> lines() {
        if (t.verdict() == null) {
            return List.of();
        }
        Verdict v = t.verdict();
        Metric objective = catalog.get(v.objective());
        SummaryRow best = t.row(v.best());
        Verdict.Standing top = v.standing(v.best());
        List<String> tied = tiedWithBest(v, objective);
        List<Block> out = new ArrayList<>();
        String answer = tied.isEmpty() ? v.best() + ", " + value(objective, top.mean())
                : "no clear winner: " + v.best() + ", " + value(objective, top.mean()) + ", is tied with "
                        + join(tied) + " (95% CI of the paired difference includes 0)";
        out.add(Block.of(0, wrap("VERDICT (" + words.label(objective) + ", " + objective.direction().better()
                + " is better): " + answer, 0)));
        List<String> others = v.standings().stream().filter(x -> !x.strategy().equals(v.best()) && x.wins() > 0)
                .sorted(Comparator.comparingDouble((Verdict.Standing x) -> x.wins()).reversed())
                .map(x -> x.strategy() + " " + Reading.pct(x.pBest().mean())).toList();
        boolean rest = others.size() < v.standings().size() - 1;
        out.add(Block.of(0, wrap("Best in " + Reading.pct(top.pBest().mean()) + " of " + top.replicates()
                + " paired replicates" + (others.isEmpty() ? "" : "; " + String.join(", ", others))
                + (rest ? "; the rest 0%." : "."), 2)));
        out.add(Block.of(0, wrap("Costs: net " + Num.signed(best.mean("net_hours").mean(), 0) + " h = "
                + Num.signed(best.mean("net_fte").mean(), 1) + " FTE; migration " + hours(best, "hours_migration")
                + " h, platform " + hours(best, "hours_platform") + " h, dual " + hours(best, "hours_dual") + " h.",
                2)));
        out.add(Block.of(0, wrap("Risks: " + Num.fixed(best.mean("forced_at_shutdown").mean(), 1)
                + " forced at shutdown, " + Reading.pct(best.mean("final_dual_share").mean()) + " dual, resentment "
                + Unit.INDEX.format(best.mean("mean_resentment").mean()) + "; started/done/adopted "
                + whole(best.mean("final_started_share").mean()) + "/" + whole(best.mean("final_done_share").mean())
                + "/" + Reading.pct(best.mean("final_adopted_share").mean()) + ".", 2)));
        v.runnerUp(objective.direction()).ifPresent(r -> out.add(Block.of(0, wrap(runnerUp(v, objective, r), 2))));
        otherObjective(objective).ifPresent(out::add);
        forced().ifPresent(f -> out.add(Block.of(2, wrap(f, 2))));
        List<String> full = new ArrayList<>();
        for (Caveat c : v.caveats()) {
            full.addAll(wrap("Assumption: " + c.text(), 2));
        }
        if (!full.isEmpty()) {
            out.add(new Block(1, full, wrap(assumptions(v.caveats()), 2)));
        }
        return fit(out);
    }

    /**
     * One sentence of the verdict, its lines kept or dropped whole, never cut.
     *
     * @param rank    0 always shown; otherwise dropped, highest rank first, while the verdict is too long
     * @param shorter the same content in fewer lines, tried before dropping it; {@code lines} when none
     */
    private record Block(int rank, List<String> lines, List<String> shorter) {
        static Block of(int rank, List<String> lines) {
            return new Block(rank, lines, lines);
        }
    }

    /**
     * The blocks in order within {@value #MAX_LINES} lines: first each block's shorter form (the caveats
     * merged into one line), then the optional blocks dropped, least important first (the other objective when
     * it agrees, then the strategy forcing the most teams and the other objective, then the caveats, which the
     * reading and the brief's caveats give in full).
     */
    private static List<String> fit(List<Block> blocks) {
        List<Block> b = new ArrayList<>(blocks);
        if (size(b) > MAX_LINES) {
            b.replaceAll(x -> Block.of(x.rank(), x.shorter()));
        }
        for (int rank = 3; rank >= 1 && size(b) > MAX_LINES; rank--) {
            for (int i = b.size() - 1; i >= 0 && size(b) > MAX_LINES; i--) {
                if (b.get(i).rank() == rank) {
                    b.remove(i);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Block x : b) {
            if (out.size() + x.lines().size() > MAX_LINES) {
                break; // only the always-shown blocks are left; whole sentences, never a cut one
            }
            out.addAll(x.lines());
        }
        return List.copyOf(out);
    }

    private static int size(List<Block> blocks) {
        return blocks.stream().mapToInt(x -> x.lines().size()).sum();
    }

    /** Every caveat in one sentence: which result of which strategies follows from an assumption. */
    private String assumptions(List<Caveat> caveats) {
        java.util.Map<String, List<String>> byMetric = new java.util.LinkedHashMap<>();
        for (Caveat c : caveats) {
            byMetric.computeIfAbsent(c.metric(), k -> new ArrayList<>()).add(c.strategy());
        }
        List<String> parts = new ArrayList<>();
        byMetric.forEach((metric, strategies) -> parts.add(catalog.byId(metric).map(Metric::label).orElse(metric)
                + " of " + join(strategies)));
        return "Assumption, not a finding: the " + String.join("; the ", parts) + " (see the caveats).";
    }

    /**
     * The strategies the best one cannot be told apart from on the objective. Empty when the best is ahead
     * of every other.
     */
    private List<String> tiedWithBest(Verdict v, Metric objective) {
        return v.standings().stream().map(Verdict.Standing::strategy)
                .filter(s -> !s.equals(v.best()) && tied(s, v.best(), objective)).toList();
    }

    /**
     * Whether strategies {@code a} and {@code b} cannot be told apart on {@code m}: the 95 % interval of
     * their paired difference includes 0 (or, with too few replicates for an interval, the difference is 0).
     * False when the tables hold no paired row between them on it.
     */
    private boolean tied(String a, String b, Metric m) {
        List<PairedRow> rows = new ArrayList<>(t.paired(a, b));
        rows.addAll(t.paired(b, a));
        return rows.stream().filter(p -> p.metric().equals(m.id())).findFirst().map(PairedRow::difference)
                .filter(d -> d.hasInterval() ? d.low() <= 0 && d.high() >= 0 : d.mean() == 0).isPresent();
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private String runnerUp(Verdict v, Metric objective, Verdict.Standing r) {
        List<PairedRow> rows = t.paired(v.best(), r.strategy()).stream()
                .filter(p -> p.metric().equals(objective.id())).toList();
        List<PairedRow> reverse = t.paired(r.strategy(), v.best()).stream()
                .filter(p -> p.metric().equals(objective.id())).toList();
        String s = "Runner-up " + r.strategy();
        if (!reverse.isEmpty()) {
            Estimate d = reverse.get(0).difference();
            s += ": " + difference(objective, d.mean()) + " (95% CI "
                    + objective.unit().formatSignedBare(d.low()) + " to " + objective.unit().formatSignedBare(d.high())
                    + ") paired; ahead in " + Reading.pct(reverse.get(0).pBetter().share())
                    + (reverse.get(0).same() > 0 ? ", tied in " + Reading.pct((double) reverse.get(0).same()
                            / reverse.get(0).replicates()) : "") + ".";
        } else if (!rows.isEmpty()) {
            Estimate d = rows.get(0).difference();
            s += " is behind by " + difference(objective, d.mean()) + " (95% CI "
                    + objective.unit().formatSignedBare(d.low()) + " to " + objective.unit().formatSignedBare(d.high())
                    + ") paired.";
        } else {
            s += ", " + value(objective, r.mean()) + ".";
        }
        return s;
    }

    /**
     * The best mean on the other headline objective — adopted share at week 52 when ranking on net hours,
     * net hours otherwise: whether the winner is also best there, and with whom it is tied; or who leads
     * there instead, and whether that lead can be told apart from the winner's on the same replicates.
     */
    private java.util.Optional<Block> otherObjective(Metric objective) {
        String otherId = objective.id().equals("net_hours") ? "adopted_share_52" : "net_hours";
        Metric other = catalog.byId(otherId).orElse(null);
        if (other == null || t.summary().stream().anyMatch(r -> Double.isNaN(r.mean(otherId).mean()))) {
            return java.util.Optional.empty();
        }
        SummaryRow best = t.summary().get(0);
        for (SummaryRow r : t.summary()) {
            if (other.direction().compare(r.mean(otherId).mean(), best.mean(otherId).mean()) > 0) {
                best = r;
            }
        }
        String winner = t.verdict().best();
        if (other.direction().compare(t.row(winner).mean(otherId).mean(), best.mean(otherId).mean()) == 0) {
            List<String> tied = t.strategies().stream().filter(s -> !s.equals(winner) && tied(s, winner, other))
                    .toList();
            return java.util.Optional.of(Block.of(3, wrap("Also best on " + words.label(other)
                    + (tied.isEmpty() ? "" : ", tied with " + join(tied)) + ".", 2)));
        }
        String lead = "On " + words.label(other) + " instead, " + best.strategy() + " leads: "
                + value(other, best.mean(otherId));
        if (tied(best.strategy(), winner, other)) {
            lead += ", not told apart from " + winner + " (95% CI of the paired difference includes 0)";
        }
        return java.util.Optional.of(Block.of(2, wrap(lead + ".", 2)));
    }

    /**
     * The strategy that forces the most teams through at shutdown, if any does and it is not the best: its
     * adopted share against its done share at the horizon (surface compliance, and how many of its done
     * teams still wait for a sign-off where any do), or that the two have met.
     */
    private java.util.Optional<String> forced() {
        SummaryRow most = t.summary().stream()
                .max(Comparator.comparingDouble(r -> r.mean("forced_at_shutdown").mean())).orElseThrow();
        double teams = most.mean("forced_at_shutdown").mean();
        if (!(teams > 0) || most.strategy().equals(t.verdict().best())) {
            return java.util.Optional.empty();
        }
        String adopted = Reading.pct(most.mean("final_adopted_share").mean());
        String done = Reading.pct(most.mean("final_done_share").mean());
        String s = most.strategy() + " forces " + Num.fixed(teams, 1) + " teams through at shutdown";
        if (Reading.adoptionCaughtUp(most)) { // no surface compliance left to show
            return java.util.Optional.of(s + "; by " + words.at(catalog.weeks()) + " adoption has caught up ("
                    + done + " done and adopted).");
        }
        return java.util.Optional.of(s + ": adopted " + adopted + " vs done " + done + Reading.awaitingSignOff(t, most)
                + ".");
    }

    private static String value(Metric m, Estimate e) {
        String s = m.unit() == Unit.HOURS ? hours(m, e.mean()) : m.unit().format(e.mean());
        if (e.hasInterval()) {
            s += " (95% CI " + m.unit().formatBare(e.low()) + " to " + m.unit().formatBare(e.high()) + ")";
        }
        return s;
    }

    /** A paired difference: "+12.5 pp"; hours as "-9123 h", as the verdict writes every figure in hours. */
    private static String difference(Metric m, double d) {
        return m.unit() == Unit.HOURS ? Num.signed(d, 0) + " h" : m.unit().formatDifference(d);
    }

    /** Hours as the verdict writes them, "h"; signed where the metric may be negative (net hours). */
    private static String hours(Metric m, double value) {
        return (m.min() < 0 ? Num.signed(value, 0) : Num.fixed(value, 0)) + " h";
    }

    private static String hours(SummaryRow r, String id) {
        return Num.fixed(r.mean(id).mean(), 0);
    }

    private static String whole(double share) {
        return Num.fixed(share * 100, 0);
    }

    /** Words wrapped to the width, indented by {@code indent} spaces, continuation lines by two more. */
    private static List<String> wrap(String text, int indent) {
        List<String> lines = new ArrayList<>();
        for (String l : ReportText.wrap(text, WIDTH - indent - 2).split("\n")) {
            lines.add(" ".repeat(lines.isEmpty() ? indent : indent + 2) + l);
        }
        return lines;
    }
}
