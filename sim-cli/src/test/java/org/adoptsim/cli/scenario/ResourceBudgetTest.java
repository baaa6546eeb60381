package org.adoptsim.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adoptsim.cli.InputException;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.Scenario;
import org.junit.jupiter.api.Test;

/** What a run would need, estimated before anything is built, and the one-line refusals. */
class ResourceBudgetTest {
    private static final long GIB = 1L << 30;

    @Test
    void tiesOfTheDefaultNetworkFollowFromDepartmentSizes() {
        // 42 teams in 6 departments of 7: 0.75 * 6 * 21 pairs inside, 42 * 1.75 / 2 across
        assertEquals(131.25, ResourceBudget.ties(Organisation.defaults()), 1e-9);
        // 100,000 teams: 4 departments of 16,667 and 2 of 16,666
        double inside = 0.75 * (4 * 16667.0 * 16666 / 2 + 2 * 16666.0 * 16665 / 2);
        assertEquals(inside + 87_500, ResourceBudget.ties(Organisation.defaults().withTeams(100_000)), 1e-3);
        assertEquals(500.0, ResourceBudget.ties(Organisation.defaults().withTeams(100)
                .withNetwork(new NetworkSpec.WattsStrogatz(10, 0.1))), 1e-9);
        assertEquals(0.0, ResourceBudget.ties(Organisation.defaults().withNetwork(new NetworkSpec.Complete())), 1e-9);
    }

    @Test
    void aHundredThousandTeamsOnTheDefaultNetworkGetWhatToChange() {
        Scenario s = Scenario.defaults().withOrganisation(Organisation.defaults().withTeams(100_000));
        LocatedException e = assertThrows(LocatedException.class,
                () -> ResourceBudget.checkMemory(s, 1, "big.yaml", 8 * GIB));
        assertTrue(e.getMessage().startsWith("big.yaml:1:1: organisation.network: 100,000 teams on the 'departments'"
                + " network make about 625,050,001 ties: about 19.1 GB of memory with 1 thread, more than the 8.0 GB Java may"
                + " use;") && e.getMessage().contains("sparser network")
                && e.getMessage().contains("JAVA_OPTS=-Xmx"), e.getMessage());
        ResourceBudget.checkMemory(Scenario.defaults(), 64, "small.yaml", GIB / 4);
    }

    @Test
    void tooManyTiesForOneGraphAreRefusedWhateverTheHeap() {
        Organisation d = Organisation.defaults();
        Scenario s = Scenario.defaults().withOrganisation(new Organisation(1_000_000, 1, d.archetypes(), d.attributes(),
                d.network(), d.dependencies()));
        LocatedException e = assertThrows(LocatedException.class,
                () -> ResourceBudget.checkMemory(s, 1, "huge.yaml", 1024 * GIB));
        assertTrue(e.getMessage().contains("more than one organisation can hold"), e.getMessage());
    }

    @Test
    void weeksOnTheCommandLineAreCapped() {
        ResourceBudget.checkWeeks(2600, "--weeks");
        InputException e = assertThrows(InputException.class, () -> ResourceBudget.checkWeeks(1_000_000, "--weeks"));
        assertEquals("--weeks: at most 2600 weeks (50 years), was 1000000; use fewer weeks", e.getMessage());
    }
}
