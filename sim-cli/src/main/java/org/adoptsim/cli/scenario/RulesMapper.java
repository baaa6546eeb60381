package org.adoptsim.cli.scenario;

import java.util.List;
import java.util.function.Function;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.core.config.Rules;

/** {@code rules}: every behavioural parameter that is not a strategy lever; each section optional. */
final class RulesMapper {
    static final ObjectShape SHAPE = ObjectShape.builder()
            .description("behavioural parameters of the model; anything missing keeps docs/model.md's default")
            .optional("decisions", DecisionRulesMapper.SHAPE, DecisionRulesMapper.SHAPE.description())
            .optional("work", WorkRulesMapper.SHAPE, WorkRulesMapper.SHAPE.description())
            .optional("platform", PlatformMapper.SHAPE, PlatformMapper.SHAPE.description())
            .optional("tooling", ToolingRulesMapper.SHAPE, ToolingRulesMapper.SHAPE.description())
            .optional("sunset", SunsetRulesMapper.SHAPE, SunsetRulesMapper.SHAPE.description())
            .optional("adoption", AdoptionRulesMapper.SHAPE, AdoptionRulesMapper.SHAPE.description())
            .optional("ledger", LedgerRulesMapper.SHAPE, LedgerRulesMapper.SHAPE.description())
            .build();

    private RulesMapper() {
    }

    /** Each section is a part of its own ({@link SharedParts}): overriding one rule maps only its section again. */
    static Rules map(Fields f, Rules r, ReferencedFiles files) {
        return new Rules(
                section(f, "decisions", files, c -> DecisionRulesMapper.map(c, r.decisions()), r.decisions()),
                section(f, "work", files, c -> WorkRulesMapper.map(c, r.work()), r.work()),
                section(f, "platform", files, c -> PlatformMapper.map(c, r.platform()), r.platform()),
                section(f, "tooling", files, c -> ToolingRulesMapper.map(c, r.tooling()), r.tooling()),
                section(f, "sunset", files, c -> SunsetRulesMapper.map(c, r.sunset()), r.sunset()),
                section(f, "adoption", files, c -> AdoptionRulesMapper.map(c, r.adoption()), r.adoption()),
                section(f, "ledger", files, c -> LedgerRulesMapper.map(c, r.ledger()), r.ledger()));
    }

    private static <T> T section(Fields f, String key, ReferencedFiles files, Function<Fields, T> map, T fallback) {
        return f.has(key) ? files.reuse(f.node(key), List.of("rules", key), () -> map.apply(f.child(key))) : fallback;
    }
}
