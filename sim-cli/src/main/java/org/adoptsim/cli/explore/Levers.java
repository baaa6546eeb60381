package org.adoptsim.cli.explore;

import java.util.List;
import java.util.Map;

/**
 * What the page asks for: the levers and uncertainties it has moved away from the scenario file, as
 * the body of {@code POST api/run} and {@code POST api/save}. Every field is optional; a missing (null)
 * field leaves the file's value alone, so an empty request is the file itself. The values are not
 * checked here: {@link ScenarioEditor} checks the uncertainties (which become other fields), writes them
 * into the scenario's YAML tree, and the scenario loader checks the result exactly as it checks a file.
 *
 * @param strategies    per strategy name, the levers moved
 * @param uncertainties the organisation's uncertainties moved
 */
public record Levers(Map<String, StrategyLevers> strategies, Uncertainties uncertainties) {

    public Levers {
        strategies = strategies == null ? Map.of() : Map.copyOf(strategies);
        uncertainties = uncertainties == null ? Uncertainties.NONE : uncertainties;
    }

    /** No lever moved: the scenario as written. */
    public static final Levers NONE = new Levers(null, null);

    /**
     * One strategy's levers, named as in the scenario format (docs/scenario-format.md, strategies).
     *
     * @param coalitionSize               {@code coalition.size}
     * @param tooling                     {@code tooling}: tool ids, replaced whole
     * @param officeHours                 h/week
     * @param executiveUnblocksPerQuarter willing teams per quarter allowed to start at once
     * @param constraintMapping           {@code constraintMapping}, only where the scenario declares functions
     * @param mutualBenefit               {@code mutualBenefit}, per function named; functions not named keep
     *                                    the file's contract
     * @param decisionFeeds               {@code decisionFeeds}
     * @param liaisons                    {@code liaisons}
     * @param pilotFirst                  {@code pilotFirst}
     */
    public record StrategyLevers(TriggerLever mandate, TriggerLever sunset, Integer coalitionSize,
            List<String> tooling, Boolean dashboard, Boolean champions, Double officeHours,
            Integer executiveUnblocksPerQuarter, PracticeLever constraintMapping,
            Map<String, ContractLever> mutualBenefit, PracticeLever decisionFeeds, LiaisonsLever liaisons,
            PracticeLever pilotFirst) {

        public StrategyLevers {
            tooling = tooling == null ? null : List.copyOf(tooling);
            // In the request's order (the saved file's), and a null contract is told by the editor, not refused here.
            mutualBenefit = mutualBenefit == null ? null
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mutualBenefit));
        }

        /** Whether any lever for the functions nobody commands is moved. */
        boolean movesFunctionLevers() {
            return constraintMapping != null || mutualBenefit != null || decisionFeeds != null || liaisons != null
                    || pilotFirst != null;
        }
    }

    /**
     * {@code constraintMapping}, {@code decisionFeeds} or {@code pilotFirst}. {@code enabled: false} leaves
     * the field out of the strategy (off); otherwise the lever is written whole, as in the file format (a
     * missing {@code week} or {@code hours} takes the format's default, 0).
     */
    public record PracticeLever(boolean enabled, Integer week, Double hours) {
    }

    /** A mutual-benefit contract with one function, written whole like {@link PracticeLever}. */
    public record ContractLever(boolean enabled, Integer week, Double hours, Double cut, Double alignmentGain) {
    }

    /**
     * {@code liaisons}, written whole like {@link PracticeLever}; {@code functions} null or empty: all functions.
     */
    public record LiaisonsLever(boolean enabled, Integer week, Double hoursPerWeek, List<String> functions) {

        public LiaisonsLever {
            functions = functions == null ? null : List.copyOf(functions);
        }
    }

    /**
     * A mandate or a sunset. {@code enabled: false} turns it off ({@code none}); otherwise
     * {@code atWeek} and/or {@code atShare}, when given, replace the trigger as a whole (as in the
     * file format), and {@code weeks} is the mandate's {@code deadlineWeeks} or the sunset's
     * {@code leadWeeks}.
     */
    public record TriggerLever(boolean enabled, Integer atWeek, Double atShare, Integer weeks) {
    }

    /**
     * The main uncertainties, each offered only where the file gives the attribute in the form named.
     *
     * @param effortMedian   {@code organisation.attributes.effort.all.lognormal.median}, hours
     * @param thresholdMeans per archetype, the mean of its {@code threshold.byArchetype} beta
     *                       distribution (its alpha + beta is kept)
     * @param capacityMean   the mean of {@code capacity.all.uniform}, scaling min and max together
     * @param teams          {@code organisation.teams} of a generated organisation
     */
    public record Uncertainties(Double effortMedian, Map<String, Double> thresholdMeans, Double capacityMean,
            Integer teams) {

        static final Uncertainties NONE = new Uncertainties(null, null, null, null);

        public Uncertainties {
            thresholdMeans = thresholdMeans == null ? Map.of() : Map.copyOf(thresholdMeans);
        }
    }
}
