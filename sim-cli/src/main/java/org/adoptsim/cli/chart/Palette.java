package org.adoptsim.cli.chart;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import org.adoptsim.core.result.Reason;

/**
 * Colours: strategies get the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), in run order, repeating after eight; laggard reasons get fixed colours grouped by
 * meaning — greens for progress, reds for stuck, blues and purples for the decision gates, greys for
 * not knowing.
 */
public final class Palette {
    private static final Color[] STRATEGIES = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66),
    };
    private static final Map<Reason, Color> REASONS = new EnumMap<>(Reason.class);

    static {
        REASONS.put(Reason.NONE, new Color(27, 120, 55));
        REASONS.put(Reason.MIGRATING, new Color(127, 191, 123));
        REASONS.put(Reason.DUAL, new Color(230, 171, 2));
        REASONS.put(Reason.BLOCKED_DEPENDENCY, new Color(253, 174, 97));
        REASONS.put(Reason.BLOCKED_PLATFORM, new Color(215, 48, 39));
        REASONS.put(Reason.ROADMAP, new Color(171, 217, 233));
        REASONS.put(Reason.COST, new Color(116, 173, 209));
        REASONS.put(Reason.PROOF, new Color(69, 117, 180));
        REASONS.put(Reason.PEERS, new Color(175, 141, 195));
        REASONS.put(Reason.HOLDOUT, new Color(118, 42, 131));
        REASONS.put(Reason.UNAWARE, new Color(200, 200, 200));
        REASONS.put(Reason.SIGN_OFF, new Color(244, 109, 67));
    }

    private Palette() {
    }

    public static Color strategy(int index) {
        return STRATEGIES[index % STRATEGIES.length];
    }

    public static Color reason(Reason r) {
        return REASONS.get(r);
    }

    /** The colour with an alpha, for bands. */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
