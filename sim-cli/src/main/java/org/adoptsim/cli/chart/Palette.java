package org.adoptsim.cli.chart;

import java.awt.BasicStroke;
import java.util.List;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import org.adoptsim.core.result.Reason;

/**
 * Colours and line styles. A strategy keeps one look on every chart of every command (compare, run,
 * report, sweep, analyze) and in the notebooks, assigned by its <em>name</em>, never by its place in a
 * run: the five presets have fixed Okabe–Ito colours (distinguishable with the common colour-vision
 * deficiencies) and solid lines; any other name gets one of the remaining 27 colour and dash
 * combinations by a stable hash of the name ({@link String#hashCode}, fixed by the language), so two
 * custom strategies may share a look but never take a preset's. Laggard reasons get fixed colours
 * grouped by meaning — greens for progress, reds for stuck, blues and purples for the decision gates,
 * greys for not knowing. The functions nobody commands (docs/model.md, "Across functions") get warm
 * colours of the {@code sign-off} reason's family by their place in the scenario's sign-off order, the
 * same on the laggard and the "who is holding the migration" charts.
 */
public final class Palette {
    private static final Color[] STRATEGIES = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66),
    };
    /** The presets, in the order of their colours. */
    private static final List<String> PRESETS = List.of("announce-and-hope", "earned", "mandate-early",
            "earn-then-mandate", "pure-mandate");
    /** Dash patterns for strategies that are not presets (null: solid). */
    private static final float[][] DASHES = {null, {10f, 5f}, {2f, 4f}, {12f, 4f, 2f, 4f}};
    private static final Map<Reason, Color> REASONS = new EnumMap<>(Reason.class);
    /** Functions in sign-off order; the first is the sign-off reason's own colour. Repeats after six. */
    private static final Color[] FUNCTIONS = {
        new Color(244, 109, 67), new Color(140, 81, 10), new Color(231, 41, 138), new Color(128, 0, 38),
        new Color(191, 129, 45), new Color(247, 104, 161),
    };

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

    /** The colour of series {@code index} that is not a strategy (sweep charts of two index kinds). */
    public static Color series(int index) {
        return STRATEGIES[Math.floorMod(index, STRATEGIES.length)];
    }

    /** The colour of the strategy called {@code name}, the same on every chart. */
    public static Color strategy(String name) {
        return STRATEGIES[look(name) % STRATEGIES.length];
    }

    /** The dash pattern of the strategy called {@code name}: null for a solid line. */
    public static float[] dash(String name) {
        float[] d = DASHES[look(name) / STRATEGIES.length];
        return d == null ? null : d.clone();
    }

    /** A line of the strategy's look, {@code width} wide. */
    public static BasicStroke stroke(String name, float width) {
        float[] d = dash(name);
        return d == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, d, 0f);
    }

    /**
     * colour + 8 × dash: a preset's index, or for other names one of the looks no preset has (solid in
     * the three colours presets leave free, or any colour dashed).
     */
    private static int look(String name) {
        int preset = PRESETS.indexOf(name);
        if (preset >= 0) {
            return preset;
        }
        int free = STRATEGIES.length - PRESETS.size();
        int k = Math.floorMod(name.hashCode(), free + STRATEGIES.length * (DASHES.length - 1));
        return k < free ? PRESETS.size() + k : STRATEGIES.length + (k - free);
    }

    public static Color reason(Reason r) {
        return REASONS.get(r);
    }

    /** The colour of the function at index {@code f} of the scenario's sign-off order. */
    public static Color function(int f) {
        return FUNCTIONS[Math.floorMod(f, FUNCTIONS.length)];
    }

    /** The colour with an alpha, for bands. */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
