package org.adoptsim.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid configuration is rejected at construction with one line that starts with the field's name. */
class ValidationMessagesTest {

    static Stream<Arguments> invalid() {
        DecisionRules d = DecisionRules.defaults();
        return Stream.of(
                bad("attention: must be in [0, 1], was 1.5", () -> d.withAttention(1.5)),
                bad("visibility: must be in [0, 1], was -0.1", () -> d.withVisibility(-0.1)),
                bad("bassP: must be >= 0, was -0.01", () -> d.withRule(DecisionRule.BASS, -0.01, 0.3)),
                bad("k: must be even, was 3", () -> new NetworkSpec.WattsStrogatz(3, 0.1)),
                bad("m: must be >= 1, was 0", () -> new NetworkSpec.BarabasiAlbert(0)),
                bad("meanDegree: must be >= 0, was -1.0", () -> new NetworkSpec.ErdosRenyi(-1)),
                bad("from: must be >= 0, was -1", () -> new NetworkSpec.Edge(-1, 2)),
                bad("values: must not be empty", () -> new Distribution.Values(new double[0])),
                bad("values[1]: must be a finite number, was NaN", () -> new Distribution.Values(new double[] {1, Double.NaN})),
                bad("sd: must be > 0, was 0.0", () -> new Distribution.Normal(1, 0)),
                bad("max: must be >= min (2.0)", () -> new Distribution.Uniform(2, 1)),
                bad("atShare: must be in [0, 1], was 1.5", () -> Trigger.atShare(1.5)),
                bad("atWeek: must be >= 0, was -3", () -> Trigger.atWeek(-3)),
                bad("deadlineWeeks: must be >= 1, was 0", () -> Mandate.at(Trigger.atWeek(0)).withDeadlineWeeks(0)),
                bad("tooling: lists a tool twice", () -> Strategy.nothing("s").withTooling(List.of(Tool.SCRIPTS, Tool.SCRIPTS))),
                bad("name: must not be empty", () -> Strategy.nothing(" ")),
                bad("strategies: name 's' is used twice", () -> Scenario.defaults().withStrategies(
                        List.of(Strategy.nothing("s"), Strategy.nothing("s")))),
                bad("teams: must be >= 1, was 0", () -> Organisation.defaults().withTeams(0)),
                bad("weeks: must be >= 1, was 0", () -> RunSettings.defaults().withWeeks(0)),
                bad("archetypes: at least one share must be > 0",
                        () -> new ArchetypeMix(0, 0, 0, 0, ArchetypeMix.Assignment.QUOTA, List.of())),
                bad("resentmentFactor: needs one value per archetype", 
                        () -> WorkRules.builder().resentmentFactor(new double[] {1, 1}).build()),
                bad("supportHours: must be >= 0, was -1.0", () -> AdoptionRules.builder().supportHours(-1).build()),
                bad("adoptedAt: must be in [0, 1], was 1.5", () -> AdoptionRules.builder().adoptedAt(1.5).build()),
                bad("hoursPerFte: must be > 0, was 0.0", () -> LedgerRules.builder().hoursPerFte(0).build()),
                bad("blockerRate: must be in [0, 1], was 2.0", () -> PlatformSpec.defaults().withBlockerRate(2)));
    }

    private static Arguments bad(String message, Executable construct) {
        return Arguments.of(message, construct);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectedNamingTheField(String message, Executable construct) {
        var e = assertThrows(IllegalArgumentException.class, construct);
        assertEquals(message, e.getMessage());
    }
}
