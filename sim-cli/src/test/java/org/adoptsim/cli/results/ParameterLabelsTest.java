package org.adoptsim.cli.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParameterLabelsTest {

    @Test
    void knownPathsReadAsWordsWithTheirUnit() {
        assertEquals("migration effort median (h)",
                ParameterLabels.words("organisation.attributes.effort.all.lognormal.median"));
        assertEquals("conservatives' adoption threshold beta alpha",
                ParameterLabels.words("organisation.attributes.threshold.byArchetype.conservative.beta.alpha"),
                "a shape parameter has no unit");
        assertEquals("attention (weekly probability)", ParameterLabels.words("rules.decisions.attention"));
        assertEquals("platform capacity (h/week)", ParameterLabels.words("rules.platform.capacity"));
        assertEquals("earn-then-mandate: mandate trigger (share of teams)",
                ParameterLabels.words("strategies.earn-then-mandate.mandate.atShare"));
        assertEquals("mandate trigger (share of teams)", ParameterLabels.words("strategies[*].mandate.atShare"));
        assertEquals("payback horizon cap (weeks)", ParameterLabels.words("organisation.attributes.horizon.max"));
        assertEquals("blocker fix effort median (h)",
                ParameterLabels.words("rules.platform.fixEffort.lognormal.median"));
        assertEquals("holdouts (share of teams)", ParameterLabels.words("organisation.archetypes.holdout"));
    }

    @Test
    void anUnknownPathFallsBackToItsLastNamesWithAUnitReadOffTheEnding() {
        assertEquals("tooling scripts hours (h)", ParameterLabels.words("rules.tooling.scriptsHours"));
        assertEquals("work p champion other (probability)", ParameterLabels.words("rules.work.pChampionOther"));
        assertEquals("sunset throttle weeks (weeks)", ParameterLabels.words("rules.sunset.throttleWeeks"));
        assertEquals("brand new thing", ParameterLabels.words("brandNewThing"));
        assertEquals("mystery knob", ParameterLabels.words("rules.mystery.knob"));
    }

    @Test
    void anAxisKeepsTheUsersLabelInFrontWhenTheWordsDoNotHoldIt() {
        assertEquals("speed: attention (weekly probability)", ParameterLabels.axis("speed", "rules.decisions.attention"));
        assertEquals("earn-then-mandate: mandate trigger (share of teams)",
                ParameterLabels.axis("trigger", "strategies.earn-then-mandate.mandate.atShare"),
                "a label the words already hold is not repeated");
        assertEquals("platform capacity (h/week)", ParameterLabels.axis("platform_capacity", "rules.platform.capacity"));
        assertEquals("platform capacity (h/week)", ParameterLabels.axis("rules.platform.capacity",
                "rules.platform.capacity"), "a label that is only the path gives way to the words");
        assertEquals("cost: migration effort median (h)",
                ParameterLabels.axis("cost", "organisation.attributes.effort.all.lognormal.median"));
    }
}
