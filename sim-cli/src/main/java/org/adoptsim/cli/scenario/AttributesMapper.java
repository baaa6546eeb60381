package org.adoptsim.cli.scenario;

import java.util.List;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.TeamAttributes;

/** {@code organisation.attributes}: the eight team attributes of docs/model.md, each optional. */
final class AttributesMapper {
    static final ObjectShape SHAPE = ObjectShape.builder()
            .description("how each team attribute is drawn; a missing attribute keeps docs/model.md's default")
            .optional("threshold", AttributeMapper.SHAPE,
                    "share of visible adoption a team needs before it considers moving (above 1: never by proof alone)")
            .optional("proofNeeded", AttributeMapper.SHAPE,
                    "stable adopters a team must see before it trusts the new system (count; rounded)")
            .optional("effort", AttributeMapper.SHAPE, "engineer-hours a team's migration takes (h)")
            .optional("capacity", AttributeMapper.SHAPE, "hours per week a team can give its migration (h/week)")
            .optional("gain", AttributeMapper.SHAPE, "hours per week the new system saves once migrated (h/week)")
            .optional("stayCost", AttributeMapper.SHAPE, "hidden toil per week of staying on the old system (h/week)")
            .optional("horizon", AttributeMapper.SHAPE, "longest payback a team accepts (weeks)")
            .optional("hiddenDeps", AttributeMapper.SHAPE,
                    "undocumented integrations with the old system (count; rounded)")
            .build();

    private AttributesMapper() {
    }

    /** Each attribute is a part of its own ({@link SharedParts}): overriding one maps only it again. */
    static TeamAttributes map(Fields f, TeamAttributes base, int teams, ReferencedFiles files) {
        return f.build(() -> new TeamAttributes(
                one(f, "threshold", base.threshold(), teams, files),
                one(f, "proofNeeded", base.proofNeeded(), teams, files),
                one(f, "effort", base.effort(), teams, files),
                one(f, "capacity", base.capacity(), teams, files),
                one(f, "gain", base.gain(), teams, files),
                one(f, "stayCost", base.stayCost(), teams, files),
                one(f, "horizon", base.horizon(), teams, files),
                one(f, "hiddenDeps", base.hiddenDeps(), teams, files)));
    }

    private static Attribute one(Fields f, String key, Attribute base, int teams, ReferencedFiles files) {
        return f.has(key) ? files.reuse(f.node(key), List.of("organisation", "attributes", key), teams,
                () -> AttributeMapper.map(f.node(key), f.pathOf(key), base, teams)) : base;
    }
}
