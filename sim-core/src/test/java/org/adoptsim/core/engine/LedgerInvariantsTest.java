package org.adoptsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.Ledger;
import org.adoptsim.core.result.LedgerEntry;
import org.adoptsim.core.result.PlatformUse;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunMetrics;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.result.WeekObserver;
import org.adoptsim.core.result.WeeklySeries;
import org.adoptsim.core.testkit.RandomScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of adoption and the ledger on 100 seeded random scenarios ({@link RandomScenarios}: random
 * organisations, rules, levers, σ parameters and incident prices), two replicates each. In every week:
 * adopted ≤ done ≤ started and adopted never falls; every ledger entry is non-negative and never falls;
 * the platform uses add up to the platform entry; net = gain − (migration + dual + platform + incidents
 * + staying), summed here independently. At the end: the run's ledger is the last week's; each adopted
 * team is done, no earlier than it finished, with σ in [0, 1].
 */
class LedgerInvariantsTest {

    static LongStream seeds() {
        return LongStream.range(1, 101);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void ledgerAndAdoptionHold(long seed) {
        Scenario sc = RandomScenarios.draw(seed);
        for (int replicate = 0; replicate < 2; replicate++) {
            RandomStreams streams = new RandomStreams(sc.run().seed(), replicate);
            Org org = OrgFactory.draw(sc.organisation(), streams);
            RunResult r = new Simulation(org).run(sc.rules(), sc.strategies().get(0), streams, sc.run().weeks(),
                    RunDetail.SERIES, WeekObserver.NONE);
            checkWeeks(sc.name(), r.series());
            checkRun(sc.name(), r);
        }
    }

    private static void checkWeeks(String name, WeeklySeries s) {
        for (int w = 0; w < s.weeks(); w++) {
            String at = name + " week " + w;
            assertTrue(s.adopted(w) <= s.done(w) && s.done(w) <= s.started(w), at + ": adopted ≤ done ≤ started");
            double costs = 0;
            for (LedgerEntry e : LedgerEntry.values()) {
                double h = s.hours(e, w);
                assertTrue(h >= 0, at + ": " + e + " " + h);
                if (w > 0) {
                    assertTrue(h >= s.hours(e, w - 1), at + ": " + e + " fell");
                }
                costs += e.isCost() ? h : 0;
            }
            double scale = 1 + costs + s.hours(LedgerEntry.GAIN, w);
            assertEquals(s.hours(LedgerEntry.GAIN, w) - costs, s.netHours(w), 1e-9 * scale, at + ": net = gain − costs");
            double uses = 0;
            for (PlatformUse u : PlatformUse.values()) {
                uses += s.platformHours(u, w);
            }
            assertEquals(s.hours(LedgerEntry.PLATFORM, w), uses, 1e-9 * scale, at + ": platform uses add up");
            if (w > 0) {
                assertTrue(s.adopted(w) >= s.adopted(w - 1), at + ": adoption never reverts");
            }
        }
    }

    private static void checkRun(String name, RunResult r) {
        WeeklySeries s = r.series();
        int last = s.weeks() - 1;
        RunMetrics m = r.metrics();
        Ledger l = m.ledger();
        for (LedgerEntry e : LedgerEntry.values()) {
            assertEquals(s.hours(e, last), l.hours(e), 0, name + ": " + e);
        }
        assertEquals(s.netHours(last), l.net(), 1e-9 * (1 + Math.abs(l.net())), name);
        assertEquals(s.platformHours(last), l.hours(LedgerEntry.PLATFORM), 0, name);
        assertTrue(l.hours(LedgerEntry.MIGRATION) <= m.migrationHours() + 1e-9, name + ": ledger migration ≤ all work");
        assertEquals((double) s.adopted(last) / s.teams(), m.finalAdoptedShare(), 0, name);
        TeamOutcomes o = r.teams();
        int adopted = 0;
        for (int i = 0; i < o.teams(); i++) {
            double sigma = o.sufficiency(i);
            assertTrue(sigma >= 0 && sigma <= 1, name + ": σ " + sigma);
            if (o.adopted(i)) {
                adopted++;
                assertEquals(org.adoptsim.core.result.TeamStatus.DONE, o.status(i), name + ": adopted team " + i);
                assertTrue(o.adoptedWeek(i) >= o.doneWeek(i), name + ": adopted before done, team " + i);
            }
        }
        assertEquals(s.adopted(last), adopted, name);
        if (m.weeksToInitiativeDone() > 0) {
            assertEquals(s.teams(), s.adopted(m.weeksToInitiativeDone() - 1), name + ": initiative done with all adopted");
        }
    }
}
