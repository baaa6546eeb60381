package org.adoptsim.core.config;

import java.util.List;

/**
 * The initiative owner's levers, as in MODEL.md. A strategy is a value: the {@code with…} methods
 * return modified copies, which is how presets are overridden field by field.
 *
 * @param announceWeek  week of the announcement, or -1 for never
 * @param officeHours   platform hours per week for office hours (0: none)
 * @param executiveUnblocksPerQuarter willing teams per quarter the sponsor lets start at once
 */
public record Strategy(String name, InitialAdopters initialAdopters, Coalition coalition, int announceWeek,
        List<Tool> tooling, boolean dashboard, boolean showCostOfStaying, boolean champions, double officeHours,
        int executiveUnblocksPerQuarter, HoldoutEngagement engageHoldouts, Mandate mandate, Sunset sunset) {

    public Strategy {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be empty");
        }
        Checks.required("initialAdopters", initialAdopters);
        Checks.required("coalition", coalition);
        Checks.atLeast("announceWeek", announceWeek, -1);
        tooling = List.copyOf(tooling);
        if (tooling.stream().distinct().count() != tooling.size()) {
            throw new IllegalArgumentException("tooling: lists a tool twice");
        }
        Checks.nonNegative("officeHours", officeHours);
        Checks.atLeast("executiveUnblocksPerQuarter", executiveUnblocksPerQuarter, 0);
        Checks.required("engageHoldouts", engageHoldouts);
        Checks.required("mandate", mandate);
        Checks.required("sunset", sunset);
    }

    /** A strategy that does nothing at all (not even announce). */
    public static Strategy nothing(String name) {
        return new Strategy(name, InitialAdopters.NONE, Coalition.NONE, -1, List.of(), false, false, false, 0, 0,
                HoldoutEngagement.NONE, Mandate.NONE, Sunset.NONE);
    }

    public Strategy withName(String n) {
        return new Strategy(n, initialAdopters, coalition, announceWeek, tooling, dashboard, showCostOfStaying,
                champions, officeHours, executiveUnblocksPerQuarter, engageHoldouts, mandate, sunset);
    }

    public Strategy withInitialAdopters(InitialAdopters v) {
        return new Strategy(name, v, coalition, announceWeek, tooling, dashboard, showCostOfStaying,
                champions, officeHours, executiveUnblocksPerQuarter, engageHoldouts, mandate, sunset);
    }

    public Strategy withCoalition(Coalition v) {
        return new Strategy(name, initialAdopters, v, announceWeek, tooling, dashboard, showCostOfStaying,
                champions, officeHours, executiveUnblocksPerQuarter, engageHoldouts, mandate, sunset);
    }

    public Strategy withAnnounceWeek(int v) {
        return new Strategy(name, initialAdopters, coalition, v, tooling, dashboard, showCostOfStaying,
                champions, officeHours, executiveUnblocksPerQuarter, engageHoldouts, mandate, sunset);
    }

    public Strategy withTooling(List<Tool> v) {
        return new Strategy(name, initialAdopters, coalition, announceWeek, v, dashboard, showCostOfStaying,
                champions, officeHours, executiveUnblocksPerQuarter, engageHoldouts, mandate, sunset);
    }

    public Strategy withDashboard(boolean v) {
        return new Strategy(name, initialAdopters, coalition, announceWeek, tooling, v, showCostOfStaying,
                champions, officeHours, executiveUnblocksPerQuarter, engageHoldouts, mandate, sunset);
    }

    public Strategy withShowCostOfStaying(boolean v) {
        return new Strategy(name, initialAdopters, coalition, announceWeek, tooling, dashboard, v,
                champions, officeHours, executiveUnblocksPerQuarter, engageHoldouts, mandate, sunset);
    }

    public Strategy withChampions(boolean v) {
        return new Strategy(name, initialAdopters, coalition, announceWeek, tooling, dashboard, showCostOfStaying,
                v, officeHours, executiveUnblocksPerQuarter, engageHoldouts, mandate, sunset);
    }

    public Strategy withOfficeHours(double v) {
        return new Strategy(name, initialAdopters, coalition, announceWeek, tooling, dashboard, showCostOfStaying,
                champions, v, executiveUnblocksPerQuarter, engageHoldouts, mandate, sunset);
    }

    public Strategy withExecutiveUnblocksPerQuarter(int v) {
        return new Strategy(name, initialAdopters, coalition, announceWeek, tooling, dashboard, showCostOfStaying,
                champions, officeHours, v, engageHoldouts, mandate, sunset);
    }

    public Strategy withEngageHoldouts(HoldoutEngagement v) {
        return new Strategy(name, initialAdopters, coalition, announceWeek, tooling, dashboard, showCostOfStaying,
                champions, officeHours, executiveUnblocksPerQuarter, v, mandate, sunset);
    }

    public Strategy withMandate(Mandate v) {
        return new Strategy(name, initialAdopters, coalition, announceWeek, tooling, dashboard, showCostOfStaying,
                champions, officeHours, executiveUnblocksPerQuarter, engageHoldouts, v, sunset);
    }

    public Strategy withSunset(Sunset v) {
        return new Strategy(name, initialAdopters, coalition, announceWeek, tooling, dashboard, showCostOfStaying,
                champions, officeHours, executiveUnblocksPerQuarter, engageHoldouts, mandate, v);
    }
}
