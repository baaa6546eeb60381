package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.number;
import static org.adoptsim.cli.scenario.shape.NumberShape.probability;

import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.core.config.PlatformSpec;

/** {@code rules.platform}: the platform team's hours, maturity and blockers (docs/model.md steps 5 and 7). */
final class PlatformMapper {
    static final ObjectShape SHAPE = ObjectShape.builder()
            .description("the platform team: hours, maturity and blockers (docs/model.md steps 5 and 7)")
            .optional("capacity", number().min(0), "platform hours per week")
            .optional("maintenanceHours", number().min(0), "hours per week keeping the old system alive while used")
            .optional("dualHours", number().min(0), "extra maintenance hours per week per dual (half-migrated) team")
            .optional("supportHours", number().min(0), "hours per week of high-touch support per coalition team")
            .optional("maturity", probability(), "starting maturity m")
            .optional("maturityPerMigration", probability(), "maturity gained per completed migration")
            .optional("maturityPerSupported", probability(), "maturity gained per completed high-touch migration")
            .optional("maturityPerFix", probability(), "maturity gained per blocker fixed")
            .optional("blockerRate", probability(), "weekly blocker probability of a working team at maturity 0")
            .optional("questionShare", probability(), "share of blockers that are only questions")
            .optional("fixEffort", DistributionMapper.PARAMETRIC, "platform hours to fix a blocker (h)")
            .optional("questionHours", number().min(0), "platform hours a question takes when no office hours run")
            .build();

    private PlatformMapper() {
    }

    static PlatformSpec map(Fields f, PlatformSpec p) {
        return f.build(() -> p.toBuilder()
                .capacity(f.number("capacity", p.capacity()))
                .maintenanceHours(f.number("maintenanceHours", p.maintenanceHours()))
                .dualHours(f.number("dualHours", p.dualHours()))
                .supportHours(f.number("supportHours", p.supportHours()))
                .maturity(f.number("maturity", p.maturity()))
                .maturityPerMigration(f.number("maturityPerMigration", p.maturityPerMigration()))
                .maturityPerSupported(f.number("maturityPerSupported", p.maturityPerSupported()))
                .maturityPerFix(f.number("maturityPerFix", p.maturityPerFix()))
                .blockerRate(f.number("blockerRate", p.blockerRate()))
                .questionShare(f.number("questionShare", p.questionShare()))
                .fixEffort(f.has("fixEffort") ? DistributionMapper.map(f.node("fixEffort"), f.pathOf("fixEffort"))
                        : p.fixEffort())
                .questionHours(f.number("questionHours", p.questionHours()))
                .build());
    }
}
