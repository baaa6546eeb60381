package org.adoptsim.core.engine;

import static org.adoptsim.core.config.Distribution.constant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Sunset;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.config.Trigger;
import org.adoptsim.core.result.Ledger;
import org.adoptsim.core.result.LedgerEntry;
import org.adoptsim.core.result.PlatformUse;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.testkit.Records;
import org.adoptsim.core.testkit.Runs;
import org.adoptsim.core.testkit.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/**
 * Each entry of the hours ledger (docs/model.md, "The ledger") on one team whose week can be followed
 * by hand: effort 100 h at 30 h a week (done in week 3), gain 10 h and stayCost 5 h a week, no hidden
 * dependencies, no incidents unless a test asks for them.
 */
class LedgerTest {
    private static ScenarioBuilder oneTeam() {
        return ScenarioBuilder.lab(1).threshold(constant(0)).effort(constant(100)).capacity(constant(30))
                .attribute("gain", Attribute.of(constant(10), 0, Double.MAX_VALUE))
                .attribute("stayCost", Attribute.of(constant(5), 0, Double.MAX_VALUE))
                .attribute("hiddenDeps", Attribute.of(constant(0), 0, Double.MAX_VALUE))
                .work(w -> Records.with(w, "oldIncidentRate", 0.0, "newIncidentRate", 0.0));
    }

    private static Ledger ledger(ScenarioBuilder b) {
        return Runs.trace(b.build(), 0).result().metrics().ledger();
    }

    @Test
    void migrationStayingGainAndUpkeepOfOneVoluntaryMove() {
        RunResult r = Runs.trace(oneTeam().weeks(10).build(), 0).result();
        assertEquals(3, r.teams().doneWeek(0), "30 + 30 + 30 + 10 h");
        Ledger l = r.metrics().ledger();
        assertEquals(100, l.hours(LedgerEntry.MIGRATION), 1e-9);
        assertEquals(3 * 5, l.hours(LedgerEntry.STAYING), 1e-9, "weeks 0–2 on the old system");
        assertEquals(7 * 10, l.hours(LedgerEntry.GAIN), 1e-9, "weeks 3–9 at g·q = 10");
        assertEquals(4 * 20, l.hours(LedgerEntry.PLATFORM), 1e-9, "upkeep in weeks 0–3");
        assertEquals(4 * 20, l.platformHours(PlatformUse.UPKEEP), 1e-9);
        assertEquals(0, l.hours(LedgerEntry.DUAL));
        assertEquals(0, l.hours(LedgerEntry.INCIDENTS));
        assertEquals(70 - (100 + 15 + 80), l.net(), 1e-9);
        assertEquals(l.net(), r.series().netHours(9), 1e-9, "the last week of the series is the run's ledger");
        assertEquals(100.0 / (40 * 10), l.fte(LedgerEntry.MIGRATION), 1e-12);
    }

    @Test
    void postMigrationSupportIsPlatformTime() {
        Ledger l = ledger(oneTeam().adoption(a -> a.toBuilder().supportHours(3).build()).weeks(6));
        // served in weeks 4 and 5: 3 h, then 3·0.92 h
        assertEquals(3 + 3 * 0.92, l.platformHours(PlatformUse.POST_MIGRATION_SUPPORT), 1e-9);
        assertEquals(80 + 3 + 3 * 0.92, l.hours(LedgerEntry.PLATFORM), 1e-9);
    }

    @Test
    void platformHoursAreSplitByUse() {
        // nobody moves; runbook templates (80 h) are built in week 0, office hours (8 h) run every week
        Strategy s = Strategy.builder("levers").announceWeek(0).tooling(java.util.List.of(Tool.RUNBOOKS)).officeHours(8)
                .build();
        Ledger l = ledger(oneTeam().threshold(constant(2)).strategy(x -> s).weeks(3));
        assertEquals(3 * 20, l.platformHours(PlatformUse.UPKEEP), 1e-9);
        assertEquals(80, l.platformHours(PlatformUse.TOOLING), 1e-9);
        assertEquals(3 * 8, l.platformHours(PlatformUse.OFFICE_HOURS), 1e-9);
        assertEquals(0, l.platformHours(PlatformUse.BLOCKERS));
        assertEquals(60 + 80 + 24, l.hours(LedgerEntry.PLATFORM), 1e-9);
    }

