package org.adoptsim.cli.sweep.run;

import org.adoptsim.cli.InputException;

/**
 * The K-th of N disjoint, contiguous slices of a sweep's points: slice K (1-based) holds points
 * {@code [⌊(K−1)·P/N⌋, ⌊K·P/N⌋)}. Concatenating the slices in order gives the whole sweep, so merged
 * shards equal an unsharded sweep byte for byte. {@link #WHOLE} is 1/1.
 */
public record Shard(int index, int count) {

    public static final Shard WHOLE = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new InputException("--shard: must be K/N with 1 <= K <= N, was " + index + "/" + count);
        }
    }

    /** Parses {@code K/N}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // falls through to the one-line error below
        }
        throw new InputException("--shard: must be K/N (e.g. 3/8), was '" + text + "'");
    }

    public long from(long points) {
        return slice(points, index - 1);
    }

    public long to(long points) {
        return slice(points, index);
    }

    private long slice(long points, int k) {
        return java.math.BigInteger.valueOf(points).multiply(java.math.BigInteger.valueOf(k))
                .divide(java.math.BigInteger.valueOf(count)).longValueExact();
    }

    public boolean whole() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
