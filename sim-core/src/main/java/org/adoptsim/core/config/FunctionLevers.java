package org.adoptsim.core.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * The seed's practices for functions nobody commands (docs/model.md, "Across functions"), each off
 * by default: {@code constraintMapping} (hours once: teams file when they start migrating and
 * send-backs halve), {@code mutualBenefit} (a contract per function), {@code decisionFeeds} (a stage's
 * sign-offs requested at once), {@code liaisons} and {@code pilotFirst} (the coalition and initial
 * adopters drawn from the teams needing the fewest sign-offs; its hours are charged in its week).
 */
public record FunctionLevers(TimedLever constraintMapping, Map<String, Contract> mutualBenefit,
        TimedLever decisionFeeds, Liaisons liaisons, TimedLever pilotFirst) {
    public static final FunctionLevers NONE = new FunctionLevers(TimedLever.NONE, Map.of(), TimedLever.NONE,
            Liaisons.NONE, TimedLever.NONE);

    public FunctionLevers {
        Checks.required("constraintMapping", constraintMapping);
        mutualBenefit = java.util.Collections.unmodifiableMap(new TreeMap<>(mutualBenefit));
        Checks.required("decisionFeeds", decisionFeeds);
        Checks.required("liaisons", liaisons);
        Checks.required("pilotFirst", pilotFirst);
    }

    public boolean any() {
        return constraintMapping.enabled() || !mutualBenefit.isEmpty() || decisionFeeds.enabled()
                || liaisons.enabled() || pilotFirst.enabled();
    }

    public FunctionLevers withConstraintMapping(TimedLever v) {
        return new FunctionLevers(v, mutualBenefit, decisionFeeds, liaisons, pilotFirst);
    }

    public FunctionLevers withMutualBenefit(Map<String, Contract> v) {
        return new FunctionLevers(constraintMapping, v, decisionFeeds, liaisons, pilotFirst);
    }

    public FunctionLevers withDecisionFeeds(TimedLever v) {
        return new FunctionLevers(constraintMapping, mutualBenefit, v, liaisons, pilotFirst);
    }

    public FunctionLevers withLiaisons(Liaisons v) {
        return new FunctionLevers(constraintMapping, mutualBenefit, decisionFeeds, v, pilotFirst);
    }

    public FunctionLevers withPilotFirst(TimedLever v) {
        return new FunctionLevers(constraintMapping, mutualBenefit, decisionFeeds, liaisons, v);
    }
}
