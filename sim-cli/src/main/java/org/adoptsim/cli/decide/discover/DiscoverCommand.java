package org.adoptsim.cli.decide.discover;

import org.adoptsim.cli.options.QuietOption;
import org.adoptsim.cli.output.WrittenFiles;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.options.ChartsOption;
import picocli.CommandLine.Mixin;
import org.adoptsim.cli.options.OutOption;
import java.time.Instant;
import org.adoptsim.cli.options.Invocation;
import org.adoptsim.cli.output.FolderLock;
import org.adoptsim.cli.output.ManifestCommit;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.output.OwnFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adoptsim.cli.text.Count;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.chart.ChartFormat;
import org.adoptsim.cli.decide.condition.Condition;
import org.adoptsim.cli.decide.condition.ConditionException;
import org.adoptsim.cli.decide.prim.BoxStats;
import org.adoptsim.cli.decide.prim.Prim;
import org.adoptsim.cli.decide.prim.PrimResult;
import org.adoptsim.cli.sweep.analysis.SweepTables;
import org.adoptsim.cli.sweep.io.SweepManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code adoptsim discover}: where in a sweep's parameter space a condition holds (PRIM). */
@Command(name = "discover", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Scenario discovery: the region of a sweep's parameters where a condition holds (PRIM).",
        description = {"Labels every run (or point) of a finished sweep by a condition on its metrics, then finds "
            + "with PRIM (peeling and pasting) a box of parameter limits inside which the condition mostly holds "
            + "(density) and which holds most of the runs where it does (coverage). Writes boxes.csv (the "
            + "coverage-density trajectory with the limits and quasi-p-values per parameter), a trajectory chart "
            + "and a box chart to DIR/discover, and prints the box in words.",
            "",
            "The condition compares columns and numbers with < <= > >= == !=, joined by && and || with "
            + "parentheses. Columns: each parameter by label, each metric as STRATEGY.METRIC, and as plain METRIC "
            + "for the --strategy (or the sweep's only strategy). A milestone not reached counts as later than any week."},
        footer = {"", "Examples:",
            "  adoptsim discover out/verdict --when \\",
            "    \"mandate-early.weeks_to_100_or_horizon < \\",
            "    earn-then-mandate.weeks_to_100_or_horizon\"",
            "  adoptsim discover out/coalition --strategy earned \\",
            "    --when \"final_done_share < 0.9 && weeks_to_90 > 52\"",
            "", "Exit codes: 0 done (also when the condition holds in every case or in none:",
            "nothing is written), 2 bad input (not a complete sweep, a bad condition),",
            "1 internal error."})
