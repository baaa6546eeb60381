package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.integer;
import static org.adoptsim.cli.scenario.shape.NumberShape.number;
import static org.adoptsim.cli.scenario.shape.NumberShape.probability;

import org.adoptsim.cli.scenario.shape.BooleanShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.core.config.SunsetRules;

/** {@code rules.sunset}: what happens between a sunset's announcement and the shutdown (docs/model.md step 8). */
final class SunsetRulesMapper {
    static final ObjectShape SHAPE = ObjectShape.builder()
            .description("what happens between a sunset's announcement and the shutdown (docs/model.md step 8)")
            .optional("discoveryRate", probability(), "weekly probability each hidden dependency is found once announced")
            .optional("hoursPerHiddenDep", number().min(0), "extra migration hours per hidden dependency found")
            .optional("throttleWeeks", integer().min(0), "weeks before shutdown the old system is throttled")
            .optional("throttleFactor", number().min(0), "multiplier on stayCost while throttled")
            .optional("darkPeriod", new BooleanShape(), "whether a dark period before shutdown reveals every hidden dependency")
            .optional("emergencyQuality", probability(), "quality of the emergency migrations forced at shutdown")
            .build();

    private SunsetRulesMapper() {
    }

    static SunsetRules map(Fields f, SunsetRules s) {
        return f.build(() -> s.toBuilder()
                .discoveryRate(f.number("discoveryRate", s.discoveryRate()))
                .hoursPerHiddenDep(f.number("hoursPerHiddenDep", s.hoursPerHiddenDep()))
                .throttleWeeks(f.integer("throttleWeeks", s.throttleWeeks()))
                .throttleFactor(f.number("throttleFactor", s.throttleFactor()))
                .darkPeriod(f.bool("darkPeriod", s.darkPeriod()))
                .emergencyQuality(f.number("emergencyQuality", s.emergencyQuality()))
                .build());
    }
}