    @Test
    void incidentsArePricedByKind() {
        // every old-system team-week has an incident: weeks 0–2, 8 h each
        Ledger l = ledger(oneTeam().work(w -> Records.with(w, "oldIncidentRate", 1.0)).weeks(5));
        assertEquals(3 * 8, l.hours(LedgerEntry.INCIDENTS), 1e-9);
        Ledger dear = ledger(oneTeam().work(w -> Records.with(w, "oldIncidentRate", 1.0))
                .ledger(p -> p.toBuilder().incidentHours(20).build()).weeks(5));
        assertEquals(3 * 20, dear.hours(LedgerEntry.INCIDENTS), 1e-9);
    }

    @Test
    void aShutdownChargesTheRemainingEffortAndItsIncidents() {
        // never moves by itself; sunset at week 0, shutdown at week 2; one hidden dependency never found
        Strategy sunset = Strategy.nothing("sunset").withAnnounceWeek(0).withSunset(new Sunset(Trigger.atWeek(0), 2));
        ScenarioBuilder b = oneTeam().threshold(constant(2)).strategy(s -> sunset)
                .attribute("hiddenDeps", Attribute.of(constant(1), 0, Double.MAX_VALUE))
                .sunsetRules(s -> s.toBuilder().discoveryRate(0).darkPeriod(false).build())
                .weeks(4);
        RunResult r = Runs.trace(b.build(), 0).result();
        Ledger l = r.metrics().ledger();
        assertEquals(1, r.metrics().forcedAtShutdown());
        assertEquals(100, l.hours(LedgerEntry.MIGRATION), 1e-9, "the whole effort, charged at shutdown");
        assertEquals(100, r.metrics().migrationHours(), 1e-9);
        assertEquals(24, l.hours(LedgerEntry.INCIDENTS), 1e-9, "one hidden dependency breaking at shutdown");
        // throttled from week 2 − 13 < 0, so weeks 0 and 1 cost 3 × 5 h
        assertEquals(2 * 15, l.hours(LedgerEntry.STAYING), 1e-9);
        assertEquals(2 * 10 * 0.3, l.hours(LedgerEntry.GAIN), 1e-9, "weeks 2–3 at g·q = 10 · 0.3");
    }

    @Test
    void aDarkPeriodRevealsDependenciesAsSmallIncidentsAndWork() {
        Strategy sunset = Strategy.nothing("sunset").withAnnounceWeek(0).withSunset(new Sunset(Trigger.atWeek(0), 2));
        ScenarioBuilder b = oneTeam().threshold(constant(2)).strategy(s -> sunset)
                .attribute("hiddenDeps", Attribute.of(constant(1), 0, Double.MAX_VALUE))
                .sunsetRules(s -> s.toBuilder().discoveryRate(0).hoursPerHiddenDep(16).darkPeriod(true).build())
                .weeks(4);
        Ledger l = ledger(b);
        assertEquals(2, l.hours(LedgerEntry.INCIDENTS), 1e-9, "revealed in the planned window");
        assertEquals(116, l.hours(LedgerEntry.MIGRATION), 1e-9, "its 16 h join the forced effort");
    }

    @Test
    void dualTeamsPayTheirStayCostAndAQuarterOfCapacity() {
        // forced at week 0 without pressure, 1000 h of work: dual from the deadline at week 2
        Strategy mandate = Strategy.nothing("mandate").withAnnounceWeek(0)
                .withMandate(new Mandate(Trigger.atWeek(0), 2, 0, false));
        RunResult r = Runs.trace(oneTeam().threshold(constant(2)).effort(constant(1000)).strategy(s -> mandate)
                .weeks(5).build(), 0).result();
        Ledger l = r.metrics().ledger();
        assertEquals(3, r.metrics().dualTeamWeeks());
        assertEquals(3 * (5 + 0.25 * 30), l.hours(LedgerEntry.DUAL), 1e-9);
        assertEquals(2 * 30, l.hours(LedgerEntry.MIGRATION), 1e-9, "only the weeks before the deadline");
        assertEquals(2 * 5, l.hours(LedgerEntry.STAYING), 1e-9, "dual weeks count as dual, not as staying");
        assertEquals(2 * 30 + 3 * 0.25 * 30, r.metrics().migrationHours(), 1e-9, "all work on the migration");
    }
}
