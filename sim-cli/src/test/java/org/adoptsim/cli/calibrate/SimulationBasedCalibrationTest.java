package org.adoptsim.cli.calibrate;

import org.adoptsim.cli.calibrate.posterior.FitParameter;
import org.adoptsim.cli.calibrate.posterior.ParameterPaths;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.history.MigrationLog;
import org.adoptsim.cli.sweep.overrides.YamlScenarioFactory;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Simulation-based calibration, CI-sized: 50 times, draw the truth from the prior, let adoptsim write
 * the log that truth produces (sbc-small.yaml: 16 teams, 40 weeks, every unfitted attribute drawn per
 * run), fit it with few particles, and count how often the posterior's 90 % interval holds the truth.
 * A calibrated posterior holds it 90 % of the time whatever its width; 100 intervals (two parameters ×
 * 50 fits) must land in 80–97 %. Ranks are checked for uniformity in the longer run documented in
 * docs/calibration.md, not here.
 */
class SimulationBasedCalibrationTest {
    static final int FITS = 50;

    @Test
    void ninetyPercentIntervalsHoldTheTruthAboutNinetyPercentOfTheTime() throws Exception {
        Path file = Path.of("src/test/resources/calibrate/sbc-small.yaml");
        List<FitParameter> params = List.of(new FitParameter("attention", "rules.decisions.attention", 0.3),
                new FitParameter("effort", "organisation.attributes.effort.all.lognormal.median", 200));
        int cutoff = 39;
        ScenarioModel model = new ScenarioModel(new YamlScenarioFactory(file, "sbc-small.yaml", Map.of()), params,
                null, cutoff);
        Prior prior = new Prior(List.of("attention", "effort"), new double[] {0.05, 50}, new double[] {0.6, 800},
                new boolean[] {false, true});
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {2026, 15});
        int inside = 0;
        int total = 0;
        for (int fit = 0; fit < FITS; fit++) {
            double[] u = new double[2];
            for (int k = 0; k < 2; k++) {
                u[k] = prior.lowU(k) + rng.nextDouble() * (prior.highU(k) - prior.lowU(k));
            }
            double[] truth = prior.toTheta(u);
            MigrationLog log = model.log(truth, rng.nextLong(), cutoff + 1);
            AbcSmc abc = new AbcSmc(model, prior, Summaries.of(log.start(), log.done(), cutoff),
                    AbcSettings.defaults().withParticles(200).withGenerations(3).withThreads(2).withSeed(fit));
            List<Population> gens = abc.run(p -> { });
            Population post = gens.get(gens.size() - 1);
            double[][] theta = new double[post.u().length][];
            for (int i = 0; i < theta.length; i++) {
                theta[i] = prior.toTheta(post.u()[i]);
            }
            for (ParameterSummary s : PosteriorSummaries.of(prior, theta, post.weights(), false)) {
                double t = truth[prior.names().indexOf(s.parameter())];
                inside += s.q05() <= t && t <= s.q95() ? 1 : 0;
                total++;
            }
        }
        double coverage = inside / (double) total;
        System.out.println("SBC coverage of 90 % intervals: " + inside + " of " + total);
        assertTrue(coverage >= 0.80 && coverage <= 0.97, "coverage " + coverage);
    }
}
