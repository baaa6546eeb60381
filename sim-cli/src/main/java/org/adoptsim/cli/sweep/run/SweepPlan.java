package org.adoptsim.cli.sweep.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.scenario.input.InputFile;
import org.adoptsim.cli.sweep.design.Design;
import org.adoptsim.cli.sweep.design.Designs;
import org.adoptsim.cli.sweep.design.Keys;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.sweep.spec.Parameter;
import org.adoptsim.cli.sweep.spec.SweepSpec;

/**
 * What a sweep will run, resolved against its scenario: the root seed, the strategies, the design and
 * which of its points this invocation covers ({@code --limit}, then {@code --shard}). Gives each point's
 * parameter values, scenario overrides and seed. The seed of point i is
 * {@code Keys.derive(rootSeed, i)} (independent random numbers) or the root seed itself (common random
 * numbers); replicate r of point i then uses {@code RandomStreams(pointSeed, r)}, so a run's draws
 * depend only on (root seed, point, replicate). The sweep's hash identifies everything that decides
 * the results. Not thread-safe ({@link #values} reads the design): call it from one thread.
 */
public final class SweepPlan {
    private final SweepSpec spec;
    private final String scenarioSha256;
    private final List<InputFile> inputs;
    private final long rootSeed;
    private final List<String> strategies;
    private final Design design;
    private final long limit;
    private final Shard shard;
    private final double[] unit;
    private final ReplicateDraws draws;
    private final String scenarioName;
    private final Integer teams;

    /** @param inputs the files the scenario names (teams, edge lists) with their SHA-256, in the order read */
    public SweepPlan(SweepSpec spec, String scenarioSha256, List<InputFile> inputs, long rootSeed,
            List<String> strategies, long limit, Shard shard) {
        this(spec, scenarioSha256, inputs, rootSeed, strategies, limit, shard, null, null, null);
    }

    private SweepPlan(SweepSpec spec, String scenarioSha256, List<InputFile> inputs, long rootSeed,
            List<String> strategies, long limit, Shard shard, ReplicateDraws draws, String scenarioName, Integer teams) {
        this.draws = draws;
        this.scenarioName = scenarioName;
        this.teams = teams;
        this.spec = spec;
        this.scenarioSha256 = scenarioSha256;
        this.inputs = List.copyOf(inputs);
        this.rootSeed = rootSeed;
        this.strategies = List.copyOf(strategies);
        this.design = Designs.of(spec.design(), spec.parameters(), rootSeed);
        this.limit = limit <= 0 ? design.size() : Math.min(limit, design.size());
        this.shard = shard;
        this.unit = new double[spec.dimensions()];
    }

    /** This plan with parameters drawn per replicate ({@code --posterior}); part of the hash. */
    public SweepPlan withDraws(ReplicateDraws d) {
        return new SweepPlan(spec, scenarioSha256, inputs, rootSeed, strategies, limit, shard, d, scenarioName, teams);
    }

    /**
     * This plan naming its base scenario (with the fixed overrides) in the manifest, as compare's does: its
     * name, and its number of teams unless a parameter changes it from point to point. Not part of the hash.
     */
    public SweepPlan withScenario(String name, int baseTeams) {
        boolean swept = spec.parameters().stream().flatMap(p -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(p.path()), p.alsoSets().stream())).anyMatch(p -> p.startsWith("organisation."));
        return new SweepPlan(spec, scenarioSha256, inputs, rootSeed, strategies, limit, shard, draws, name,
                swept ? null : baseTeams);
    }

    /** The base scenario's name, or null when not known. */
    public String scenarioName() {
        return scenarioName;
    }

    /** The base scenario's teams, or null when a parameter changes the organisation (or not known). */
    public Integer teams() {
        return teams;
    }

    /** The per-replicate draws, or null when every replicate of a point runs on the same parameters. */
    public ReplicateDraws draws() {
        return draws;
    }

    public SweepSpec spec() {
        return spec;
    }

    public long rootSeed() {
        return rootSeed;
    }

    public List<String> strategies() {
        return strategies;
    }

    public List<Metric> metrics() {
        return spec.metrics();
    }

    public List<Parameter> parameters() {
        return spec.parameters();
    }

    public int replicates() {
        return spec.replicates();
    }

    public Design design() {
        return design;
    }

    public Shard shard() {
        return shard;
    }

    /** Points of the whole design. */
    public long designPoints() {
        return design.size();
    }

    /** Points after {@code --limit} (the design's size when there is no limit). */
    public long limitedPoints() {
        return limit;
    }

    /** First point of this invocation's slice. */
    public long from() {
        return shard.from(limit);
    }

    /** One past the last point of this invocation's slice. */
    public long to() {
        return shard.to(limit);
    }

    /** Runs (point × replicate × strategy) in this invocation's slice. */
    public long runs() {
        return (to() - from()) * replicates() * strategies.size();
    }

    public String scenarioSha256() {
        return scenarioSha256;
    }

    public List<InputFile> inputs() {
        return inputs;
    }

    /** Parameter values of a point, in parameter order. */
    public Object[] values(long point) {
        design.unit(point, unit);
        Object[] out = new Object[unit.length];
        int p = design.gridLevels();
        for (int d = 0; d < unit.length; d++) {
            var domain = spec.parameters().get(d).domain();
            out[d] = p > 0 ? domain.atGridLevel(unit[d], p) : domain.value(unit[d]);
        }
        return out;
    }

    /** The overrides for a point: the fixed ones, then the swept values. */
    public Map<String, Object> overrides(Object[] values) {
        Map<String, Object> out = new LinkedHashMap<>(spec.fixed());
        for (int d = 0; d < values.length; d++) {
            for (String path : spec.parameters().get(d).paths()) {
                out.put(path, values[d]);
            }
        }
        return out;
    }

    public long pointSeed(long point) {
        return spec.randomNumbers() == SweepSpec.RandomNumbers.COMMON ? rootSeed : Keys.derive(rootSeed, point);
    }

    /** SHA-256 (hex) of everything that decides the results, independent of limit, shard, threads and format. */
    public String hash() {
        return sha256(canonical());
    }

    /** The text the hash is taken of: one line per setting. */
    public String canonical() {
        StringBuilder b = new StringBuilder("adoptsim-sweep/1\n");
        b.append("name=").append(spec.name()).append('\n');
        b.append("scenario-sha256=").append(scenarioSha256).append('\n');
        inputs.forEach(i -> b.append("input-sha256=").append(i.sha256()).append('\n'));
        b.append("strategies=").append(String.join(",", strategies)).append('\n');
        spec.fixed().forEach((k, v) -> b.append("set ").append(k).append('=').append(v).append('\n'));
        spec.parameters().forEach(p -> b.append("parameter ").append(p.canonical()).append('\n'));
        b.append("design=").append(spec.design().canonical()).append('\n');
        b.append("replicates=").append(spec.replicates()).append('\n');
        b.append("seed=").append(rootSeed).append('\n');
        b.append("randomNumbers=").append(spec.randomNumbers().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
        b.append("metrics=").append(String.join(",", spec.metrics().stream().map(Metric::id).toList())).append('\n');
        if (draws != null) {
            b.append("posterior-sha256=").append(draws.source().sha256()).append('\n');
        }
        return b.toString();
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
