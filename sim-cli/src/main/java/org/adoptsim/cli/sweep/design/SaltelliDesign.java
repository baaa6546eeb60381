package org.adoptsim.cli.sweep.design;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for Sobol indices on a Sobol low-discrepancy sequence (Commons Math 3,
 * Joe–Kuo direction numbers). Row j (j = 0 … N−1) uses point j+1 of the 2k-dimensional sequence (the
 * all-zero point 0 is skipped): its first k coordinates are row j of matrix A, the last k row j of B.
 * Each row gives k + 2 consecutive design points: A_j, B_j, then AB_j^(i) for i = 1 … k — A_j with
 * coordinate i taken from B_j. So point {@code index} is row {@code index / (k+2)}, block
 * {@code index % (k+2)}. Deterministic (no seed). Not thread-safe: one caller at a time.
 */
public final class SaltelliDesign implements Design {
    private final int k;
    private final int samples;
    private final SobolSequenceGenerator sobol;
    private long cachedRow = -1;
    private double[] row;

    public SaltelliDesign(int samples, int dimensions) {
        if (samples < 1 || dimensions < 1) {
            throw new IllegalArgumentException("samples and dimensions: must be >= 1");
        }
        this.k = dimensions;
        this.samples = samples;
        this.sobol = new SobolSequenceGenerator(2 * dimensions);
    }

    /** Points per row: A, B and the k mixed rows. */
    public static int block(int dimensions) {
        return dimensions + 2;
    }

    public int samples() {
        return samples;
    }

    @Override
    public long size() {
        return (long) samples * (k + 2);
    }

    @Override
    public int dimensions() {
        return k;
    }

    @Override
    public void unit(long index, double[] out) {
        long r = index / (k + 2);
        int b = (int) (index % (k + 2));
        if (r != cachedRow) {
            row = sobol.skipTo(Math.toIntExact(r + 1));
            cachedRow = r;
        }
        for (int d = 0; d < k; d++) {
            boolean fromB = b == 1 || b == d + 2;
            out[d] = row[fromB ? k + d : d];
        }
    }
}
