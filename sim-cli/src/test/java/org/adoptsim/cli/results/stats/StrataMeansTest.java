package org.adoptsim.cli.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The stratified interval of a mean pooled over fixed levels: it covers the levels' average as often as
 * it says, where the interval over all runs taken as one sample, which counts the spread between the
 * levels as noise, covers it almost always; and over one stratum it is Student's interval.
 */
class StrataMeansTest {

    /**
     * 4,000 simulated pools of three levels with means 0, 10 and 50 and standard deviations 1, 2 and 3,
     * six runs each: the 95 % interval covers the true average, 20, in 93.5–96.5 % of them (the binomial
     * spread of 4,000 trials at 95 % is ±0.7 %; Welch's degrees of freedom are themselves approximate).
     */
    @Test
    void coversTheLevelsAverageAtItsLevelWhereTheIntervalOverRunsIsFarWider() {
        SplittableRandom r = new SplittableRandom(11);
        double[] means = {0, 10, 50};
        double[] sds = {1, 2, 3};
        int trials = 4000;
        int covered = 0;
        int coveredPlain = 0;
        double width = 0;
        double widthPlain = 0;
        for (int trial = 0; trial < trials; trial++) {
            double[] values = new double[18];
            int[] strata = new int[18];
            Moments all = new Moments();
            for (int k = 0; k < 18; k++) {
                strata[k] = k / 6;
                values[k] = means[k / 6] + sds[k / 6] * gaussian(r);
                all.accept(values[k]);
            }
            Estimate plain = all.estimate(0.95);
            Estimate e = StrataMeans.of(values, strata).narrow(plain, 0.95);
            covered += e.low() <= 20 && 20 <= e.high() ? 1 : 0;
            coveredPlain += plain.low() <= 20 && 20 <= plain.high() ? 1 : 0;
            width += e.high() - e.low();
            widthPlain += plain.high() - plain.low();
        }
        double coverage = (double) covered / trials;
        System.out.printf("stratified interval: coverage %.4f, mean width %.2f; over runs: coverage %.4f, mean width %.2f%n",
                coverage, width / trials, (double) coveredPlain / trials, widthPlain / trials);
        assertTrue(coverage > 0.935 && coverage < 0.965, "stratified coverage " + coverage);
        assertTrue(coveredPlain > trials * 0.999, "over runs: " + coveredPlain + " of " + trials);
        assertTrue(widthPlain > 5 * width, "widths " + widthPlain + " against " + width);
    }

    /**
     * A milestone reached in half the runs, at about week 20 at one level and week 80 at the other (sd 2),
     * ten runs each: how many runs of each level have a value varies, and so does the mean over them,
     * around 50. The interval counts that: it covers 50 in 93–97.5 % of 4,000 trials. Taking the runs with
     * a value as fixed would cover it in about a fifth.
     */
    @Test
    void runsWithoutAValueCountTheirShareOfEachLevel() {
        SplittableRandom r = new SplittableRandom(3);
        int trials = 4000;
        int covered = 0;
        for (int trial = 0; trial < trials; trial++) {
            double[] values = new double[20];
            int[] strata = new int[20];
            Moments seen = new Moments();
            for (int k = 0; k < 20; k++) {
                strata[k] = k / 10;
                values[k] = r.nextBoolean() ? (k < 10 ? 20 : 80) + 2 * gaussian(r) : Double.NaN;
                if (!Double.isNaN(values[k])) {
                    seen.accept(values[k]);
                }
            }
            Estimate e = StrataMeans.of(values, strata).narrow(seen.estimate(0.95), 0.95);
            covered += e.hasInterval() && e.low() <= 50 && 50 <= e.high() ? 1 : 0;
        }
        double coverage = (double) covered / trials;
        System.out.printf("with missing values: coverage %.4f%n", coverage);
        assertTrue(coverage > 0.93 && coverage < 0.975, "coverage " + coverage);
    }

    @Test
    void overOneStratumItIsStudentsInterval() {
        double[] values = {3, 1, 4, 1, 5, 9, 2, 6};
        Moments m = new Moments();
        for (double v : values) {
            m.accept(v);
        }
        Estimate plain = m.estimate(0.95);
        Estimate e = StrataMeans.of(values, new int[values.length]).narrow(plain, 0.95);
        assertEquals(plain.low(), e.low(), 1e-12);
        assertEquals(plain.high(), e.high(), 1e-12);
    }

    @Test
    void levelsWithoutNoiseCollapseOntoTheMean() {
        Moments m = new Moments();
        double[] values = {1, 1, 5, 5};
        for (double v : values) {
            m.accept(v);
        }
        Estimate e = StrataMeans.of(values, new int[] {0, 0, 1, 1}).narrow(m.estimate(0.95), 0.95);
        assertEquals(3, e.low(), 0);
        assertEquals(3, e.high(), 0);
    }

    /** A standard normal draw (Box–Muller). */
    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
