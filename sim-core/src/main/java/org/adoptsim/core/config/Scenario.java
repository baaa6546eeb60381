package org.adoptsim.core.config;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Everything one comparison needs: the organisation, the rules, run settings and named strategies. */
public record Scenario(String name, Organisation organisation, Rules rules, RunSettings run,
        List<Strategy> strategies) {

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
    }

    /** MODEL.md's 42-team organisation with the five presets. */
    public static Scenario defaults() {
        return new Scenario("platform-migration", Organisation.defaults(), Rules.defaults(), RunSettings.defaults(),
                Presets.all());
    }

    public Optional<Strategy> strategy(String strategyName) {
        return strategies.stream().filter(s -> s.name().equals(strategyName)).findFirst();
    }

    public Scenario withOrganisation(Organisation o) {
        return new Scenario(name, o, rules, run, strategies);
    }

    public Scenario withRules(Rules r) {
        return new Scenario(name, organisation, r, run, strategies);
    }

    public Scenario withRun(RunSettings r) {
        return new Scenario(name, organisation, rules, r, strategies);
    }

    public Scenario withStrategies(List<Strategy> s) {
        return new Scenario(name, organisation, rules, run, s);
    }
}
