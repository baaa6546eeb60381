package org.adoptsim.cli.calibrate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adoptsim.cli.history.MigrationLog;
import org.adoptsim.core.run.OrderedWork;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * One calibration, start to finish, after the command line is checked: fit (resuming from the
 * checkpoint when asked), then draw posterior predictive runs and compare them with the log, in and
 * after the fitted window. Writes its files to the output folder and returns what the terminal shows.
 *
 * @param log         the whole observed log
 * @param cutoff      the last week fitted
 * @param end         the last week of the log (weeks after the cutoff are the hold-out)
 * @param predictive  runs drawn from the posterior for the checks
 */
public record Calibration(ScenarioModel model, Prior prior, MigrationLog log, int cutoff, int end, AbcSettings settings,
        int predictive, boolean mandate, String fit, Path out) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a calibration by name. */
    public static final class Builder {
        private ScenarioModel model;
        private Prior prior;
        private MigrationLog log;
        private int cutoff;
        private int end;
        private AbcSettings settings = AbcSettings.defaults();
        private int predictive = 200;
        private boolean mandate;
        private String fit = "";
        private Path out;

        public Builder model(ScenarioModel m) {
            model = m;
            return this;
        }

        public Builder prior(Prior p) {
            prior = p;
            return this;
        }

        /** The whole log, the last week fitted, and the log's last week (later weeks are the hold-out). */
        public Builder log(MigrationLog l, int fittedTo, int lastWeek) {
            log = l;
            cutoff = fittedTo;
            end = lastWeek;
            return this;
        }

        public Builder settings(AbcSettings s) {
            settings = s;
            return this;
        }

        public Builder predictive(int runs) {
            predictive = runs;
            return this;
        }

        public Builder mandate(boolean m) {
            mandate = m;
            return this;
        }

        public Builder fit(String identity) {
            fit = identity;
            return this;
        }

        public Builder out(Path dir) {
            out = dir;
            return this;
        }

        public Calibration build() {
            return new Calibration(model, prior, log, cutoff, end, settings, predictive, mandate, fit, out);
        }
    }

    /**
     * What the fit ended with. {@code seconds} is this session's time, and {@code runsBefore} the runs of
     * the generations a {@code --resume} read back from the checkpoint (0 for a fresh fit), so the
     * session's rate is {@code (posterior().totalSimulations() - runsBefore) / seconds}.
     */
    public record Outcome(List<Population> generations, List<ParameterSummary> parameters,
            List<CalibrationFiles.Check> checks, double seconds, long runsBefore) {

        public Population posterior() {
            return generations.get(generations.size() - 1);
        }
    }

    /**
     * Runs the fit. {@code resume}: continue from a checkpoint of the same fit in the output folder.
     *
     * @throws InterruptedException when interrupted; every finished generation is in the checkpoint
     */
    public Outcome run(boolean resume, PrintWriter progress) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        MigrationLog seen = log.upTo(cutoff);
        double[] observed = Summaries.of(seen.start(), seen.done(), cutoff);
        List<Population> done = new ArrayList<>();
        if (resume) {
            Checkpoint c = Checkpoint.read(out, fit);
            if (c != null) {
                done.addAll(c.populations());
                if (progress != null) {
                    progress.println("resuming after generation " + (done.size() - 1));
                }
            }
        }
        long runsBefore = done.isEmpty() ? 0 : done.get(done.size() - 1).totalSimulations();
        List<Population> saved = new ArrayList<>(done);
        AbcSmc abc = new AbcSmc(model, prior, observed, settings);
        List<Population> gens = abc.resume(done, new AbcSmc.Listener() {
            @Override
            public void generation(Population p) {
                saved.add(p);
                try {
                    new Checkpoint(fit, saved).write(out);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (progress != null) {
                    progress.printf(Locale.ROOT, "generation %d: tolerance %s, acceptance %.3f, ESS %.0f, %d runs%n",
                            p.generation(), Double.isInfinite(p.tolerance()) ? "none (prior)" : String.format(Locale.ROOT,
                                    "%.3f", p.tolerance()), p.acceptance(), p.ess(), p.totalSimulations());
                    progress.flush();
                }
            }
        });
        if (gens.isEmpty()) {
            throw new IllegalStateException("the simulation budget ran out before the prior sample was complete");
        }
        Population post = gens.get(gens.size() - 1);
        double[][] theta = new double[post.u().length][];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = prior.toTheta(post.u()[i]);
        }
        List<ParameterSummary> params = PosteriorSummaries.of(prior, theta, post.weights(), mandate);
        List<CalibrationFiles.Check> checks = checks(theta, post.weights());
        CalibrationFiles.posterior(out, prior, post);
        CalibrationFiles.parameters(out, params);
        CalibrationFiles.generations(out, gens);
        return new Outcome(gens, params, checks, (System.nanoTime() - t0) / 1e9, runsBefore);
    }

    /** Posterior predictive runs over weeks 0 … end: bands, their coverage, the chart's data. */
    private List<CalibrationFiles.Check> checks(double[][] theta, double[] weights) throws IOException, InterruptedException {
        int weeks = end + 1;
        double[][] started = new double[predictive][];
        double[][] doneCurves = new double[predictive][];
        double[] cumulative = new double[weights.length];
        double c = 0;
        for (int i = 0; i < weights.length; i++) {
            c += weights[i];
            cumulative[i] = c;
        }
        OrderedWork.run(settings.threads(), 0, predictive, m -> () -> {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(
                    new long[] {Seeds.key(settings.seed(), -1, m), Seeds.key(settings.seed(), -2, m)});
            int j = java.util.Arrays.binarySearch(cumulative, rng.nextDouble() * cumulative[cumulative.length - 1]);
            j = Math.min(j >= 0 ? j : -j - 1, cumulative.length - 1);
            return model.log(theta[j], rng.nextLong(), weeks);
        }, (l, m) -> {
            started[(int) m] = Predictive.curve(l.start(), weeks);
            doneCurves[(int) m] = Predictive.curve(l.done(), weeks);
        }, () -> false);
        Predictive ps = Predictive.of(started);
        Predictive pd = Predictive.of(doneCurves);
        double[] os = Predictive.curve(log.start(), weeks);
        double[] od = Predictive.curve(log.done(), weeks);
        CalibrationFiles.predictive(out, os, od, ps, pd);
        List<CalibrationFiles.Check> checks = new ArrayList<>();
        checks.add(new CalibrationFiles.Check("fitted_started_in_90", 0, cutoff, ps.coverage90(os, 0, cutoff)));
        checks.add(new CalibrationFiles.Check("fitted_done_in_90", 0, cutoff, pd.coverage90(od, 0, cutoff)));
        checks.add(new CalibrationFiles.Check("fitted_started_in_50", 0, cutoff, ps.coverage50(os, 0, cutoff)));
        checks.add(new CalibrationFiles.Check("fitted_done_in_50", 0, cutoff, pd.coverage50(od, 0, cutoff)));
        if (end > cutoff) {
            checks.add(new CalibrationFiles.Check("holdout_started_in_90", cutoff + 1, end, ps.coverage90(os, cutoff + 1, end)));
            checks.add(new CalibrationFiles.Check("holdout_done_in_90", cutoff + 1, end, pd.coverage90(od, cutoff + 1, end)));
            checks.add(new CalibrationFiles.Check("holdout_started_in_50", cutoff + 1, end, ps.coverage50(os, cutoff + 1, end)));
            checks.add(new CalibrationFiles.Check("holdout_done_in_50", cutoff + 1, end, pd.coverage50(od, cutoff + 1, end)));
        }
        CalibrationFiles.checks(out, checks);
        java.nio.file.Files.createDirectories(out.resolve("charts"));
        org.adoptsim.cli.chart.FigureWriter.write(PredictiveChart.of(os, od, ps, pd, cutoff, "posterior predictive: "
                + predictive + " runs, seed " + settings.seed()), org.adoptsim.cli.chart.ChartFormat.PNG,
                out.resolve("charts").resolve("predictive.png"));
        return checks;
    }
}
