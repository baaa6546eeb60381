package org.adoptsim.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.OneOfShape;
import org.adoptsim.cli.scenario.shape.Shape;
import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.Coalition;
import org.adoptsim.core.config.AdoptionRules;
import org.adoptsim.core.config.DecisionRules;
import org.adoptsim.core.config.HoldoutEngagement;
import org.adoptsim.core.config.InitialAdopters;
import org.adoptsim.core.config.Contract;
import org.adoptsim.core.config.CrossFunction;
import org.adoptsim.core.config.LedgerRules;
import org.adoptsim.core.config.Liaisons;
import org.adoptsim.core.config.TimedLever;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.PlatformSpec;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.RunSettings;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Sunset;
import org.adoptsim.core.config.SunsetRules;
import org.adoptsim.core.config.TeamAttributes;
import org.adoptsim.core.config.ToolingRules;
import org.adoptsim.core.config.WorkRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field of the core's configuration records can be set in a scenario file: the shapes (which
 * are also the published schema) name exactly the records' components, so a field added to the core
 * fails here until the format covers it.
 */
class ShapeCoverageTest {

    static Stream<Arguments> sections() {
        ObjectShape strategy = StrategyMapper.OBJECT;
        return Stream.of(
                Arguments.of(DecisionRules.class, DecisionRulesMapper.SHAPE, Set.of(), Set.of()),
                Arguments.of(WorkRules.class, WorkRulesMapper.SHAPE, Set.of(), Set.of()),
                Arguments.of(PlatformSpec.class, PlatformMapper.SHAPE, Set.of(), Set.of()),
                Arguments.of(ToolingRules.class, ToolingRulesMapper.SHAPE, Set.of(), Set.of()),
                Arguments.of(SunsetRules.class, SunsetRulesMapper.SHAPE, Set.of(), Set.of()),
                Arguments.of(AdoptionRules.class, AdoptionRulesMapper.SHAPE, Set.of(), Set.of()),
                Arguments.of(LedgerRules.class, LedgerRulesMapper.SHAPE, Set.of(), Set.of()),
                Arguments.of(Rules.class, RulesMapper.SHAPE, Set.of("functions"), Set.of()),
                Arguments.of(CrossFunction.class, FunctionsMapper.FUNCTION, Set.of("name", "need"), Set.of("neededBy")),
                Arguments.of(Liaisons.class, FunctionLeversMapper.LIAISONS, Set.of(), Set.of()),
                Arguments.of(Contract.class, FunctionLeversMapper.CONTRACT, Set.of(), Set.of()),
                Arguments.of(TimedLever.class, FunctionLeversMapper.CONSTRAINT_MAPPING, Set.of(), Set.of()),
                Arguments.of(RunSettings.class, RunSettingsMapper.SHAPE, Set.of(), Set.of()),
                Arguments.of(TeamAttributes.class, AttributesMapper.SHAPE, Set.of(), Set.of()),
                Arguments.of(Attribute.class, AttributeMapper.LONG_FORM, Set.of(), Set.of()),
                Arguments.of(Organisation.class, OrganisationMapper.SHAPE, Set.of("known"), Set.of("teamsFile")),
                Arguments.of(Scenario.class, ScenarioMapper.SHAPE, Set.of(), Set.of("description", "functions")),
                Arguments.of(Strategy.class, strategy, Set.of("name", "functionLevers"), Set.of("preset", "description",
                        "constraintMapping", "mutualBenefit", "decisionFeeds", "liaisons", "pilotFirst")),
                Arguments.of(Coalition.class, object(strategy, "coalition"), Set.of(), Set.of()),
                Arguments.of(InitialAdopters.class, object(strategy, "initialAdopters"), Set.of(), Set.of()),
                Arguments.of(HoldoutEngagement.class, object(strategy, "engageHoldouts"), Set.of(), Set.of()),
                Arguments.of(Mandate.class, object(strategy, "mandate"), Set.of("trigger"), Set.of("atWeek", "atShare")),
                Arguments.of(Sunset.class, object(strategy, "sunset"), Set.of("trigger"), Set.of("atWeek", "atShare")));
    }

    /** The mapping form of a field that may also be written as a word ('none'). */
    private static ObjectShape object(ObjectShape parent, String field) {
        Shape s = parent.field(field).shape();
        if (s instanceof OneOfShape one) {
            return (ObjectShape) one.alternatives().stream().filter(a -> a instanceof ObjectShape).findFirst()
                    .orElseThrow();
        }
        return (ObjectShape) s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sections")
    void theShapeNamesEveryComponentOfTheRecord(Class<? extends Record> type, ObjectShape shape,
            Set<String> writtenOtherwise, Set<String> fileOnly) {
        Set<String> components = new LinkedHashSet<>();
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
        components.removeAll(writtenOtherwise);
        Set<String> fields = new LinkedHashSet<>(shape.fields().keySet());
        fields.removeAll(fileOnly);
        assertEquals(components, fields, "fields of " + type.getSimpleName());
        assertTrue(shape.fields().keySet().containsAll(fileOnly));
    }
}
