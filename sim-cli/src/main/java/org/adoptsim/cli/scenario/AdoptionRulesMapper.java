package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.number;
import static org.adoptsim.cli.scenario.shape.NumberShape.probability;

import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.core.config.AdoptionRules;

/** {@code rules.adoption}: self-sufficiency after migrating and the adopted state (docs/model.md). */
final class AdoptionRulesMapper {
    static final ObjectShape SHAPE = ObjectShape.builder()
            .description("self-sufficiency after migrating, the adopted state and the initiative-done week (docs/model.md)")
            .optional("supportHours", number().min(0), "hours a week a done team at self-sufficiency 0 asks of the platform team")
            .optional("learningRate", probability(), "weekly growth of self-sufficiency when fully served, per unit of quality")
            .optional("minLearningQuality", probability(), "floor on the quality in that growth")
            .optional("coalitionStart", probability(), "self-sufficiency at completion after high-touch coalition support")
            .optional("runbooksBonus", probability(), "added to the starting self-sufficiency once runbook templates exist")
            .optional("adoptedAt", probability(), "self-sufficiency from which a done team counts as adopted")
            .optional("initiativeSupportShare", probability(),
                    "share of platform capacity under which post-migration support must fall for the initiative to be done")
            .build();

    private AdoptionRulesMapper() {
    }

    static AdoptionRules map(Fields f, AdoptionRules a) {
        return f.build(() -> AdoptionRules.builder()
                .supportHours(f.number("supportHours", a.supportHours()))
                .learningRate(f.number("learningRate", a.learningRate()))
                .minLearningQuality(f.number("minLearningQuality", a.minLearningQuality()))
                .coalitionStart(f.number("coalitionStart", a.coalitionStart()))
                .runbooksBonus(f.number("runbooksBonus", a.runbooksBonus()))
                .adoptedAt(f.number("adoptedAt", a.adoptedAt()))
                .initiativeSupportShare(f.number("initiativeSupportShare", a.initiativeSupportShare()))
                .build());
    }
}
