package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.integer;
import static org.adoptsim.cli.scenario.shape.NumberShape.number;
import static org.adoptsim.cli.scenario.shape.NumberShape.probability;

import java.util.Locale;
import org.adoptsim.cli.scenario.shape.BooleanShape;
import org.adoptsim.cli.scenario.shape.EnumShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.core.config.DecisionRule;
import org.adoptsim.core.config.DecisionRules;

/** {@code rules.decisions}: how an idle team turns willing, and the roadmap (docs/model.md steps 2–3). */
final class DecisionRulesMapper {
    static final ObjectShape SHAPE = ObjectShape.builder()
            .description("how an idle team turns willing, and the roadmap (docs/model.md steps 2-3)")
            .optional("rule", EnumShape.of("threshold", "bass"),
                    "threshold: social proof must reach the team's threshold; "
                            + "bass: weekly probability attention * (1 - exp(-(p + q S)))")
            .optional("bassP", number().min(0), "Bass innovation rate p (per week; rule bass)")
            .optional("bassQ", number().min(0), "Bass imitation rate q (per week; rule bass)")
            .optional("attention", probability(), "weekly probability that a team whose gates all hold acts on it")
            .optional("stableWeeks", integer().min(0), "weeks a team must have been done to count as a stable adopter")
            .optional("proofGate", new BooleanShape(), "whether the trust gate (stable adopters >= proofNeeded) applies")
            .optional("valueGate", new BooleanShape(), "whether the value gate (payback <= horizon) applies")
            .optional("visibility", probability(), "dashboard weight v of global proof when a strategy publishes one")
            .optional("roadmap", new BooleanShape(), "whether willing teams wait for the next quarter boundary")
            .optional("quarterWeeks", integer().min(1), "weeks per planning quarter")
            .build();

    private DecisionRulesMapper() {
    }

    static DecisionRules map(Fields f, DecisionRules d) {
        return f.build(() -> d.toBuilder()
                .rule(f.word("rule", w -> DecisionRule.valueOf(w.toUpperCase(Locale.ROOT)), d.rule()))
                .bassP(f.number("bassP", d.bassP()))
                .bassQ(f.number("bassQ", d.bassQ()))
                .attention(f.number("attention", d.attention()))
                .stableWeeks(f.integer("stableWeeks", d.stableWeeks()))
                .proofGate(f.bool("proofGate", d.proofGate()))
                .valueGate(f.bool("valueGate", d.valueGate()))
                .visibility(f.number("visibility", d.visibility()))
                .roadmap(f.bool("roadmap", d.roadmap()))
                .quarterWeeks(f.integer("quarterWeeks", d.quarterWeeks()))
                .build());
    }
}
