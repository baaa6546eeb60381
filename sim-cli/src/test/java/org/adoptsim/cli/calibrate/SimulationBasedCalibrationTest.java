package org.adoptsim.cli.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.calibrate.posterior.FitParameter;
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
        int[] counts = run(FITS, 200, null);
        double coverage = counts[0] / (double) counts[1];
        System.out.println("SBC coverage of 90 % intervals: " + counts[0] + " of " + counts[1]);
        assertTrue(coverage >= 0.80 && coverage <= 0.97, "coverage " + coverage);
    }

    /**
     * The longer run, outside CI ({@code -Dadoptsim.sbc.long=true}): 300 fits; the rank of the truth
     * among 19 draws from each posterior must be uniform on 0 … 19 (χ² test, p above 0.01), per
     * parameter (Talts et al. 2018).
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "adoptsim.sbc.long", matches = "true")
    void ranksOfTheTruthAreUniformInALongerRun() throws Exception {
        long[][] ranks = new long[2][20];
        int[] counts = run(300, 200, ranks);
        for (int k = 0; k < 2; k++) {
            double[] expected = new double[20];
            java.util.Arrays.fill(expected, 300 / 20.0);
            double p = new org.apache.commons.math3.stat.inference.ChiSquareTest().chiSquareTest(expected, ranks[k]);
            System.out.println("SBC ranks, parameter " + k + ": " + java.util.Arrays.toString(ranks[k]) + " chi2 p = " + p);
            assertTrue(p > 0.01, "ranks not uniform, p = " + p);
        }
        System.out.println("SBC long run coverage of 90 % intervals: " + counts[0] + " of " + counts[1]);
    }

    /** Runs {@code fits} fits; returns {inside, total}; fills rank histograms when given. */
    static int[] run(int fits, int particles, long[][] ranks) throws Exception {
        Path file = Path.of("src/test/resources/calibrate/sbc-small.yaml");
        List<FitParameter> params = List.of(new FitParameter("attention", "rules.decisions.attention", 0.3),
                new FitParameter("effort", "organisation.attributes.effort.all.lognormal.median", 200));
        int cutoff = 39;
        Prior prior = new Prior(List.of("attention", "effort"), new double[] {0.05, 50}, new double[] {0.6, 800},
                new boolean[] {false, true});
        ScenarioModel model = new ScenarioModel(new YamlScenarioFactory(file, "sbc-small.yaml", Map.of()), params,
                new Priors.Given(prior, Map.of()), null, cutoff);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {2026, 15});
        int inside = 0;
        int total = 0;
        for (int fit = 0; fit < fits; fit++) {
            double[] u = new double[2];
            for (int k = 0; k < 2; k++) {
                u[k] = prior.lowU(k) + rng.nextDouble() * (prior.highU(k) - prior.lowU(k));
            }
            double[] truth = prior.toTheta(u);
            MigrationLog log = model.log(truth, rng.nextLong(), cutoff + 1);
            AbcSmc abc = new AbcSmc(model, prior, Summaries.of(log.start(), log.done(), cutoff),
                    AbcSettings.defaults().withParticles(particles).withGenerations(3).withThreads(2).withSeed(fit));
            List<Population> gens = abc.run(p -> { });
            Population post = gens.get(gens.size() - 1);
            double[][] theta = new double[post.u().length][];
            for (int i = 0; i < theta.length; i++) {
                theta[i] = prior.toTheta(post.u()[i]);
            }
            if (ranks != null) {
                UniformRandomProvider pick = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {fit, 99});
                for (int k = 0; k < 2; k++) {
                    int below = 0;
                    for (int draw = 0; draw < 19; draw++) {
                        double r = pick.nextDouble();
                        int i = 0;
                        for (double c = post.weights()[0]; c < r && i < theta.length - 1; c += post.weights()[++i]) {
                            // walk the cumulative weights
                        }
                        below += theta[i][k] < truth[k] ? 1 : 0;
                    }
                    ranks[k][below]++;
                }
            }
            for (ParameterSummary s : PosteriorSummaries.of(prior, theta, post.weights(), false)) {
                double t = truth[prior.names().indexOf(s.parameter())];
                inside += s.q05() <= t && t <= s.q95() ? 1 : 0;
                total++;
            }
        }
        return new int[] {inside, total};
    }
}
