package org.adoptsim.cli.decide.prim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Patient rule induction (Friedman and Fisher 1999). <b>Peeling</b>: starting from the whole input
 * space, repeatedly cut off the {@code peelAlpha} share of the box's cases at the low or the high end of
 * one dimension, choosing the cut that leaves the highest density, until the next cut would leave less
 * than {@code minMass} of all cases or the box holds nothing but cases of interest (no cut can then
 * raise the density). This gives the coverage–density trajectory. <b>Selection</b>: among the boxes that still cover at least
 * {@code minCoverage} of the cases of interest, the one with the best balance of coverage and density
 * (their harmonic mean; the largest of equals). The densest box is usually a small corner of the region
 * sought, since density keeps creeping up by chance as a noisy box shrinks; the balance stops where the
 * coverage lost is no longer bought by density gained. <b>Pasting</b>: from the selected box, repeatedly widen one side of one
 * dimension by the {@code pasteAlpha} share of the box's cases nearest outside it, choosing the widening
 * that raises the density most (the one adding most cases among equals), while it does not lower the
 * density: a widening at equal density gains coverage for nothing. A limit widened past every case becomes
 * unrestricted. <b>Trimming</b> (optional, off by default): release the restrictions whose quasi-p-value
 * exceeds {@code maxQuasiP}, the weakest first, so the box names only the inputs that matter. Deterministic: ties go to the larger box, then the lower dimension, then the lower side.
 * Immutable and thread-safe.
 */
public final class Prim {
    private final double peelAlpha;
    private final double pasteAlpha;
    private final double minMass;
    private final double minCoverage;
    private final double maxQuasiP;

    private Prim(Builder b) {
        this.peelAlpha = b.peelAlpha;
        this.pasteAlpha = b.pasteAlpha;
        this.minMass = b.minMass;
        this.minCoverage = b.minCoverage;
        this.maxQuasiP = b.maxQuasiP;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs PRIM on {@code x} (one row per case, one column per input; no NaN) with {@code interest[i]}
     * telling whether case {@code i} is of interest.
     */
    public PrimResult run(double[][] x, boolean[] interest) {
        int n = x.length;
        if (n == 0 || interest.length != n) {
            throw new IllegalArgumentException("need as many cases as labels, and at least one (cases " + n
                    + ", labels " + interest.length + ")");
        }
        int dims = x[0].length;
        for (double[] row : x) {
            if (row.length != dims) {
                throw new IllegalArgumentException("rows differ in length");
            }
            for (double v : row) {
                if (Double.isNaN(v)) {
                    throw new IllegalArgumentException("inputs must not be NaN");
                }
            }
        }
        Data data = new Data(x, interest);
        if (data.totalInterest == 0) {
            throw new IllegalArgumentException("no case is of interest: nothing to find");
        }
        List<BoxStats> peeling = new ArrayList<>();
        Box box = Box.unrestricted(dims);
        peeling.add(data.stats(0, BoxStats.Stage.PEEL, box));
        int minCases = Math.max(1, (int) Math.ceil(minMass * n));
        while (true) {
            BoxStats last = peeling.get(peeling.size() - 1);
            if (last.interest() == last.cases()) {
                break;
            }
            Box next = bestPeel(data, last.box(), minCases);
            if (next == null) {
                break;
            }
            peeling.add(data.stats(peeling.size(), BoxStats.Stage.PEEL, next));
        }
        int chosen = 0;
        for (int i = 1; i < peeling.size(); i++) {
            BoxStats s = peeling.get(i);
            if (s.coverage() >= minCoverage && balance(s) > balance(peeling.get(chosen))) {
                chosen = i;
            }
        }
        BoxStats selected = paste(data, peeling.get(chosen), peeling.size());
        return new PrimResult(peeling, chosen, trim(data, selected));
    }

    /** The harmonic mean of coverage and density: high only when both are. */
    static double balance(BoxStats s) {
        return s.coverage() + s.density() == 0 ? 0 : 2 * s.coverage() * s.density() / (s.coverage() + s.density());
    }

    private Box bestPeel(Data d, Box box, int minCases) {
        int[] in = d.inBox(box);
        int m = in.length;
        int k = Math.max(1, (int) Math.floor(peelAlpha * m));
        Box best = null;
        double bestDensity = -1;
        int bestCases = -1;
        for (int j = 0; j < d.dims; j++) {
            double[] v = new double[m];
            for (int i = 0; i < m; i++) {
                v[i] = d.x[in[i]][j];
            }
            Arrays.sort(v);
            if (v[0] == v[m - 1]) {
                continue;
            }
            double lo = v[Math.min(k, m - 1)];
            if (lo == v[0]) {
                lo = nextAbove(v, v[0]);
            }
            double hi = v[Math.max(m - 1 - k, 0)];
            if (hi == v[m - 1]) {
                hi = nextBelow(v, v[m - 1]);
            }
            for (Box c : new Box[] {box.withLower(j, lo), box.withUpper(j, hi)}) {
                int[] counts = d.count(c, in);
                if (counts[0] < minCases) {
                    continue;
                }
                double density = (double) counts[1] / counts[0];
                if (density > bestDensity || (density == bestDensity && counts[0] > bestCases)) {
                    best = c;
                    bestDensity = density;
                    bestCases = counts[0];
                }
            }
        }
        return best;
    }

    private BoxStats paste(Data d, BoxStats start, int firstStep) {
        BoxStats current = start;
        int step = firstStep;
        while (true) {
            Box box = current.box();
            int k = Math.max(1, (int) Math.floor(pasteAlpha * current.cases()));
            BoxStats best = null;
            for (int j = 0; j < d.dims; j++) {
                if (!box.restricted(j)) {
                    continue;
                }
                // cases inside on every other dimension, outside on j
                Box released = box.release(j);
                List<Double> below = new ArrayList<>();
                List<Double> above = new ArrayList<>();
                for (int i : d.inBox(released)) {
                    double v = d.x[i][j];
                    if (v < box.lower(j)) {
                        below.add(v);
                    } else if (v > box.upper(j)) {
                        above.add(v);
                    }
                }
                below.sort(java.util.Comparator.reverseOrder());
                above.sort(null);
                Box[] options = {
                    below.isEmpty() ? null : box.withLower(j, below.size() <= k ? Double.NEGATIVE_INFINITY
                            : below.get(k - 1)),
                    above.isEmpty() ? null : box.withUpper(j, above.size() <= k ? Double.POSITIVE_INFINITY
                            : above.get(k - 1)),
                };
                for (Box c : options) {
                    if (c == null) {
                        continue;
                    }
                    BoxStats s = d.stats(step, BoxStats.Stage.PASTE, c);
                    if (s.density() >= current.density() && (best == null || s.density() > best.density()
                            || (s.density() == best.density() && s.cases() > best.cases()))) {
                        best = s;
                    }
                }
            }
            if (best == null) {
                return current;
            }
            current = best;
            step++;
        }
    }

    /** Releases, one at a time, the restriction with the largest quasi-p-value above {@code maxQuasiP}. */
    private BoxStats trim(Data d, BoxStats box) {
        BoxStats current = box;
        while (true) {
            int worst = -1;
            double[] p = current.quasiP();
            for (int j : current.box().restrictedDims()) {
                if (p[j] > maxQuasiP && (worst < 0 || p[j] > p[worst])) {
                    worst = j;
                }
            }
            if (worst < 0) {
                return current;
            }
            current = d.stats(current.step() + 1, BoxStats.Stage.TRIM, current.box().release(worst));
        }
    }

    private static double nextAbove(double[] sorted, double v) {
        for (double s : sorted) {
            if (s > v) {
                return s;
            }
        }
        return v;
    }

    private static double nextBelow(double[] sorted, double v) {
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (sorted[i] < v) {
                return sorted[i];
            }
        }
        return v;
    }

