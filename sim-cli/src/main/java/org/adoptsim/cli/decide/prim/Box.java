package org.adoptsim.cli.decide.prim;

import java.util.Arrays;

/**
 * Limits per input dimension, both inclusive: a case is in the box when {@code lower[j] <= x[j] <= upper[j]}
 * for every {@code j}. An unrestricted side is infinite. Immutable (the arrays are copied in and out).
 */
public final class Box {
    private final double[] lower;
    private final double[] upper;

    public Box(double[] lower, double[] upper) {
        if (lower.length != upper.length) {
            throw new IllegalArgumentException("lower and upper limits differ in length");
        }
        this.lower = lower.clone();
        this.upper = upper.clone();
    }

    /** The box that restricts nothing in {@code dims} dimensions. */
    public static Box unrestricted(int dims) {
        double[] lo = new double[dims];
        double[] hi = new double[dims];
        Arrays.fill(lo, Double.NEGATIVE_INFINITY);
        Arrays.fill(hi, Double.POSITIVE_INFINITY);
        return new Box(lo, hi);
    }

    public int dims() {
        return lower.length;
    }

    public double lower(int j) {
        return lower[j];
    }

    public double upper(int j) {
        return upper[j];
    }

    public boolean restricted(int j) {
        return lower[j] != Double.NEGATIVE_INFINITY || upper[j] != Double.POSITIVE_INFINITY;
    }

    /** The indices of the restricted dimensions, ascending. */
    public int[] restrictedDims() {
        return java.util.stream.IntStream.range(0, dims()).filter(this::restricted).toArray();
    }

    public boolean contains(double[] x) {
        for (int j = 0; j < lower.length; j++) {
            if (!(x[j] >= lower[j] && x[j] <= upper[j])) {
                return false;
            }
        }
        return true;
    }

    /** Whether every case this box admits is admitted by {@code outer} (limit by limit). */
    public boolean within(Box outer) {
        for (int j = 0; j < lower.length; j++) {
            if (lower[j] < outer.lower[j] || upper[j] > outer.upper[j]) {
                return false;
            }
        }
        return true;
    }

    public Box withLower(int j, double v) {
        double[] lo = lower.clone();
        lo[j] = v;
        return new Box(lo, upper);
    }

    public Box withUpper(int j, double v) {
        double[] hi = upper.clone();
        hi[j] = v;
        return new Box(lower, hi);
    }

    /** This box without any restriction on dimension {@code j}. */
    public Box release(int j) {
        return withLower(j, Double.NEGATIVE_INFINITY).withUpper(j, Double.POSITIVE_INFINITY);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box b && Arrays.equals(lower, b.lower) && Arrays.equals(upper, b.upper);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lower) + Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Box[");
        for (int j = 0; j < lower.length; j++) {
            b.append(j == 0 ? "" : ", ").append(lower[j]).append("..").append(upper[j]);
        }
        return b.append(']').toString();
    }
}
