package org.adoptsim.cli.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adoptsim.cli.scenario.shape.MapShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.StringShape;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;

/**
 * The whole file: {@code name}, {@code description}, {@code organisation}, {@code rules}, {@code run},
 * {@code strategies} and {@code start}, every one optional. Defaults come from {@link Scenario#defaults()} (the name
 * from the file name); a missing {@code strategies} keeps the five presets. {@link #SHAPE} is the root
 * of the published JSON Schema.
 */
public final class ScenarioMapper {
    public static final ObjectShape SHAPE = ObjectShape.builder()
            .description("an adoptsim scenario: an organisation, the model's rules, run settings and named "
                    + "strategies to compare; every field is optional and defaults to docs/model.md's values")
            .optional("name", StringShape.name("a name"), "the scenario's name (default: the file name)")
            .optional("description", StringShape.text("a text"), "what the scenario is about")
            .optional("organisation", OrganisationMapper.SHAPE, OrganisationMapper.SHAPE.description())
            .optional("rules", RulesMapper.SHAPE, RulesMapper.SHAPE.description())
            .optional("run", RunSettingsMapper.SHAPE, RunSettingsMapper.SHAPE.description())
            .optional("functions", FunctionsMapper.SHAPE, FunctionsMapper.SHAPE.description())
            .optional("strategies", new MapShape(StringShape.name("a strategy name"), StrategyMapper.SHAPE,
                    "named strategies to compare (default: the five presets)"),
                    "named strategies to compare, in order (default: the five presets)")
            .optional("start", StartMapper.SHAPE, StartMapper.SHAPE.description())
            .build();

    private ScenarioMapper() {
    }

    /** docs/model.md's defaults, which every field the file leaves out keeps. */
    private static final Scenario DEFAULTS = Scenario.defaults();
    /** The five presets, the strategies of a file without {@code strategies}. */
    private static final List<StrategyInfo> PRESETS = DEFAULTS.strategies().stream()
            .map(s -> new StrategyInfo(s, s.name(), null, List.of())).toList();

    /** Checks {@code root} against {@link #SHAPE} and maps it; {@code fallbackName} is used without a name. */
    public static LoadedScenario map(YNode root, String source, String fallbackName, LoadContext ctx) {
        return map(root, source, fallbackName, ctx, SharedParts.NONE);
    }

    /**
     * As {@link #map(YNode, String, String, LoadContext)}, for a tree made by overrides from the tree of
     * {@code shared}: the parts they share are checked and mapped once ({@link SharedParts}).
     */
    public static LoadedScenario map(YNode root, String source, String fallbackName, LoadContext ctx,
            SharedParts shared) {
        ReferencedFiles files = new ReferencedFiles(ctx, shared);
        files.check(SHAPE, root, "");
        Fields f = Fields.of(root, "");
        OrganisationMapper.Mapped org = f.has("organisation")
                ? files.reuse(f.node("organisation"), List.of("organisation"),
                        () -> OrganisationMapper.map(f.child("organisation"), DEFAULTS.organisation(), files))
                : new OrganisationMapper.Mapped(DEFAULTS.organisation(), null);
        List<StrategyInfo> infos = f.has("strategies") ? strategies(f.child("strategies"), files) : PRESETS;
        List<String> functionNames = f.has("functions") ? new ArrayList<>(f.child("functions").map().keys()) : List.of();
        if (f.has("strategies")) {
            FunctionLeversMapper.checkNames(f.child("strategies"), functionNames);
        }
        List<Strategy> strategies = infos.stream().map(StrategyInfo::strategy).toList();
        TeamRefs refs = new TeamRefs(org.teams(), org.organisation().teams());
        String withoutMandate = StateTable.withoutMandate(strategies);
        ObservedState start = f.has("start") ? files.reuse(f.node("start"), List.of("start"),
                Arrays.asList(refs, withoutMandate, functionNames),
                () -> StartMapper.map(f.child("start"), org.organisation().teams(), refs, withoutMandate, functionNames,
                        files))
                : null;
        Scenario s = f.build(() -> new Scenario(f.text("name", fallbackName), org.organisation(),
                functions(f, refs, f.has("rules") ? files.reuse(f.node("rules"), List.of("rules"),
                        () -> RulesMapper.map(f.child("rules"), DEFAULTS.rules(), files)) : DEFAULTS.rules(), files),
                f.has("run") ? files.reuse(f.node("run"), List.of("run"), () -> RunSettingsMapper.map(f.child("run"), DEFAULTS.run()))
                        : DEFAULTS.run(),
                strategies, start));
        return new LoadedScenario(source, s, f.text("description", null),
                org.teams() == null ? List.of() : org.teams().names(), infos, files.inputs());
    }

    /** The rules with the file's {@code functions} (docs/model.md, "Across functions"), if it declares any. */
    private static Rules functions(Fields f, TeamRefs refs, Rules rules, ReferencedFiles files) {
        if (!f.has("functions")) {
            return rules;
        }
        return rules.withFunctions(files.reuse(f.node("functions"), List.of("functions"), refs,
                () -> FunctionsMapper.map(f.child("functions"), refs)));
    }

    /** Each strategy is its own part: an override of one strategy's lever maps only that strategy again. */
    private static List<StrategyInfo> strategies(Fields f, ReferencedFiles files) {
        List<StrategyInfo> out = new ArrayList<>();
        for (YMap.Entry e : f.map().entries()) {
            out.add(files.reuse(e.value(), List.of("strategies", e.key()),
                    () -> StrategyMapper.map(e.value(), f.pathOf(e.key()), e.key())));
        }
        return out;
    }
}
