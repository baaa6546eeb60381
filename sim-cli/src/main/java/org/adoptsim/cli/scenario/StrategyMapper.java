package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.integer;
import static org.adoptsim.cli.scenario.shape.NumberShape.number;
import static org.adoptsim.cli.scenario.shape.NumberShape.probability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adoptsim.cli.scenario.shape.BooleanShape;
import org.adoptsim.cli.scenario.shape.EnumShape;
import org.adoptsim.cli.scenario.shape.ListShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.OneOfShape;
import org.adoptsim.cli.scenario.shape.Shape;
import org.adoptsim.cli.scenario.shape.StringShape;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.core.config.Coalition;
import org.adoptsim.core.config.HoldoutEngagement;
import org.adoptsim.core.config.InitialAdopters;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Tool;

/**
 * One strategy: a preset's name alone, or a mapping that starts from {@code preset} (or, without one,
 * from a strategy that does nothing, not even announce) and overrides the fields it gives.
 * {@code initialAdopters} is replaced whole; {@code coalition} and {@code engageHoldouts} field by field
 * (over the core's holdout-engagement defaults when the base has none); mandate and sunset as
 * {@link TimelineMapper} says.
 */
final class StrategyMapper {
    static final EnumShape PRESET = new EnumShape(Presets.all().stream().map(Strategy::name).toList());

    static final ObjectShape OBJECT = FunctionLeversMapper.fields(ObjectShape.builder()
            .description("a strategy: a preset with overrides, or built from scratch")
            .optional("preset", PRESET, "start from this named strategy")
            .optional("description", StringShape.text("a text"), "what the strategy is, in words")
            .optional("initialAdopters", ObjectShape.builder()
                    .description("teams already done at week 0 (a count, or a share of teams when count is 0)")
                    .optional("count", integer().min(0), "number of teams")
                    .optional("share", probability(), "share of teams (rounded)").build(),
                    "teams already done at week 0")
            .optional("coalition", ObjectShape.builder()
                    .description("believers recruited before the announcement, with high-touch support")
                    .optional("size", integer().min(0), "teams in the coalition")
                    .optional("startWeek", integer().min(0), "week the coalition starts migrating").build(),
                    "early adopters with high-touch support")
            .optional("announceWeek", OneOfShape.of("a whole number >= 0 or 'never'", integer().min(0),
                    EnumShape.of("never")), "week of the announcement")
            .optional("tooling", ListShape.of(new EnumShape(toolIds())).distinct(),
                    "cost-reduction tools, built in this order")
            .optional("dashboard", new BooleanShape(), "publish global adoption (visibility of global proof)")
            .optional("showCostOfStaying", new BooleanShape(), "measure and show the cost of staying")
            .optional("champions", new BooleanShape(), "run a champions programme")
            .optional("officeHours", number().min(0), "platform hours per week of office hours")
            .optional("executiveUnblocksPerQuarter", integer().min(0),
                    "willing teams per quarter the sponsor lets start at once")
            .optional("engageHoldouts", OneOfShape.of(
                    "none or {hoursPerConversation, conversionProbability, cooldownWeeks}", EnumShape.of("none"),
                    ObjectShape.builder().description("conversations with holdouts")
                            .optional("hoursPerConversation", number().min(0), "platform hours per conversation")
                            .optional("conversionProbability", probability(), "probability a holdout converts")
                            .optional("cooldownWeeks", integer().min(1), "weeks between talks with one holdout")
                            .build()), "conversations with holdouts")
            .optional("mandate", TimelineMapper.MANDATE, "a mandate")
            .optional("sunset", TimelineMapper.SUNSET, "a planned shutdown of the old system"))
            .build();

    static final Shape SHAPE = OneOfShape.of("a preset's name or a mapping (preset, description, levers)",
            PRESET, OBJECT);

    private StrategyMapper() {
    }

    static StrategyInfo map(YNode node, String path, String name) {
        if (node instanceof YScalar s) {
            return new StrategyInfo(preset(s.text(), name), s.text(), null, List.of());
        }
        Fields f = Fields.of(node, path);
        String preset = f.text("preset", null);
        Strategy base = preset == null ? Strategy.nothing(name) : preset(preset, name);
        Strategy s = f.build(() -> levers(f, base));
        List<String> set = new ArrayList<>(f.map().keys());
        set.removeAll(List.of("preset", "description"));
        return new StrategyInfo(s, preset, f.text("description", null), set);
    }

    private static Strategy preset(String preset, String name) {
        return Presets.byName(preset).orElseThrow().withName(name);
    }

    private static Strategy levers(Fields f, Strategy b) {
        return FunctionLeversMapper.map(f, b, b.toBuilder())
                .initialAdopters(f.has("initialAdopters") ? initial(f.child("initialAdopters")) : b.initialAdopters())
                .coalition(f.has("coalition") ? coalition(f.child("coalition"), b.coalition()) : b.coalition())
                .announceWeek(f.has("announceWeek") ? announce((YScalar) f.node("announceWeek")) : b.announceWeek())
                .tooling(f.has("tooling") ? tools((YList) f.node("tooling")) : b.tooling())
                .dashboard(f.bool("dashboard", b.dashboard()))
                .showCostOfStaying(f.bool("showCostOfStaying", b.showCostOfStaying()))
                .champions(f.bool("champions", b.champions()))
                .officeHours(f.number("officeHours", b.officeHours()))
                .executiveUnblocksPerQuarter(f.integer("executiveUnblocksPerQuarter", b.executiveUnblocksPerQuarter()))
                .engageHoldouts(f.has("engageHoldouts") ? holdouts(f, b.engageHoldouts()) : b.engageHoldouts())
                .mandate(f.has("mandate") ? TimelineMapper.mandate(f.node("mandate"), f.pathOf("mandate"), b.mandate())
                        : b.mandate())
                .sunset(f.has("sunset") ? TimelineMapper.sunset(f.node("sunset"), f.pathOf("sunset"), b.sunset())
                        : b.sunset())
                .build();
    }

    private static InitialAdopters initial(Fields f) {
        return f.build(() -> new InitialAdopters(f.integer("count", 0), f.number("share", 0)));
    }

    private static Coalition coalition(Fields f, Coalition b) {
        return f.build(() -> new Coalition(f.integer("size", b.size()), f.integer("startWeek", b.startWeek())));
    }

    private static int announce(YScalar s) {
        return s.isNumber() ? s.number().intValueExact() : -1;
    }

    private static List<Tool> tools(YList list) {
        List<Tool> out = new ArrayList<>();
        for (YNode n : list.items()) {
            out.add(Tool.valueOf(((YScalar) n).text().toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    private static HoldoutEngagement holdouts(Fields parent, HoldoutEngagement b) {
        if (parent.node("engageHoldouts") instanceof YScalar) {
            return HoldoutEngagement.NONE;
        }
        Fields f = parent.child("engageHoldouts");
        HoldoutEngagement base = b.enabled() ? b : HoldoutEngagement.defaults();
        return f.build(() -> new HoldoutEngagement(f.number("hoursPerConversation", base.hoursPerConversation()),
                f.number("conversionProbability", base.conversionProbability()),
                f.integer("cooldownWeeks", base.cooldownWeeks())));
    }

    private static List<String> toolIds() {
        List<String> ids = new ArrayList<>();
        for (Tool t : Tool.values()) {
            ids.add(t.id());
        }
        return ids;
    }
}
