package org.adoptsim.cli.scenario;

import java.util.List;
import org.adoptsim.core.config.Strategy;

/**
 * A strategy as the scenario file wrote it: the resulting value, the preset it started from (null:
 * from scratch), the user's description (or null) and the levers the file set explicitly, in file order.
 */
public record StrategyInfo(Strategy strategy, String preset, String description, List<String> overridden) {

    public StrategyInfo {
        overridden = List.copyOf(overridden);
    }

    public String name() {
        return strategy.name();
    }
}
