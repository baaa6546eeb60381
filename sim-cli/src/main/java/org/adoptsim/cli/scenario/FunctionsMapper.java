package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.integer;
import static org.adoptsim.cli.scenario.shape.NumberShape.number;
import static org.adoptsim.cli.scenario.shape.NumberShape.probability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.scenario.shape.EnumShape;
import org.adoptsim.cli.scenario.shape.ListShape;
import org.adoptsim.cli.scenario.shape.MapShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.OneOfShape;
import org.adoptsim.cli.scenario.shape.StringShape;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.CrossFunction;
import org.adoptsim.core.config.FunctionNeed;
import org.adoptsim.core.config.Functions;
import org.adoptsim.core.config.SignOffStage;

/**
 * {@code functions}: the functions nobody commands (docs/model.md, "Across functions"), a mapping from
 * each function's name to its parameters, in sign-off order. {@code neededBy} is {@code all} or exactly
 * one of {@code share}, {@code archetypes} (a share per archetype), {@code departments} (department
 * indices) or {@code teams} (names from the teams file, or indices).
 */
final class FunctionsMapper {
    private static final CrossFunction DEFAULTS = CrossFunction.builder("defaults").build();

    static final ObjectShape NEEDED_BY = ObjectShape.builder()
            .description("which teams need the sign-off: exactly one of share, archetypes, departments, teams")
            .optional("share", probability(), "a share of all teams, each drawn independently")
            .optional("archetypes", ByArchetype.of(probability(), "a share per archetype (missing: 0)", "share"),
                    "a share per archetype (archetypes not listed: none)")
            .optional("departments", ListShape.of(integer().min(0)).distinct().nonEmpty(),
                    "every team of these departments (0-based indices)")
            .optional("teams", ListShape.of(OneOfShape.of("a team name or a 0-based index",
                    StringShape.name("a team name"), integer().min(0))).distinct().nonEmpty(),
                    "exactly these teams (names from the teams file, or 0-based indices)")
            .build();

    static final ObjectShape FUNCTION = ObjectShape.builder()
            .description("a function whose sign-off teams need: its rhythm, capacity, review time and alignment")
            .optional("stage", new EnumShape(List.of("start", "switch")),
                    "start: needed before the work can start; switch: before the old system is switched off (default switch)")
            .optional("cadenceWeeks", integer().min(1), "weeks between its sessions (default 4)")
            .optional("capacity", number().above(0), "reviews started per session when fully aligned (default 2)")
            .optional("reviewWeeks", number().above(0), "weeks a review lasts (default 1)")
            .optional("alignment", probability(), "how much the function sees its own benefit, 0..1 (default 0.3)")
            .optional("reworkHours", number().min(0), "hours a send-back costs the team (default 24)")
            .optional("neededBy", OneOfShape.of("'all' or {share | archetypes | departments | teams}",
                    EnumShape.of("all"), NEEDED_BY), "which teams need it (default all)")
            .build();

    static final MapShape SHAPE = new MapShape(StringShape.name("a function name"), FUNCTION,
            "functions nobody commands whose sign-off teams need, in sign-off order (default: none)");

    private FunctionsMapper() {
    }

    static Functions map(Fields f, TeamRefs refs) {
        List<CrossFunction> out = new ArrayList<>();
        for (YMap.Entry e : f.map().entries()) {
            out.add(function(Fields.of(e.value(), f.pathOf(e.key())), e.key(), refs));
        }
        return f.build(() -> new Functions(out));
    }

    private static CrossFunction function(Fields f, String name, TeamRefs refs) {
        FunctionNeed need = f.has("neededBy") ? need(f, refs) : FunctionNeed.ALL;
        return f.build(() -> CrossFunction.builder(name)
                .stage(f.word("stage", s -> SignOffStage.valueOf(s.toUpperCase(java.util.Locale.ROOT)), DEFAULTS.stage()))
                .cadenceWeeks(f.integer("cadenceWeeks", DEFAULTS.cadenceWeeks()))
                .capacity(f.number("capacity", DEFAULTS.capacity()))
                .reviewWeeks(f.number("reviewWeeks", DEFAULTS.reviewWeeks()))
                .alignment(f.number("alignment", DEFAULTS.alignment()))
                .reworkHours(f.number("reworkHours", DEFAULTS.reworkHours()))
                .need(need)
                .build());
    }

    private static FunctionNeed need(Fields parent, TeamRefs refs) {
        if (parent.node("neededBy") instanceof YScalar) {
            return FunctionNeed.ALL;
        }
        Fields f = parent.child("neededBy");
        List<String> given = new ArrayList<>(f.map().keys());
        if (given.size() != 1) {
            throw f.error("give exactly one of share, archetypes, departments, teams (found "
                    + (given.isEmpty() ? "none" : String.join(", ", given)) + ")");
        }
        return switch (given.get(0)) {
            case "share" -> f.build(() -> new FunctionNeed.Share(f.number("share", 1)));
            case "archetypes" -> archetypes(f.child("archetypes"));
            case "departments" -> departments(f);
            default -> teams(f, refs);
        };
    }

    private static FunctionNeed archetypes(Fields f) {
        Map<Archetype, Double> shares = new EnumMap<>(Archetype.class);
        for (Archetype a : Archetype.values()) {
            if (f.has(a.id())) {
                shares.put(a, f.number(a.id(), 0));
            }
        }
        return f.build(() -> new FunctionNeed.ByArchetype(shares));
    }

    private static FunctionNeed departments(Fields f) {
        Map<Integer, Double> shares = new java.util.HashMap<>();
        for (YNode n : ((YList) f.node("departments")).items()) {
            shares.put(((YScalar) n).number().intValueExact(), 1.0);
        }
        return f.build(() -> new FunctionNeed.ByDepartment(shares));
    }

    private static FunctionNeed teams(Fields f, TeamRefs refs) {
        List<Integer> teams = new ArrayList<>();
        YList list = (YList) f.node("teams");
        for (int k = 0; k < list.size(); k++) {
            YNode n = list.get(k);
            teams.add(refs.resolve(((YScalar) n).text(), n.where(), f.pathOf("teams") + "[" + k + "]"));
        }
        return f.build(() -> new FunctionNeed.Teams(teams));
    }
}
