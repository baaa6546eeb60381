package org.adoptsim.core.config;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Everything one comparison needs: the organisation, the rules, run settings and named strategies. */
public record Scenario(String name, Organisation organisation, Rules rules, RunSettings run,
        List<Strategy> strategies, ObservedState start) {

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be empty");
        }
        Checks.required("organisation", organisation);
        Checks.required("rules", rules);
        Checks.required("run", run);
        strategies = List.copyOf(strategies);
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("strategies: at least one is needed");
        }
        Set<String> seen = new HashSet<>();
        for (Strategy s : strategies) {
            if (!seen.add(s.name())) {
                throw new IllegalArgumentException("strategies: name '" + s.name() + "' is used twice");
            }
        }
        if (start != null) {
            if (start.teams() != organisation.teams()) {
                throw new IllegalArgumentException("start: describes " + start.teams() + " teams, not "
                        + organisation.teams());
            }
            if (start.hasDual()) {
                for (Strategy s : strategies) {
                    if (!s.mandate().enabled()) {
                        throw new IllegalArgumentException("start: a team is dual, which only a mandate causes, but"
                                + " strategy '" + s.name() + "' has no mandate");
                    }
                }
            }
            for (int i = 0; i < start.teams(); i++) {
                for (String f : start.signedOff(i)) {
                    if (rules.functions().indexOf(f) < 0) {
                        throw new IllegalArgumentException("start: team " + i + " is signed off by '" + f
                                + "', which is not a declared function");
                    }
                }
            }
        }
    }

    /** A scenario that starts at week 0 with no team moved. */
    public Scenario(String name, Organisation organisation, Rules rules, RunSettings run, List<Strategy> strategies) {
        this(name, organisation, rules, run, strategies, null);
    }

    /** docs/model.md's 42-team organisation with the five presets. */
    public static Scenario defaults() {
        return new Scenario("platform-migration", Organisation.defaults(), Rules.defaults(), RunSettings.defaults(),
                Presets.all());
    }

    public Optional<Strategy> strategy(String strategyName) {
        return strategies.stream().filter(s -> s.name().equals(strategyName)).findFirst();
    }

    public Scenario withOrganisation(Organisation o) {
        return new Scenario(name, o, rules, run, strategies, start);
    }

    public Scenario withRules(Rules r) {
        return new Scenario(name, organisation, r, run, strategies, start);
    }

    public Scenario withRun(RunSettings r) {
        return new Scenario(name, organisation, rules, r, strategies, start);
    }

    /** A copy that starts from this observed state (null: from week 0). */
    public Scenario withStart(ObservedState st) {
        return new Scenario(name, organisation, rules, run, strategies, st);
    }

    public Scenario withStrategies(List<Strategy> s) {
        return new Scenario(name, organisation, rules, run, s, start);
    }
}