public final class DiscoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a complete sweep directory (or merged shards)")
    Path dir;

    @Option(names = "--when", required = true, paramLabel = "CONDITION",
            description = "which cases are of interest, e.g. \"final_done_share < 0.9 && weeks_to_90 > 52\"")
    String when;

    @Option(names = "--strategy", paramLabel = "S", description = "whose metrics plain names mean (default: the only strategy)")
    String strategy;

    @Option(names = "--cases", paramLabel = "runs|points",
            description = "one case per run (default) or per point (metrics as M_mean, M_lo, …)")
    String cases = "runs";

    @Option(names = "--peel-alpha", paramLabel = "A", description = "share of the box peeled per step (default: ${DEFAULT-VALUE})")
    double peelAlpha = 0.05;

    @Option(names = "--paste-alpha", paramLabel = "A", description = "share of the box pasted per step (default: ${DEFAULT-VALUE})")
    double pasteAlpha = 0.05;

    @Option(names = "--min-mass", paramLabel = "M", description = "smallest share of cases a box may hold (default: ${DEFAULT-VALUE})")
    double minMass = 0.05;

    @Option(names = "--min-coverage", paramLabel = "C",
            description = "the selected box covers at least this share of the cases of interest (default: ${DEFAULT-VALUE})")
    double minCoverage = 0.8;

    @Option(names = "--max-quasi-p", paramLabel = "P",
            description = "release restrictions whose quasi-p-value exceeds P, weakest first (default: 1, keep all)")
    double maxQuasiP = 1;

    @Mixin
    OutOption out;

    @Mixin
    ChartsOption charts;

    @Mixin
    QuietOption quietOption;

    @Override
    public Integer call() throws IOException {
        PrintWriter print = quietOption.summary(spec.commandLine().getOut());
        if (!cases.equals("runs") && !cases.equals("points")) {
            throw new InputException("--cases: must be runs or points, was '" + cases + "'");
        }
        Prim prim = settings();
        Condition condition = parse();
        ChartFormat format = charts.format();
        if (format != null) {
            org.adoptsim.cli.chart.ChartWarmup.headless();
        }
        boolean perRun = cases.equals("runs");
        SweepTables tables = SweepTables.load(dir, perRun);
        CaseTable table = CaseTable.from(tables, perRun, strategy);
        if (table.inputs().isEmpty()) {
            throw new InputException(dir + ": the sweep has no numeric parameter to search over");
        }
        Predicate<double[]> test;
        try {
            test = condition.bind(table.columns());
        } catch (ConditionException e) {
            throw new InputException("--when:1:" + e.column() + ": " + e.getMessage());
        }
        List<double[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            xs.add(table.x()[i]);
            ys.add(test.test(table.values()[i]));
        }
        double[][] x = xs.toArray(new double[0][]);
        boolean[] y = new boolean[ys.size()];
        int hits = 0;
        for (int i = 0; i < y.length; i++) {
            y[i] = ys.get(i);
            hits += y[i] ? 1 : 0;
        }
        SweepManifest m = tables.manifest();
        print.println(String.format(Locale.ROOT, "sweep '%s': %,d %s, the condition holds in %,d (%s %%)",
                m.name(), y.length, cases, hits, BoxWords.num(100.0 * hits / Math.max(1, y.length))));
        Path target = out.folder(() -> dir.resolve("discover"));
        OwnFolder.check(new OutputFolder(target), "discover"); // before the search and the lock: a refused folder is left as it was
        if (hits == 0 || hits == y.length) {
            int left = Files.isDirectory(target) ? removePrevious(target) : -1;
            print.println("the condition holds in " + (hits == 0 ? "none" : "all") + " of the " + y.length + " "
                    + cases + ": there is no region to find, so nothing was written"
                    + (left < 0 ? "" : "; the earlier discover result in " + target + " was removed")
                    + (left > 0 ? ", apart from " + Count.of(left, "file", "files") + " left in place (named on stderr)" : ""));
            print.flush();
            return 0;
        }
        PrimResult r = prim.run(x, y);
        int hitCount = hits;
        try (FolderLock lock = FolderLock.acquire(target, "discover")) {
            Instant began = Instant.now();
            OutputFolder folder = new OutputFolder(target);
            OwnFolder.check(folder, "discover");
            OutputFolder.Previous previous = folder.retractPrevious();
            List<Path> written = new ArrayList<>();
            Path boxes = target.resolve("boxes.csv");
            BoxesCsv.write(boxes, r, table.inputs());
            written.add(boxes);
            if (format != null) {
                String footer = String.format(Locale.ROOT, "sweep %s  \u00b7  %,d %s  \u00b7  seed %d  \u00b7  adoptsim %s",
                        m.name(), y.length, cases, m.rootSeed(), m.adoptsimVersion());
                written.add(DiscoveryCharts.trajectory(r, when, target, format, footer));
                List<String> words = table.inputs().stream().map(m::axisTitle).toList();
                written.add(DiscoveryCharts.box(r, table.inputs(), words, min(x), max(x), target, format, footer));
            }
            folder.removeStale(previous, ManifestCommit.entries(target, written).keySet()).forEach(this::left);
            ManifestCommit.commit(folder, m.derived("discover", dir, "discovery", n -> {
                n.put("when", when).put("cases", cases).put("strategy", strategy).put("hits", hitCount)
                        .put("of", y.length);
            }).files(ManifestCommit.entries(target, written))
                    .execution(Manifest.Execution.now(Invocation.text(spec), 1, began,
                            Instant.now())).build());
            summary(print, r, table);
            print.println();
            WrittenFiles.print(print, target, written);
            print.flush();
            return 0;
        }
    }

    /**
     * Removes what an earlier discover wrote to {@code target} (the files its manifest lists, then the manifest),
     * so a condition without a region never leaves an older answer looking current. Returns how many listed files
     * were left in place ({@link OutputFolder#removeStale}), or −1 when there was no earlier result.
     */
    private int removePrevious(Path target) throws IOException {
        try (FolderLock lock = FolderLock.acquire(target, "discover")) {
            OutputFolder folder = new OutputFolder(target);
            OwnFolder.check(folder, "discover");
            OutputFolder.Previous previous = folder.retractPrevious();
            List<String> kept = folder.removeStale(previous, java.util.Set.of());
            kept.forEach(this::left);
            return previous.isEmpty() ? -1 : kept.size();
        }
    }

    /** Says that a file the earlier manifest listed was left in place ({@link OutputFolder#removeStale}). */
    private void left(String line) {
        spec.commandLine().getErr().println("adoptsim discover: " + line);
    }

    private void summary(PrintWriter print, PrimResult r, CaseTable table) {
        BoxStats b = r.box();
        print.println(String.format(Locale.ROOT, "\"%s\" holds in %s %% of the %s when %s",
                when, BoxWords.num(100 * b.density()), cases, BoxWords.of(b.box(), table.inputs())));
        print.println(String.format(Locale.ROOT, "  coverage %s  density %s  mass %s  (%,d of %,d %s in the box;"
                + " step %d of %d%s)", BoxWords.num(b.coverage()), BoxWords.num(b.density()), BoxWords.num(b.mass()),
                b.interest(), b.cases(), cases, r.selected(), r.peeling().size() - 1, r.refined() ? (r.box().stage() == BoxStats.Stage.TRIM ? ", then trimmed" : ", then pasted") : ""));
        double[] p = b.quasiP();
        for (int j : b.box().restrictedDims()) {
            print.println(String.format(Locale.ROOT, "  %-24s quasi-p %s", table.inputs().get(j), p[j] < 1e-4 ? "< 0.0001"
                    : BoxWords.num(p[j])));
        }
        if (!table.skipped().isEmpty()) {
            print.println("  (text-valued parameters not searched: " + String.join(", ", table.skipped()) + ")");
        }
    }

    private Prim settings() {
        try {
            return Prim.builder().peelAlpha(peelAlpha).pasteAlpha(pasteAlpha).minMass(minMass).minCoverage(minCoverage)
                    .maxQuasiP(maxQuasiP).build();
        } catch (IllegalArgumentException e) {
            throw new InputException("--" + e.getMessage().replaceFirst("^peelAlpha", "peel-alpha")
                    .replaceFirst("^pasteAlpha", "paste-alpha").replaceFirst("^minMass", "min-mass")
                    .replaceFirst("^minCoverage", "min-coverage")
                    .replaceFirst("^maxQuasiP", "max-quasi-p"));
        }
    }

    private Condition parse() {
        try {
            return Condition.parse(when);
        } catch (ConditionException e) {
            throw new InputException("--when:1:" + e.column() + ": " + e.getMessage());
        }
    }

    private static double[] min(double[][] x) {
        double[] m = x[0].clone();
        for (double[] row : x) {
            for (int j = 0; j < m.length; j++) {
                m[j] = Math.min(m[j], row[j]);
            }
        }
        return m;
    }

    private static double[] max(double[][] x) {
        double[] m = x[0].clone();
        for (double[] row : x) {
            for (int j = 0; j < m.length; j++) {
                m[j] = Math.max(m[j], row[j]);
            }
        }
        return m;
    }
}
