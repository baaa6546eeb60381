package org.adoptsim.cli.decide.prim;

/**
 * One box of a PRIM trajectory and how good it is.
 *
 * @param step      position in the trajectory (0: the whole input space)
 * @param stage     whether peeling, pasting or trimming made this box
 * @param box       the limits
 * @param cases     cases in the box
 * @param interest  cases of interest in the box
 * @param coverage  share of all cases of interest that are in the box
 * @param density   share of the box's cases that are of interest
 * @param mass      share of all cases that are in the box
 * @param quasiP    per dimension, the quasi-p-value of its restriction (NaN where unrestricted): the
 *                  one-sided binomial probability of seeing at least {@code interest} cases of interest
 *                  among {@code cases} draws at the density of the box with that restriction released
 */
public record BoxStats(int step, Stage stage, Box box, int cases, int interest, double coverage, double density,
        double mass, double[] quasiP) {

    /** Which phase of the method produced a box. */
    public enum Stage { PEEL, PASTE, TRIM }

    public BoxStats {
        quasiP = quasiP.clone();
    }

    @Override
    public double[] quasiP() {
        return quasiP.clone();
    }
}
