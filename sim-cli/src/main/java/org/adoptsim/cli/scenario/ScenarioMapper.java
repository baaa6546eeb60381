package org.adoptsim.cli.scenario;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.scenario.shape.MapShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.StringShape;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.core.config.ObservedState;
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

    /** Checks {@code root} against {@link #SHAPE} and maps it; {@code fallbackName} is used without a name. */
    public static LoadedScenario map(YNode root, String source, String fallbackName, LoadContext ctx) {
        SHAPE.check(root, "");
        Fields f = Fields.of(root, "");
        Scenario d = Scenario.defaults();
        ReferencedFiles files = new ReferencedFiles(ctx);
        OrganisationMapper.Mapped org = f.has("organisation")
                ? OrganisationMapper.map(f.child("organisation"), d.organisation(), files)
                : new OrganisationMapper.Mapped(d.organisation(), null);
        List<StrategyInfo> infos = f.has("strategies") ? strategies(f.child("strategies")) : presets();
        if (f.has("strategies")) {
            FunctionLeversMapper.checkNames(f.child("strategies"), f.has("functions")
                    ? new ArrayList<>(f.child("functions").map().keys()) : List.of());
        }
        List<Strategy> strategies = infos.stream().map(StrategyInfo::strategy).toList();
        List<String> functionNames = f.has("functions") ? new ArrayList<>(f.child("functions").map().keys()) : List.of();
        ObservedState start = f.has("start") ? StartMapper.map(f.child("start"), org.organisation().teams(),
                new TeamRefs(org.teams(), org.organisation().teams()), strategies, functionNames, files) : null;
        Scenario s = f.build(() -> new Scenario(f.text("name", fallbackName), org.organisation(),
                functions(f, org, f.has("rules") ? RulesMapper.map(f.child("rules"), d.rules()) : d.rules()),
                f.has("run") ? RunSettingsMapper.map(f.child("run"), d.run()) : d.run(),
                strategies, start));
        return new LoadedScenario(source, s, f.text("description", null),
                org.teams() == null ? List.of() : org.teams().names(), infos, files.inputs());
    }

    /** The rules with the file's {@code functions} (docs/model.md, "Across functions"), if it declares any. */
    private static org.adoptsim.core.config.Rules functions(Fields f, OrganisationMapper.Mapped org,
            org.adoptsim.core.config.Rules rules) {
        if (!f.has("functions")) {
            return rules;
        }
        TeamRefs refs = new TeamRefs(org.teams(), org.organisation().teams());
        return rules.withFunctions(FunctionsMapper.map(f.child("functions"), refs));
    }

    private static List<StrategyInfo> strategies(Fields f) {
        List<StrategyInfo> out = new ArrayList<>();
        for (YMap.Entry e : f.map().entries()) {
            out.add(StrategyMapper.map(e.value(), f.pathOf(e.key()), e.key()));
        }
        return out;
    }

    private static List<StrategyInfo> presets() {
        List<StrategyInfo> out = new ArrayList<>();
        for (Strategy s : Scenario.defaults().strategies()) {
            out.add(new StrategyInfo(s, s.name(), null, List.of()));
        }
        return out;
    }
}
