package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.number;

import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.core.config.LedgerRules;

/** {@code rules.ledger}: the prices of the hours ledger (docs/model.md). */
final class LedgerRulesMapper {
    static final ObjectShape SHAPE = ObjectShape.builder()
            .description("the prices of the hours ledger: incidents in engineer-hours, hours per FTE (docs/model.md)")
            .optional("incidentHours", number().min(0), "hours per incident on the old or the new system")
            .optional("plannedIncidentHours", number().min(0), "hours per small incident in the planned dark-period window")
            .optional("shutdownIncidentHours", number().min(0), "hours per hidden dependency breaking at shutdown")
            .optional("hoursPerFte", number().above(0), "engineer hours per week of one full-time equivalent")
            .build();

    private LedgerRulesMapper() {
    }

    static LedgerRules map(Fields f, LedgerRules l) {
        return f.build(() -> LedgerRules.builder()
                .incidentHours(f.number("incidentHours", l.incidentHours()))
                .plannedIncidentHours(f.number("plannedIncidentHours", l.plannedIncidentHours()))
                .shutdownIncidentHours(f.number("shutdownIncidentHours", l.shutdownIncidentHours()))
                .hoursPerFte(f.number("hoursPerFte", l.hoursPerFte()))
                .build());
    }
}
