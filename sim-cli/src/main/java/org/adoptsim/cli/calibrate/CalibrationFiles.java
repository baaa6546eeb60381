package org.adoptsim.cli.calibrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.output.Csv;
import org.adoptsim.cli.text.Num;

/**
 * Writes a calibration's tables, each atomically, numbers in the project's CSV form ({@link Num#csv}) — except
 * posterior.csv's weights and parameter values, which {@code --posterior} reads back as overrides and so keep
 * every digit ({@link Num#exact}: six decimals would leave a weight of 4e-7 at 0 and a rate of 0.0000123
 * with two significant digits):
 * {@code posterior.csv} (the weighted particles), {@code parameters.csv} (per parameter: mean, 5 % and
 * 95 % quantiles, the prior's, the width ratio and a note), {@code generations.csv} (tolerance,
 * acceptance, effective sample size, simulations), {@code predictive.csv} (observed curves and
 * predictive bands per week) and {@code checks.csv} (coverage of the bands in and out of the fitted
 * window). Stateless.
 */
public final class CalibrationFiles {
    public static final String POSTERIOR = "posterior.csv";
    public static final String PARAMETERS = "parameters.csv";
    public static final String GENERATIONS = "generations.csv";
    public static final String PREDICTIVE = "predictive.csv";
    public static final String CHECKS = "checks.csv";

    private CalibrationFiles() {
    }

    public static void posterior(Path dir, Prior prior, Population p) throws IOException {
        StringBuilder b = new StringBuilder("particle,weight");
        prior.names().forEach(n -> b.append(',').append(n));
        b.append(",distance\n");
        for (int i = 0; i < p.u().length; i++) {
            b.append(i).append(',').append(Num.exact(p.weights()[i]));
            for (double t : prior.toTheta(p.u()[i])) {
                b.append(',').append(Num.exact(t));
            }
            b.append(',').append(Num.csv(p.distances()[i])).append('\n');
        }
        write(dir.resolve(POSTERIOR), b);
    }

    public static void parameters(Path dir, List<ParameterSummary> rows) throws IOException {
        StringBuilder b = new StringBuilder("parameter,mean,q05,q95,prior_q05,prior_q95,width_ratio,note\n");
        for (ParameterSummary r : rows) {
            b.append(r.parameter()).append(',').append(Num.csv(r.mean())).append(',').append(Num.csv(r.q05()))
                    .append(',').append(Num.csv(r.q95())).append(',').append(Num.csv(r.priorQ05())).append(',')
                    .append(Num.csv(r.priorQ95())).append(',').append(Num.csv(r.widthRatio())).append(',');
            Csv.append(b, r.note());
            b.append('\n');
        }
        write(dir.resolve(PARAMETERS), b);
    }

    public static void generations(Path dir, List<Population> gens) throws IOException {
        StringBuilder b = new StringBuilder("generation,tolerance,acceptance,ess,simulations,total_simulations\n");
        for (Population p : gens) {
            b.append(p.generation()).append(',').append(Num.csv(p.tolerance()))
                    .append(',').append(Num.csv(p.acceptance())).append(',').append(Num.csv(p.ess())).append(',')
                    .append(p.simulations()).append(',').append(p.totalSimulations()).append('\n');
        }
        write(dir.resolve(GENERATIONS), b);
    }

    public static void predictive(Path dir, double[] obsStarted, double[] obsDone, Predictive started,
            Predictive done) throws IOException {
        StringBuilder b = new StringBuilder("week,observed_started,observed_done");
        for (String c : List.of("started", "done")) {
            for (String q : List.of("p05", "p25", "p50", "p75", "p95")) {
                b.append(',').append(c).append('_').append(q);
            }
        }
        b.append('\n');
        for (int w = 0; w < obsStarted.length; w++) {
            b.append(w).append(',').append(Num.csv(obsStarted[w])).append(',').append(Num.csv(obsDone[w]));
            for (Predictive p : List.of(started, done)) {
                for (double[] q : List.of(p.p05(), p.p25(), p.p50(), p.p75(), p.p95())) {
                    b.append(',').append(Num.csv(q[w]));
                }
            }
            b.append('\n');
        }
        write(dir.resolve(PREDICTIVE), b);
    }

    /** One row per check: its name, the weeks it covers, and the share of those weeks inside the band. */
    public record Check(String name, int from, int to, double value) {
    }

    public static void checks(Path dir, List<Check> checks) throws IOException {
        StringBuilder b = new StringBuilder("check,from_week,to_week,value\n");
        for (Check c : checks) {
            b.append(c.name()).append(',').append(c.from()).append(',').append(c.to()).append(',')
                    .append(Num.csv(c.value())).append('\n');
        }
        write(dir.resolve(CHECKS), b);
    }

    private static void write(Path file, StringBuilder b) throws IOException {
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.writeBytes(file, out -> out.write(bytes));
    }
}
