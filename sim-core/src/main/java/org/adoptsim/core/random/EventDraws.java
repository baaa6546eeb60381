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
        long h = Mix.mix64(weekKey + (team + 1L) * 0xAEF17502108EF2D9L);
        return (h >>> 11) * TO_UNIT;
    }

    /** A second, independent uniform for the same event (e.g. a blocker's kind). */
    public double uniform2(Purpose purpose, int team, int week) {
        return uniform(weekKey(purpose, week, 0x5851F42D4C957F2DL), team);
    }
}
