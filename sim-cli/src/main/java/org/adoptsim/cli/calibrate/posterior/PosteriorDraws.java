package org.adoptsim.cli.calibrate.posterior;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.csv.CsvReader;
import org.adoptsim.cli.csv.CsvRecord;
import org.adoptsim.cli.csv.CsvSyntaxException;
import org.adoptsim.cli.output.Comparison;
import org.adoptsim.cli.output.Sha256;
import org.adoptsim.cli.scenario.input.InputFile;
import org.adoptsim.cli.scenario.input.TextFile;
import org.adoptsim.cli.sweep.overrides.YamlScenarioFactory;
import org.adoptsim.cli.yaml.YamlLimits;
import org.adoptsim.cli.yaml.YamlTreeReader;
import org.adoptsim.core.config.Scenario;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * {@code --posterior DIR} for {@code run} and {@code compare}: the weighted particles of a calibration
 * ({@code DIR/posterior.csv}), and for each replicate the scenario with one joint parameter set drawn
 * from them by weight. Replicates 2k and 2k+1 share the draw, so that the pair's difference measures
 * simulation noise alone ({@link VarianceSplit}); the draw is keyed by (seed, k), so results stay
 * byte-reproducible at any thread count. Every other setting comes from the configured scenario (its
 * run settings included); fitted parameters of a strategy ({@code strategies.*}) are not applied, since
 * the strategies compared are fixed before the replicates run. Thread-safe.
 */
public final class PosteriorDraws {
    public static final String FILE = "posterior.csv";

    private final List<FitParameter> params;
    private final double[][] theta;
    /** Where each particle's values are written in the file: [particle][parameter]. */
    private final SourceLocation[][] cells;
    private final double[] cumulative;
    private final YamlScenarioFactory factory;
    private final String file;
    private final String sha256;

    private PosteriorDraws(List<FitParameter> params, double[][] theta, SourceLocation[][] cells, double[] cumulative,
            YamlScenarioFactory factory, String file, String sha256) {
        this.params = params;
        this.theta = theta;
        this.cells = cells;
        this.cumulative = cumulative;
        this.factory = factory;
        this.file = file;
        this.sha256 = sha256;
    }