    /** The cases and their labels, with the counting PRIM needs. */
    private static final class Data {
        final double[][] x;
        final boolean[] y;
        final int dims;
        final int totalInterest;

        Data(double[][] x, boolean[] y) {
            this.x = x;
            this.y = y;
            this.dims = x[0].length;
            int t = 0;
            for (boolean b : y) {
                t += b ? 1 : 0;
            }
            this.totalInterest = t;
        }

        int[] inBox(Box box) {
            int[] out = new int[x.length];
            int m = 0;
            for (int i = 0; i < x.length; i++) {
                if (box.contains(x[i])) {
                    out[m++] = i;
                }
            }
            return Arrays.copyOf(out, m);
        }

        /** {cases, of interest} of {@code among} that lie in {@code box}. */
        int[] count(Box box, int[] among) {
            int cases = 0;
            int hits = 0;
            for (int i : among) {
                if (box.contains(x[i])) {
                    cases++;
                    hits += y[i] ? 1 : 0;
                }
            }
            return new int[] {cases, hits};
        }

        BoxStats stats(int step, BoxStats.Stage stage, Box box) {
            int[] all = count(box, allCases());
            double[] p = new double[dims];
            Arrays.fill(p, Double.NaN);
            for (int j : box.restrictedDims()) {
                int[] relaxed = count(box.release(j), allCases());
                double p0 = (double) relaxed[1] / relaxed[0];
                p[j] = all[1] == 0 ? 1.0 : BinomialDistribution.of(all[0], p0).survivalProbability(all[1] - 1);
            }
            double density = all[0] == 0 ? 0 : (double) all[1] / all[0];
            return new BoxStats(step, stage, box, all[0], all[1], (double) all[1] / totalInterest, density,
                    (double) all[0] / x.length, p);
        }

        private int[] everything;

        private int[] allCases() {
            if (everything == null) {
                everything = java.util.stream.IntStream.range(0, x.length).toArray();
            }
            return everything;
        }
    }

    /** Settings by name; defaults: peel and paste 5 % of the box per step, minimum mass 5 %, minimum coverage 80 %. */
    public static final class Builder {
        private double peelAlpha = 0.05;
        private double pasteAlpha = 0.05;
        private double minMass = 0.05;
        private double minCoverage = 0.8;
        private double maxQuasiP = 1;

        public Builder peelAlpha(double v) {
            this.peelAlpha = share("peelAlpha", v);
            return this;
        }

        public Builder pasteAlpha(double v) {
            this.pasteAlpha = share("pasteAlpha", v);
            return this;
        }

        public Builder minMass(double v) {
            this.minMass = share("minMass", v);
            return this;
        }

        public Builder minCoverage(double v) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("minCoverage: must be in [0, 1], was " + v);
            }
            this.minCoverage = v;
            return this;
        }

        /**
         * After pasting, release restrictions whose quasi-p-value exceeds this, the largest first, one
         * at a time (default 1: keep every restriction, as PRIM itself does).
         */
        public Builder maxQuasiP(double v) {
            if (!(v > 0 && v <= 1)) {
                throw new IllegalArgumentException("maxQuasiP: must be in (0, 1], was " + v);
            }
            this.maxQuasiP = v;
            return this;
        }

        public Prim build() {
            return new Prim(this);
        }

        private static double share(String name, double v) {
            if (!(v > 0 && v < 1)) {
                throw new IllegalArgumentException(name + ": must be in (0, 1), was " + v);
            }
            return v;
        }
    }
}
