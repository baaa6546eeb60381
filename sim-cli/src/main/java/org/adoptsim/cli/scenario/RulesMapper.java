package org.adoptsim.cli.scenario;

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

    static Rules map(Fields f, Rules r) {
        return new Rules(
                f.has("decisions") ? DecisionRulesMapper.map(f.child("decisions"), r.decisions()) : r.decisions(),
                f.has("work") ? WorkRulesMapper.map(f.child("work"), r.work()) : r.work(),
                f.has("platform") ? PlatformMapper.map(f.child("platform"), r.platform()) : r.platform(),
                f.has("tooling") ? ToolingRulesMapper.map(f.child("tooling"), r.tooling()) : r.tooling(),
                f.has("sunset") ? SunsetRulesMapper.map(f.child("sunset"), r.sunset()) : r.sunset(),
                f.has("adoption") ? AdoptionRulesMapper.map(f.child("adoption"), r.adoption()) : r.adoption(),
                f.has("ledger") ? LedgerRulesMapper.map(f.child("ledger"), r.ledger()) : r.ledger());
    }
}
