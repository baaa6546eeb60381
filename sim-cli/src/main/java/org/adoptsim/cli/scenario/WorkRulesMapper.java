package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.number;
import static org.adoptsim.cli.scenario.shape.NumberShape.probability;

import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.WorkRules;

/** {@code rules.work}: mandate consequences, work, completion, champions and incidents (docs/model.md steps 4–6). */
final class WorkRulesMapper {
    static final ObjectShape SHAPE = ObjectShape.builder()
            .description("mandate consequences, work, completion, champions and incidents (docs/model.md steps 4-6)")
            .optional("readinessShare", number().above(0), "done share at which a mandate counts as fully ready")
            .optional("resentmentFactor", ByArchetype.of(number().min(0),
                    "factor on resentment per archetype", "the factor"), "factor on resentment per archetype")
            .optional("resentmentSlowdown", probability(), "work speed is c (1 - slowdown r)")
            .optional("dualCapacityFactor", probability(), "share of capacity a dual team keeps giving the migration")
            .optional("coalitionSupport", number().above(0), "work multiplier of high-touch support")
            .optional("championWeight", number().above(0), "weight of a champion in its neighbours' local proof")
            .optional("pChampionCoalition", probability(), "probability a coalition team becomes a champion")
            .optional("pChampionOther", probability(), "probability another team does, without a champions programme")
            .optional("pChampionProgramme", probability(), "probability another team does, with a champions programme")
            .optional("championMinQuality", probability(), "migration quality a champion needs")
            .optional("oldIncidentRate", probability(), "incidents per team-week on the old system")
            .optional("newIncidentRate", probability(), "base incidents per team-week after migrating")
            .optional("maturityIncidentFactor", number().min(0), "extra incident factor per unit of missing maturity")
            .optional("qualityIncidentFactor", number().min(0), "extra incident factor per unit of missing quality")
            .build();

    private WorkRulesMapper() {
    }

    static WorkRules map(Fields f, WorkRules w) {
        return f.build(() -> w.toBuilder()
                .readinessShare(f.number("readinessShare", w.readinessShare()))
                .resentmentFactor(resentment(f, w))
                .resentmentSlowdown(f.number("resentmentSlowdown", w.resentmentSlowdown()))
                .dualCapacityFactor(f.number("dualCapacityFactor", w.dualCapacityFactor()))
                .coalitionSupport(f.number("coalitionSupport", w.coalitionSupport()))
                .championWeight(f.number("championWeight", w.championWeight()))
                .pChampionCoalition(f.number("pChampionCoalition", w.pChampionCoalition()))
                .pChampionOther(f.number("pChampionOther", w.pChampionOther()))
                .pChampionProgramme(f.number("pChampionProgramme", w.pChampionProgramme()))
                .championMinQuality(f.number("championMinQuality", w.championMinQuality()))
                .oldIncidentRate(f.number("oldIncidentRate", w.oldIncidentRate()))
                .newIncidentRate(f.number("newIncidentRate", w.newIncidentRate()))
                .maturityIncidentFactor(f.number("maturityIncidentFactor", w.maturityIncidentFactor()))
                .qualityIncidentFactor(f.number("qualityIncidentFactor", w.qualityIncidentFactor()))
                .build());
    }

    private static double[] resentment(Fields f, WorkRules w) {
        double[] factors = w.resentmentFactor();
        if (f.has("resentmentFactor")) {
            Fields r = f.child("resentmentFactor");
            for (Archetype a : Archetype.values()) {
                factors[a.ordinal()] = r.number(a.id(), factors[a.ordinal()]);
            }
        }
        return factors;
    }
}
