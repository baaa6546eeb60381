package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.Yaml.error;
import static org.adoptsim.cli.scenario.Yaml.lines;
import static org.adoptsim.cli.scenario.Yaml.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.Contract;
import org.adoptsim.core.config.CrossFunction;
import org.adoptsim.core.config.FunctionLevers;
import org.adoptsim.core.config.FunctionNeed;
import org.adoptsim.core.config.Functions;
import org.adoptsim.core.config.Liaisons;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.SignOffStage;
import org.adoptsim.core.config.TimedLever;
import org.junit.jupiter.api.Test;

/** {@code functions:} and the strategy levers for them load as written, with located errors. */
class FunctionsMappingTest {

    @Test
    void noFunctionsByDefault() {
        assertEquals(Functions.NONE, scenario("name: x\n").rules().functions());
    }

    @Test
    void functionsLoadInTheirWrittenOrderWithDefaultsForWhatIsMissing() {
        Scenario s = scenario(lines("functions:",
                "  security: {stage: switch, cadenceWeeks: 4, capacity: 3, reviewWeeks: 2, alignment: 0.2, reworkHours: 40}",
                "  budget: {stage: start, cadenceWeeks: 13, neededBy: {share: 0.5}}",
                "  ops: {neededBy: {archetypes: {holdout: 1}}}",
                "  program: {neededBy: {departments: [0, 2]}}",
                "  legal: {neededBy: {teams: [3, 7]}}"));
        List<CrossFunction> f = s.rules().functions().list();
        assertEquals(List.of("security", "budget", "ops", "program", "legal"), f.stream().map(CrossFunction::name).toList());
        assertEquals(CrossFunction.builder("security").stage(SignOffStage.SWITCH).cadenceWeeks(4).capacity(3)
                .reviewWeeks(2).alignment(0.2).reworkHours(40).build(), f.get(0));
        assertEquals(CrossFunction.builder("budget").stage(SignOffStage.START).cadenceWeeks(13)
                .need(new FunctionNeed.Share(0.5)).build(), f.get(1));
        assertEquals(new FunctionNeed.ByArchetype(Map.of(Archetype.HOLDOUT, 1.0)), f.get(2).need());
        assertEquals(new FunctionNeed.ByDepartment(Map.of(0, 1.0, 2, 1.0)), f.get(3).need());
        assertEquals(new FunctionNeed.Teams(List.of(3, 7)), f.get(4).need());
    }

    @Test
    void theLeversLoadTimedAndCosted() {
        Scenario s = scenario(lines("functions: {security: {}, budget: {stage: start}}",
                "strategies:",
                "  p:",
                "    preset: earned",
                "    constraintMapping: {week: 2, hours: 40}",
                "    mutualBenefit: {security: {week: 3, hours: 240}, budget: {hours: 80, cut: 0.25, alignmentGain: 0.1}}",
                "    decisionFeeds: {hours: 5}",
                "    liaisons: {week: 4, hoursPerWeek: 4, functions: [security]}",
                "    pilotFirst: {hours: 16}"));
        FunctionLevers l = s.strategies().get(0).functionLevers();
        assertEquals(TimedLever.at(2, 40), l.constraintMapping());
        assertEquals(Map.of("security", Contract.at(3, 240), "budget", new Contract(0, 80, 0.25, 0.1)), l.mutualBenefit());
        assertEquals(TimedLever.at(0, 5), l.decisionFeeds());
        assertEquals(new Liaisons(4, 4, List.of("security")), l.liaisons());
        assertEquals(TimedLever.at(0, 16), l.pilotFirst());
        assertEquals(FunctionLevers.NONE, scenario("strategies: {p: earned}\n").strategies().get(0).functionLevers());
    }

    @Test
    void aStrategyWrittenOutInFullLoadsBackWithItsLevers() {
        Scenario agency = ScenarioLoader.scenario(java.nio.file.Path.of("../scenarios/agency-cloud.yaml"));
        for (String name : List.of("partnership", "partnership-without-liaisons", "top-down")) {
            org.adoptsim.core.config.Strategy s = agency.strategy(name).orElseThrow();
            String text = "functions: {security: {}, budget: {}, operations: {}, program: {}}\nstrategies:\n"
                    + String.join("\n", org.adoptsim.cli.scenario.describe.StrategyYaml.lines(s, null, "  ")) + "\n";
            assertEquals(s, scenario(text).strategies().get(0), name);
        }
    }

    @Test
    void errorsAreLocatedAndNameTheField() {
        assertEquals("test.yaml:1:38: functions.security.cadenceWeeks: must be >= 1, was 0",
                error("functions: {security: {cadenceWeeks: 0}}\n"));
        assertEquals("test.yaml:1:31: functions.security.stage: unknown value 'swich'; did you mean 'switch'?",
                error("functions: {security: {stage: swich}}\n"));
        String both = error("functions: {security: {neededBy: {share: 0.5, teams: [1]}}}\n");
        assertTrue(both.startsWith("test.yaml:1:34: functions.security.neededBy: give exactly one of"), both);
        String team = error("functions: {security: {neededBy: {teams: [99]}}}\n");
        assertTrue(team.startsWith("test.yaml:1:43: functions.security.neededBy.teams[0]: team index 99"), team);
        String unknown = error(lines("functions: {security: {}}",
                "strategies: {p: {mutualBenefit: {securty: {hours: 1}}}}"));
        assertTrue(unknown.startsWith("test.yaml:2:43: strategies.p.mutualBenefit.securty: unknown function 'securty'"),
                unknown);
        String liaison = error(lines("strategies: {p: {liaisons: {functions: [ops]}}}"));
        assertTrue(liaison.contains("strategies.p.liaisons.functions[0]: no function 'ops' is declared"), liaison);
    }

    @Test
    void anUnknownFunctionListsAtMostSixteenOfTheDeclaredOnes() {
        StringBuilder declared = new StringBuilder("functions: {");
        for (int i = 1; i <= 40; i++) {
            declared.append(i == 1 ? "" : ", ").append("function").append(i).append(": {}");
        }
        String e = error(lines(declared + "}", "strategies: {p: {mutualBenefit: {zed: {hours: 1}}}}"));
        assertTrue(e.endsWith("unknown function 'zed' (expected one of: function1, function2, function3, function4,"
                + " function5, function6, function7, function8, function9, function10, function11, function12,"
                + " function13, function14, function15, function16, … (40 in all))"), e);
    }
}