    /** Reads {@code dir/posterior.csv} for the scenario in {@code scenarioFile}; a bad file is a located error. */
    public static PosteriorDraws read(Path dir, Path scenarioFile) {
        Path file = dir.resolve(FILE);
        String display = file.toString();
        byte[] bytes = TextFile.bytes(file, display, 256L << 20, null, "");
        String text = TextFile.decode(bytes, display);
        String scenarioDisplay = scenarioFile.toString();
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<SourceLocation[]> at = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        try (CsvReader csv = new CsvReader(new StringReader(text), CsvReader.Dialect.EXACT)) {
            CsvRecord header = csv.next();
            if (header == null || header.size() < 4 || !header.field(0).equals("particle")
                    || !header.field(1).equals("weight") || !header.field(header.size() - 1).equals("distance")) {
                throw new LocatedException(SourceLocation.startOf(display), "",
                        "not a calibration's posterior (expected the header particle,weight,PARAM…,distance)");
            }
            names.addAll(header.fields().subList(2, header.size() - 1));
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i).strip();
                SourceLocation cell = new SourceLocation(display, header.line(i + 2), header.column(i + 2));
                if (n.isEmpty() || n.startsWith(".") || n.endsWith(".") || n.contains("..")) {
                    throw new LocatedException(cell, "", "column " + Excerpt.quoted(names.get(i))
                            + " is not a scenario path such as rules.decisions.attention");
                }
                if (names.subList(0, i).stream().anyMatch(m -> m.strip().equals(n))) {
                    throw new LocatedException(cell, "", "column " + Excerpt.quoted(n) + " is named twice");
                }
            }
            for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
                if (r.size() != header.size()) {
                    throw new LocatedException(new SourceLocation(display, r.line(), 1), "",
                            "expected " + header.size() + " fields, found " + r.size());
                }
                double[] t = new double[names.size()];
                SourceLocation[] cellsOfRow = new SourceLocation[names.size()];
                for (int i = 0; i < t.length; i++) {
                    t[i] = number(r, i + 2, display, names.get(i));
                    cellsOfRow[i] = new SourceLocation(display, r.line(i + 2), r.column(i + 2));
                }
                double w = number(r, 1, display, "weight");
                if (w < 0) {
                    throw new LocatedException(new SourceLocation(display, r.line(1), r.column(1)), "weight", "must be ≥ 0");
                }
                rows.add(t);
                at.add(cellsOfRow);
                weights.add(w);
            }
        } catch (CsvSyntaxException e) {
            throw new LocatedException(new SourceLocation(display, e.line(), e.column()), "", e.problem());
        }
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        if (rows.isEmpty() || total <= 0) {
            throw new LocatedException(SourceLocation.startOf(display), "", "the posterior has no particle of positive weight");
        }
        if (Double.isInfinite(total)) {
            // every draw then fell on the particle where the running sum overflowed, the others never drawn
            throw new LocatedException(SourceLocation.startOf(display), "weight", "the weights add up to more than"
                    + " a number can hold (a calibration's add up to 1)");
        }
        String scenarioText = TextFile.read(scenarioFile, scenarioDisplay, 64L << 20, null, "");
        List<FitParameter> params = ParameterPaths.resolve(YamlTreeReader.read(scenarioText, scenarioDisplay,
                YamlLimits.defaults()), names);
        double[] cum = new double[weights.size()];
        double c = 0;
        for (int i = 0; i < cum.length; i++) {
            c += weights.get(i);
            cum[i] = c;
        }
        PosteriorDraws draws = new PosteriorDraws(params, rows.toArray(new double[0][]),
                at.toArray(new SourceLocation[0][]), cum, new YamlScenarioFactory(scenarioFile, scenarioDisplay, Map.of()),
                display, Sha256.of(bytes));
        draws.check();
        return draws;
    }

    /**
     * Loads the scenario with the particles that bound each column (its smallest and largest value, and
     * its first value that is not a whole number), and with the first particle, before any run: a column
     * that names no field, or a value outside its field's range or type, is then an error at its cell in
     * the file. Cheaper than loading every particle; a problem only a combination of values shows (a
     * uniform's min above its max) is still located at the particle's cells when it is drawn.
     */
    private void check() {
        java.util.SortedSet<Integer> rows = new java.util.TreeSet<>();
        rows.add(0);
        for (int j = 0; j < params.size(); j++) {
            int lo = 0;
            int hi = 0;
            int fraction = -1;
            for (int i = 0; i < theta.length; i++) {
                lo = theta[i][j] < theta[lo][j] ? i : lo;
                hi = theta[i][j] > theta[hi][j] ? i : hi;
                fraction = fraction < 0 && theta[i][j] != Math.rint(theta[i][j]) ? i : fraction;
            }
            rows.add(lo);
            rows.add(hi);
            if (fraction >= 0) {
                rows.add(fraction);
            }
        }
        for (int i : rows) {
            factory.at(overrides(theta[i]), where(i));
        }
    }

    /** The fitted paths set to θ. */
    private Map<String, Object> overrides(double[] t) {
        Map<String, Object> overrides = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            overrides.put(params.get(i).path(), t[i]);
        }
        return overrides;
    }

    /** Where particle {@code i}'s value of each fitted path is written. */
    private Map<String, SourceLocation> where(int i) {
        Map<String, SourceLocation> where = new java.util.HashMap<>();
        for (int j = 0; j < params.size(); j++) {
            where.put(params.get(j).path(), cells[i][j]);
        }
        return where;
    }

    /** The posterior file read, as named (DIR/posterior.csv), and the SHA-256 of its bytes: for the manifests. */
    public InputFile source() {
        return new InputFile(file, sha256);
    }

    public List<String> names() {
        return params.stream().map(FitParameter::name).toList();
    }

    /** The particles in the file (rows of posterior.csv). */
    public int particles() {
        return theta.length;
    }

    /** For the manifest: the file, its SHA-256, the parameters, the particles and {@code draws} sets drawn. */
    public Comparison.Posterior manifestEntry(long draws) {
        return new Comparison.Posterior(file, sha256, names(), particles(), draws);
    }

    /** Replicate r's scenario: {@code configured} with the parameter set drawn for the pair r / 2. */
    public IntFunction<Scenario> perReplicate(Scenario configured) {
        long seed = configured.run().seed();
        return r -> with(configured, drawIndex(seed, r / 2));
    }

    /**
     * For {@code optimise --posterior}: replicate r's scenario with a parameter set of its own, keyed by
     * (seed, r) in a stream apart from the pairs' ({@link #perReplicate}), so that replicates are independent
     * draws, as the selection procedure assumes; every candidate plan of replicate r gets the same set.
     */
    public IntFunction<Scenario> eachReplicate(Scenario configured) {
        long seed = configured.run().seed();
        return r -> with(configured, drawIndex(seed ^ EACH, r));
    }

    /** Tells {@link #eachReplicate}'s draws from the pairs' under the same seed. */
    private static final long EACH = 0x5DEECE66DL;

    private Scenario with(Scenario configured, int particle) {
        Scenario s = factory.at(overrides(theta[particle]), where(particle));
        return configured.withOrganisation(s.organisation()).withRules(s.rules());
    }

    /**
     * For {@code sweep --posterior}: replicate r's drawn parameter set as scenario overrides (path →
     * value), the pair r / 2's draw keyed by {@code seed} as in {@link #perReplicate}. Fitted strategy
     * parameters ({@code strategies.*}) are left out there too, so run, compare and sweep vary the same
     * parameters. Thread-safe.
     */
    public IntFunction<Map<String, Object>> overridesPerReplicate(long seed) {
        return r -> {
            double[] t = draw(seed, r / 2);
            Map<String, Object> overrides = new LinkedHashMap<>();
            for (int i = 0; i < params.size(); i++) {
                if (!params.get(i).path().startsWith("strategies.")) {
                    overrides.put(params.get(i).path(), t[i]);
                }
            }
            return overrides;
        };
    }

    /** The parameter set of pair k. */
    double[] draw(long seed, int pair) {
        return theta[drawIndex(seed, pair)];
    }

    /** The particle drawn for pair k. */
    private int drawIndex(long seed, int pair) {
        // Both state words through SplitMix64's finaliser: seeded with the raw small numbers, XoRoShiRo's first
        // output is tiny, and every draw fell on the first particles.
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {mix(seed ^ 0x7F4A7C15L),
            mix(pair + 0x9E3779B97F4A7C15L)});
        double target = rng.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, target);
        return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
    }

    /** SplitMix64's finaliser (Stafford's variant 13): a bijection that spreads nearby numbers over 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double number(CsvRecord r, int col, String display, String name) {
        try {
            double v = Double.parseDouble(r.field(col));
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LocatedException(new SourceLocation(display, r.line(col), r.column(col)), name,
                "expected a number, was " + org.adoptsim.cli.Excerpt.quoted(r.field(col)));
    }
}
