package org.adoptsim.core.random;

/**
 * Counter-based uniforms for the weekly events: the draw for (purpose, team, week) is a pure function
 * of the replicate's key and those coordinates. Team 7's attention draw in week 30 is therefore the
 * same under every strategy, whether or not earlier draws were consumed — common random numbers by
 * construction, with no state, no allocation and no dependence on visiting order or thread count.
 * The stream-based generators of {@link RandomStreams} cannot offer that alignment, which is why the
 * event draws are keyed instead.
 */
public final class EventDraws {
    private static final double TO_UNIT = 0x1.0p-53;
    private final long key;

    EventDraws(long key) {
        this.key = key;
    }

    /** A uniform in [0, 1) for one event. */
    public double uniform(Purpose purpose, int team, int week) {
        return uniform(weekKey(purpose, week), team);
    }

    /**
     * The team-independent half of the draws of (purpose, week): a loop over teams computes it once
     * and calls {@link #uniform(long, int)}, which then costs one mixing round per team.
     */
    public long weekKey(Purpose purpose, int week) {
        return weekKey(purpose, week, 0);
    }

    private long weekKey(Purpose purpose, int week, long salt) {
        return Mix.mix64(key ^ (purpose.id * Mix.GOLDEN + week * 0xD1B54A32D192ED03L) ^ salt);
    }

    /** Exactly {@code uniform(purpose, team, week)}, given {@code weekKey(purpose, week)}. */
    public static double uniform(long weekKey, int team) {
        return bits(weekKey + teamOffset(team)) * TO_UNIT;
    }

    /**
     * The per-team offsets of teams 0 … n-1, for {@link #fillBits}; computed once per organisation.
     */
    public static long[] teamOffsets(int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = teamOffset(i);
        }
        return out;
    }

    /**
     * The draws of every team for one (purpose, week) at once, as 53-bit integers:
     * {@code uniform(weekKey, i) == toUniform(out[i])}, bit for bit. A plain loop over long arrays, which
     * the JIT turns into vector instructions — several times faster per team than calling
     * {@link #uniform(long, int)} in a loop that does other work.
     */
    public static void fillBits(long weekKey, long[] teamOffsets, long[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = bits(weekKey + teamOffsets[i]);
        }
    }

    /** The uniform in [0, 1) made of 53 bits from {@link #fillBits}. */
    public static double toUniform(long bits) {
        return bits * TO_UNIT;
    }

    /**
     * The integer form of a test against a rate: for every 53-bit draw {@code b} of {@link #fillBits},
     * {@code toUniform(b) < rate} exactly when {@code b < below(rate)}, so a loop over many draws can
     * compare integers and skip the conversion. It is exact, not a rounding: {@code toUniform(b)} is
     * b·2⁻⁵³ without error, and so is rate·2⁵³ (a power-of-two scaling, exact down to subnormal rates)
     * unless it overflows to +∞, so the test is b < rate·2⁵³ over the reals, which for an integer b is
     * b < ⌈rate·2⁵³⌉. The cast saturates a huge or infinite product to {@code Long.MAX_VALUE} (every
     * draw passes, as every draw is below such a rate) and turns NaN into 0 (none passes, as with
     * {@code <}); a negative rate gives 0 too. The threshold is thus never negative, so with
     * 0 ≤ b < 2⁵³ the difference {@code b - below(rate)} cannot overflow and its sign bit,
     * {@code (b - below(rate)) >>> 63}, is the test as one bit.
     */
    public static long below(double rate) {
        return Math.max(0, (long) Math.ceil(rate * 0x1.0p53));
    }

    private static long teamOffset(int team) {
        return (team + 1L) * 0xAEF17502108EF2D9L;
    }

    /** 53 random bits of one draw. */
    private static long bits(long z) {
        return Mix.mix64(z) >>> 11;
    }

    /** Equal draws: the same key, so every draw agrees. */
    @Override
    public boolean equals(Object o) {
        return o instanceof EventDraws other && other.key == key;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(key);
    }

    /** A second, independent uniform for the same event (e.g. a blocker's kind). */
    public double uniform2(Purpose purpose, int team, int week) {
        return uniform(weekKey(purpose, week, 0x5851F42D4C957F2DL), team);
    }
}
