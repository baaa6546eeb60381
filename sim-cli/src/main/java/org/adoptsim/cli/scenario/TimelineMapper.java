package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.integer;
import static org.adoptsim.cli.scenario.shape.NumberShape.number;
import static org.adoptsim.cli.scenario.shape.NumberShape.probability;

import org.adoptsim.cli.scenario.shape.BooleanShape;
import org.adoptsim.cli.scenario.shape.EnumShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.OneOfShape;
import org.adoptsim.cli.scenario.shape.Shape;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.Sunset;
import org.adoptsim.core.config.Trigger;

/**
 * A strategy's mandate and sunset: {@code none}, or a mapping whose {@code atWeek}/{@code atShare} say
 * when it fires (whichever comes first; giving either replaces the base strategy's trigger as a whole)
 * and whose other fields override the base strategy's one by one. The result must fire at some point.
 */
final class TimelineMapper {
    static final Shape MANDATE = OneOfShape.of("none or {atWeek, atShare, deadlineWeeks, pressure, executiveBacking}",
            EnumShape.of("none"),
            ObjectShape.builder().description("a mandate: every idle or willing team must start")
                    .optional("atWeek", integer().min(0), "fires at this week")
                    .optional("atShare", probability(), "fires when last week's honest adoption reaches this share")
                    .optional("deadlineWeeks", integer().min(1), "weeks from firing to the deadline")
                    .optional("pressure", number().min(0), "resentment pressure")
                    .optional("executiveBacking", new BooleanShape(),
                            "forced teams start at once instead of at the next quarter boundary")
                    .build());

    static final Shape SUNSET = OneOfShape.of("none or {atWeek, atShare, leadWeeks}",
            EnumShape.of("none"),
            ObjectShape.builder().description("a planned shutdown of the old system")
                    .optional("atWeek", integer().min(0), "announced at this week")
                    .optional("atShare", probability(), "announced when last week's honest adoption reaches this share")
                    .optional("leadWeeks", integer().min(1), "weeks from announcement to shutdown")
                    .build());

    private TimelineMapper() {
    }

    static Mandate mandate(YNode node, String path, Mandate base) {
        if (node instanceof YScalar) {
            return Mandate.NONE;
        }
        Fields f = Fields.of(node, path);
        Mandate m = f.build(() -> new Mandate(trigger(f, base.trigger()), f.integer("deadlineWeeks", base.deadlineWeeks()),
                f.number("pressure", base.pressure()), f.bool("executiveBacking", base.executiveBacking())));
        requireFires(f, m.enabled(), "mandate");
        return m;
    }

    static Sunset sunset(YNode node, String path, Sunset base) {
        if (node instanceof YScalar) {
            return Sunset.NONE;
        }
        Fields f = Fields.of(node, path);
        Sunset s = f.build(() -> new Sunset(trigger(f, base.trigger()), f.integer("leadWeeks", base.leadWeeks())));
        requireFires(f, s.enabled(), "sunset");
        return s;
    }

    private static Trigger trigger(Fields f, Trigger base) {
        if (!f.has("atWeek") && !f.has("atShare")) {
            return base;
        }
        return new Trigger(f.integer("atWeek", -1), f.number("atShare", -1));
    }

    private static void requireFires(Fields f, boolean enabled, String what) {
        if (!enabled) {
            throw f.error("says nothing about when the " + what + " fires: give atWeek or atShare (or write '"
                    + what + ": none')");
        }
    }
}
