package org.adoptsim.core.config;

import java.util.List;

/**
 * The initiative owner's levers, as in docs/model.md. A strategy is a value built by name:
 * {@link #builder(String)} starts from doing nothing, {@link #toBuilder()} from this strategy, and the
 * {@code with…} methods return copies with one lever changed (how presets are overridden field by field).
 *
 * @param announceWeek  week of the announcement, or -1 for never
 * @param officeHours   platform hours per week for office hours (0: none)
 * @param executiveUnblocksPerQuarter willing teams per quarter the sponsor lets start at once
 * @param functionLevers the practices for functions nobody commands (off by default)
 */
public record Strategy(String name, InitialAdopters initialAdopters, Coalition coalition, int announceWeek,
        List<Tool> tooling, boolean dashboard, boolean showCostOfStaying, boolean champions, double officeHours,
        int executiveUnblocksPerQuarter, HoldoutEngagement engageHoldouts, Mandate mandate, Sunset sunset,
        FunctionLevers functionLevers) {

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
        Checks.required("functionLevers", functionLevers);
    }

    /** A strategy that does nothing at all (not even announce). */
    public static Strategy nothing(String name) {
        return builder(name).build();
    }

    /** A builder for a strategy of this name that starts from doing nothing ({@link #nothing}). */
    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    /** A builder holding this strategy's levers, to change some by name. */
    public Builder toBuilder() {
        return new Builder().name(name).initialAdopters(initialAdopters).coalition(coalition).announceWeek(announceWeek)
                .tooling(tooling).dashboard(dashboard).showCostOfStaying(showCostOfStaying).champions(champions)
                .officeHours(officeHours).executiveUnblocksPerQuarter(executiveUnblocksPerQuarter)
                .engageHoldouts(engageHoldouts).mandate(mandate).sunset(sunset).functionLevers(functionLevers);
    }

    public Strategy withName(String v) {
        return toBuilder().name(v).build();
    }

    public Strategy withInitialAdopters(InitialAdopters v) {
        return toBuilder().initialAdopters(v).build();
    }

    public Strategy withCoalition(Coalition v) {
        return toBuilder().coalition(v).build();
    }

    public Strategy withAnnounceWeek(int v) {
        return toBuilder().announceWeek(v).build();
    }

    public Strategy withTooling(List<Tool> v) {
        return toBuilder().tooling(v).build();
    }

    public Strategy withDashboard(boolean v) {
        return toBuilder().dashboard(v).build();
    }

    public Strategy withShowCostOfStaying(boolean v) {
        return toBuilder().showCostOfStaying(v).build();
    }

    public Strategy withChampions(boolean v) {
        return toBuilder().champions(v).build();
    }

    public Strategy withOfficeHours(double v) {
        return toBuilder().officeHours(v).build();
    }

    public Strategy withExecutiveUnblocksPerQuarter(int v) {
        return toBuilder().executiveUnblocksPerQuarter(v).build();
    }

    public Strategy withEngageHoldouts(HoldoutEngagement v) {
        return toBuilder().engageHoldouts(v).build();
    }

    public Strategy withMandate(Mandate v) {
        return toBuilder().mandate(v).build();
    }

    public Strategy withSunset(Sunset v) {
        return toBuilder().sunset(v).build();
    }

    public Strategy withFunctionLevers(FunctionLevers v) {
        return toBuilder().functionLevers(v).build();
    }

    /** Named construction of a {@link Strategy}; every lever starts off, as in {@link #nothing}. */
    public static final class Builder {
        private String name = null;
        private InitialAdopters initialAdopters = InitialAdopters.NONE;
        private Coalition coalition = Coalition.NONE;
        private int announceWeek = -1;
        private List<Tool> tooling = List.of();
        private boolean dashboard = false;
        private boolean showCostOfStaying = false;
        private boolean champions = false;
        private double officeHours = 0;
        private int executiveUnblocksPerQuarter = 0;
        private HoldoutEngagement engageHoldouts = HoldoutEngagement.NONE;
        private Mandate mandate = Mandate.NONE;
        private Sunset sunset = Sunset.NONE;
        private FunctionLevers functionLevers = FunctionLevers.NONE;

        private Builder() {
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder initialAdopters(InitialAdopters v) {
            initialAdopters = v;
            return this;
        }

        public Builder coalition(Coalition v) {
            coalition = v;
            return this;
        }

        public Builder announceWeek(int v) {
            announceWeek = v;
            return this;
        }

        public Builder tooling(List<Tool> v) {
            tooling = v;
            return this;
        }

        public Builder dashboard(boolean v) {
            dashboard = v;
            return this;
        }

        public Builder showCostOfStaying(boolean v) {
            showCostOfStaying = v;
            return this;
        }

        public Builder champions(boolean v) {
            champions = v;
            return this;
        }

        public Builder officeHours(double v) {
            officeHours = v;
            return this;
        }

        public Builder executiveUnblocksPerQuarter(int v) {
            executiveUnblocksPerQuarter = v;
            return this;
        }

        public Builder engageHoldouts(HoldoutEngagement v) {
            engageHoldouts = v;
            return this;
        }

        public Builder mandate(Mandate v) {
            mandate = v;
            return this;
        }

        public Builder sunset(Sunset v) {
            sunset = v;
            return this;
        }

        public Builder functionLevers(FunctionLevers v) {
            functionLevers = v;
            return this;
        }

        public Strategy build() {
            return new Strategy(name, initialAdopters, coalition, announceWeek, tooling, dashboard, showCostOfStaying,
                    champions, officeHours, executiveUnblocksPerQuarter, engageHoldouts, mandate, sunset, functionLevers);
        }
    }
}
