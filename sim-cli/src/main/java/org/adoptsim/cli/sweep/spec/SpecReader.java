package org.adoptsim.cli.sweep.spec;

import org.adoptsim.cli.text.Suggest;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.Metric;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.cli.yaml.YamlLimits;
import org.adoptsim.cli.yaml.YamlTreeReader;

/**
 * Reads and validates a sweep file (format in docs/sweeps.md). Checks everything that can be checked
 * without the scenario: keys, types, ranges, the design's needs and size. Whether the parameter paths
 * and values suit the scenario is checked later against the scenario itself ({@code SweepPlan}).
 * The YAML itself is read by the shared {@link YamlTreeReader}, with the same limits on aliases, tags
 * and size as a scenario file. Every problem is one located line: a {@link SpecException}, or the
 * reader's {@link org.adoptsim.cli.LocatedException} for the YAML itself. Stateless.
 */
public final class SpecReader {
    /** Replicates per point at most (a guard against typos; sweeps this large take days anyway). */
    public static final int MAX_REPLICATES = 1_000_000;
    static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Set<String> TOP = new LinkedHashSet<>(List.of("name", "description", "scenario",
            "strategies", "set", "parameters", "design", "replicates", "seed", "randomNumbers", "metrics"));

    private SpecReader() {
    }

    /** Reads the sweep file at {@code file}; errors show {@code display} as the file name. */
    public static SweepSpec read(Path file, String display) {
        String text = org.adoptsim.cli.scenario.input.TextFile.read(file, display,
                org.adoptsim.cli.scenario.input.InputLimits.MAX_SCENARIO_BYTES, null, "");
        return parse(text, display, file.toAbsolutePath().getParent());
    }

    /** Parses sweep-file text; the scenario path is resolved against {@code dir}. */
    public static SweepSpec parse(String text, String display, Path dir) {
        Fields top = new Fields(YamlTreeReader.read(text, display, YamlLimits.defaults()), "");
        top.allowOnly(TOP);
        Map<String, SourceLocation> where = new LinkedHashMap<>();
        where.put("", SourceLocation.startOf(display));
        String name = top.has("name") ? top.text("name") : stem(display);
        String nameProblem = top.has("name") ? org.adoptsim.cli.output.OutputDirs.nameProblem(name) : null;
        if (nameProblem != null) {
            throw new SpecException(top.node("name").where(), "name", nameProblem + " (it names the output folder)");
        }
        Path scenario = dir.resolve(top.text("scenario")).normalize();
        where.put("scenario", top.node("scenario").where());
        List<String> strategies = strategies(top, where);
        Map<String, Object> fixed = fixed(top, where);
        List<Parameter> parameters = ParameterReader.read(top, where);
        for (Parameter p : parameters) {
            for (String path : p.paths()) {
                if (fixed.containsKey(path)) {
                    throw new SpecException(p.where(), "parameters." + p.path(), path + " is also fixed under 'set'");
                }
            }
        }
        DesignSpec design = DesignReader.read(top, parameters);
        long replicates = top.integer("replicates", 1, 10);
        if (replicates > MAX_REPLICATES) {
            throw new SpecException(top.node("replicates").where(), "replicates", "must be <= " + MAX_REPLICATES);
        }
        OptionalLong seed = top.has("seed") ? OptionalLong.of(top.integer("seed", Long.MIN_VALUE, 0)) : OptionalLong.empty();
        where.put("seed", top.where("seed"));
        SweepSpec.RandomNumbers rn = randomNumbers(top);
        List<Metric> metrics = metrics(top);
        return new SweepSpec(name, scenario, strategies, fixed, parameters, design, (int) replicates, seed, rn, metrics, where);
    }

    private static List<String> strategies(Fields top, Map<String, SourceLocation> where) {
        if (!top.has("strategies")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        List<YNode> items = top.list("strategies");
        for (int i = 0; i < items.size(); i++) {
            YNode n = items.get(i);
            String path = "strategies[" + i + "]";
            if (!(n instanceof YScalar s) || s.kind() != YScalar.Kind.STRING || s.text().isBlank()) {
                throw new SpecException(n.where(), path, "must be a strategy name, not " + Fields.describe(n));
            }
            if (out.contains(s.text())) {
                throw new SpecException(n.where(), path, "'" + s.text() + "' is listed twice");
            }
            out.add(s.text());
            where.put("strategies." + s.text(), n.where());
        }
        if (out.isEmpty()) {
            throw new SpecException(top.where("strategies"), "strategies", "lists no strategy (leave it out to run all)");
        }
        return out;
    }

    private static Map<String, Object> fixed(Fields top, Map<String, SourceLocation> where) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!top.has("set")) {
            return out;
        }
        Fields set = new Fields(top.node("set"), "set");
        for (Map.Entry<String, YNode> e : set.entries().entrySet()) {
            checkPath(e.getKey(), set.where(e.getKey()), "set." + e.getKey());
            if (Fields.isNull(e.getValue())) {
                throw new SpecException(set.where(e.getKey()), "set." + e.getKey(), "needs a value");
            }
            out.put(e.getKey(), Fields.plain(e.getValue(), "set." + e.getKey()));
            where.put("set." + e.getKey(), set.where(e.getKey()));
        }
        return out;
    }

    private static SweepSpec.RandomNumbers randomNumbers(Fields top) {
        if (!top.has("randomNumbers")) {
            return SweepSpec.RandomNumbers.INDEPENDENT;
        }
        String v = top.text("randomNumbers");
        return switch (v) {
            case "independent" -> SweepSpec.RandomNumbers.INDEPENDENT;
            case "common" -> SweepSpec.RandomNumbers.COMMON;
            default -> throw new SpecException(top.node("randomNumbers").where(), "randomNumbers",
                    "must be 'independent' or 'common', not '" + v + "'");
        };
    }

    private static List<Metric> metrics(Fields top) {
        MetricCatalog catalog = MetricCatalog.anyHorizon();
        if (!top.has("metrics")) {
            return catalog.sweepDefaults();
        }
        List<Metric> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<YNode> items = top.list("metrics");
        for (int i = 0; i < items.size(); i++) {
            YNode n = items.get(i);
            String text = n instanceof YScalar s ? Fields.text(s) : "";
            Metric m = catalog.byId(text).orElse(null);
            if (m == null) {
                throw new SpecException(n.where(), "metrics[" + i + "]", "unknown metric '" + text + "'"
                        + Suggest.didYouMean(text, catalog.ids()) + "; known: " + String.join(", ", catalog.ids()));
            }
            if (!seen.add(m.id())) {
                throw new SpecException(n.where(), "metrics[" + i + "]", "'" + text + "' is listed twice");
            }
            out.add(m);
        }
        if (out.isEmpty()) {
            throw new SpecException(top.where("metrics"), "metrics", "lists no metric (leave it out for the defaults)");
        }
        return out;
    }

    static void checkPath(String path, SourceLocation where, String field) {
        if (!PATH.matcher(path).matches()) {
            throw new SpecException(where, field, "is not a scenario path (names joined by dots, e.g. "
                    + "strategies.earned.coalition.size)");
        }
    }

    private static String stem(String display) {
        String base = Path.of(display).getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
