package org.adoptsim.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ensemble's contract beyond determinism: order, interruption, and errors from workers. */
class EnsembleTest {
    private static final Scenario DEFAULTS = Scenario.defaults();

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2})
    void replicatesArriveInOrderWithStrategiesInTheGivenOrder(int threads) throws Exception {
        List<List<RunResult>> got = new ArrayList<>();
        new Ensemble(DEFAULTS, DEFAULTS.strategies(), threads, RunDetail.TEAMS).run(3, 10, got::add);
        assertEquals(7, got.size());
        for (int k = 0; k < got.size(); k++) {
            for (int s = 0; s < DEFAULTS.strategies().size(); s++) {
                assertEquals(3 + k, got.get(k).get(s).replicate());
                assertEquals(DEFAULTS.strategies().get(s).name(), got.get(k).get(s).strategy());
                assertTrue(got.get(k).get(s).weekly().isEmpty(), "series not kept when not asked for");
            }
        }
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2})
    void anInterruptionKeepsWhatTheSinkAlreadyHas(int threads) {
        List<List<RunResult>> got = new ArrayList<>();
        Ensemble e = new Ensemble(DEFAULTS, DEFAULTS.strategies(), threads, RunDetail.TEAMS);
        assertThrows(InterruptedException.class, () -> e.run(0, 40, rep -> {
            got.add(rep);
            if (got.size() == 3) {
                Thread.currentThread().interrupt();
            }
        }));
        Thread.interrupted();
        assertEquals(3, got.size(), "nothing after the interruption reaches the sink");
        for (int k = 0; k < 3; k++) {
            assertEquals(k, got.get(k).get(0).replicate());
        }
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 3})
    void badInputInAWorkerSurfacesAsItsOwnMessage(int threads) {
        Organisation o = DEFAULTS.organisation();
        Scenario bad = DEFAULTS.withOrganisation(o.withAttributes(o.attributes().withGain(
                o.attributes().gain().withAll(new Distribution.Values(new double[] {1, 2})))));
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Ensemble(bad, bad.strategies(), threads, RunDetail.TEAMS).run(0, 5, rep -> { }));
        assertEquals("gain.values: lists 2 values for 42 teams", e.getMessage());
    }

    @Test
    void threadCountMustBePositive() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Ensemble(DEFAULTS, DEFAULTS.strategies(), 0,
                RunDetail.TEAMS));
        assertEquals("threads: must be >= 1, was 0", e.getMessage());
    }
}
