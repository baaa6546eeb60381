package org.adoptsim.cli.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.calibrate.posterior.FitParameter;
import org.adoptsim.cli.history.MigrationLog;
import org.adoptsim.cli.sweep.overrides.YamlScenarioFactory;
import org.junit.jupiter.api.Test;

/**
 * The exact check: on a Bass-only set-up (bass-small.yaml: zero effort, no gates, global visibility)
 * each idle team is done in week w with probability h_w = 1 − exp(−(p + q·F_{w−1})), F_{w−1} the share
 * done by the end of the week before, independently of the others. So a log's likelihood is a product
 * of binomials, computed here on a 160 × 160 grid over the same flat prior the fit uses. The ABC
 * posterior of p and q must agree with it: each posterior mean within {@link #MEAN_TOLERANCE} of the
 * exact posterior's standard deviation, each posterior standard deviation within a factor
 * {@link #SD_FACTOR} of the exact one (ABC with summaries that are not sufficient and a tolerance above
 * 0 is somewhat wider than the exact posterior; it must not be narrower or shifted).
 */
class BassExactTest {
    static final double MEAN_TOLERANCE = 0.5;
    static final double SD_FACTOR = 1.6;

    @Test
    void abcPosteriorOfBassPAndQAgreesWithTheExactLikelihood() throws Exception {
        Path file = Path.of("src/test/resources/calibrate/bass-small.yaml");
        List<FitParameter> params = List.of(new FitParameter("p", "rules.decisions.bassP", 0.03),
                new FitParameter("q", "rules.decisions.bassQ", 0.38));
        int cutoff = 19;
        Prior prior = new Prior(List.of("p", "q"), new double[] {0.002, 0.05}, new double[] {0.1, 0.9},
                new boolean[] {false, false});
        ScenarioModel model = new ScenarioModel(new YamlScenarioFactory(file, "bass-small.yaml", Map.of()), params,
                new Priors.Given(prior, Map.of()), null, cutoff);
        MigrationLog log = model.log(new double[] {0.03, 0.38}, 20260101L, cutoff + 1);
        AbcSmc abc = new AbcSmc(model, prior, Summaries.of(log.start(), log.done(), cutoff),
                AbcSettings.defaults().withParticles(600).withGenerations(7).withThreads(2).withSeed(11));
        List<Population> gens = abc.run(p -> { });
        Population post = gens.get(gens.size() - 1);
        double[][] exact = gridMoments(log.done(), cutoff, prior);
        for (int k = 0; k < 2; k++) {
            double mean = 0;
            double sq = 0;
            for (int i = 0; i < post.u().length; i++) {
                double v = post.u()[i][k];
                mean += post.weights()[i] * v;
                sq += post.weights()[i] * v * v;
            }
            double sd = Math.sqrt(sq - mean * mean);
            String what = String.format("%s: ABC mean %.4f sd %.4f, exact mean %.4f sd %.4f", prior.names().get(k),
                    mean, sd, exact[k][0], exact[k][1]);
            System.out.println(what);
            assertTrue(Math.abs(mean - exact[k][0]) <= MEAN_TOLERANCE * exact[k][1], what);
            assertTrue(sd <= SD_FACTOR * exact[k][1] && sd >= exact[k][1] / SD_FACTOR, what);
        }
    }

    /** Posterior mean and sd of p and q from the exact likelihood on a grid, flat prior on the box. */
    static double[][] gridMoments(int[] done, int cutoff, Prior prior) {
        int n = done.length;
        int[] perWeek = new int[cutoff + 1];
        for (int d : done) {
            if (d >= 0 && d <= cutoff) {
                perWeek[d]++;
            }
        }
        int g = 160;
        double[][] logL = new double[g][g];
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < g; i++) {
            double p = prior.min()[0] + (i + 0.5) / g * (prior.max()[0] - prior.min()[0]);
            for (int j = 0; j < g; j++) {
                double q = prior.min()[1] + (j + 0.5) / g * (prior.max()[1] - prior.min()[1]);
                double ll = 0;
                int doneSoFar = 0;
                for (int w = 0; w <= cutoff; w++) {
                    double h = 1 - Math.exp(-(p + q * doneSoFar / (double) n));
                    int atRisk = n - doneSoFar;
                    ll += perWeek[w] * Math.log(h) + (atRisk - perWeek[w]) * Math.log1p(-h);
                    doneSoFar += perWeek[w];
                }
                logL[i][j] = ll;
                best = Math.max(best, ll);
            }
        }
        double z = 0;
        double[] m = new double[2];
        double[] s = new double[2];
        for (int i = 0; i < g; i++) {
            double p = prior.min()[0] + (i + 0.5) / g * (prior.max()[0] - prior.min()[0]);
            for (int j = 0; j < g; j++) {
                double q = prior.min()[1] + (j + 0.5) / g * (prior.max()[1] - prior.min()[1]);
                double w = Math.exp(logL[i][j] - best);
                z += w;
                m[0] += w * p;
                m[1] += w * q;
                s[0] += w * p * p;
                s[1] += w * q * q;
            }
        }
        double[][] out = new double[2][2];
        for (int k = 0; k < 2; k++) {
            out[k][0] = m[k] / z;
            out[k][1] = Math.sqrt(s[k] / z - out[k][0] * out[k][0]);
        }
        return out;
    }
}
