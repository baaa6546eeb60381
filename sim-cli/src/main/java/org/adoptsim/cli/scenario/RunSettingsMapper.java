package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.integer;

import org.adoptsim.cli.scenario.input.InputLimits;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.core.config.RunSettings;

/** {@code run}: weeks per run, replicates per strategy, root seed. */
final class RunSettingsMapper {
    static final ObjectShape SHAPE = ObjectShape.builder()
            .description("how long and how often to run")
            .optional("weeks", integer().min(1).max(InputLimits.MAX_WEEKS), "weeks per run")
            .optional("replicates", integer().min(1).max(InputLimits.MAX_REPLICATES), "replicates (organisations drawn) per strategy")
            .optional("seed", integer().asLong(), "root seed: same scenario and seed give the same results")
            .build();

    private RunSettingsMapper() {
    }

    static RunSettings map(Fields f, RunSettings r) {
        return f.build(() -> new RunSettings(f.integer("weeks", r.weeks()), f.integer("replicates", r.replicates()),
                f.longInteger("seed", r.seed())));
    }
}
