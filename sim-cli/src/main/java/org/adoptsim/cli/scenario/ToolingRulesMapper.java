package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.number;
import static org.adoptsim.cli.scenario.shape.NumberShape.probability;

import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.core.config.ToolingRules;

/** {@code rules.tooling}: what each cost-reduction tool costs the platform team and what it does. */
final class ToolingRulesMapper {
    static final ObjectShape SHAPE = ObjectShape.builder()
            .description("cost and effect of each cost-reduction tool (platform hours to build)")
            .optional("scriptsHours", number().min(0), "migration scripts: build hours")
            .optional("scriptsEffortFactor", probability(), "migration scripts: effort multiplier")
            .optional("runbooksHours", number().min(0), "runbook templates: build hours")
            .optional("runbooksHoursSaved", number().min(0), "runbook templates: hours off each team's effort")
            .optional("shimsHours", number().min(0), "compatibility shims: build hours (dependencies stop blocking)")
            .optional("canaryHours", number().min(0), "canary environment: build hours")
            .optional("canaryFactor", probability(),
                    "canary environment: multiplier on the blocker rate and the post-migration incident rate")
            .build();

    private ToolingRulesMapper() {
    }

    static ToolingRules map(Fields f, ToolingRules t) {
        return f.build(() -> t.toBuilder()
                .scriptsHours(f.number("scriptsHours", t.scriptsHours()))
                .scriptsEffortFactor(f.number("scriptsEffortFactor", t.scriptsEffortFactor()))
                .runbooksHours(f.number("runbooksHours", t.runbooksHours()))
                .runbooksHoursSaved(f.number("runbooksHoursSaved", t.runbooksHoursSaved()))
                .shimsHours(f.number("shimsHours", t.shimsHours()))
                .canaryHours(f.number("canaryHours", t.canaryHours()))
                .canaryFactor(f.number("canaryFactor", t.canaryFactor()))
                .build());
    }
}
