package org.adoptsim.cli.explore;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.adoptsim.cli.scenario.LoadedScenario;
import org.adoptsim.cli.scenario.StrategyInfo;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.config.Trigger;

/**
 * Where the page's levers start: each strategy's levers as the scenario file resolves them (presets
 * with their overrides applied), in the same names as {@link Levers}, and the uncertainties the file
 * offers. Stateless.
 */
final class LeverState {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LeverState() {
    }

    static ArrayNode strategies(LoadedScenario loaded) {
        ArrayNode a = NODES.arrayNode();
        for (Strategy s : loaded.scenario().strategies()) {
            ObjectNode o = a.addObject().put("name", s.name());
            StrategyInfo info = loaded.strategy(s.name()).orElse(null);
            if (info != null && info.description() != null) {
                o.put("description", info.description());
            }
            if (info != null && info.preset() != null) {
                o.put("preset", info.preset());
            }
            ObjectNode levers = o.putObject("levers");
            trigger(levers.putObject("mandate"), s.mandate().trigger(), s.mandate().deadlineWeeks());
            trigger(levers.putObject("sunset"), s.sunset().trigger(), s.sunset().leadWeeks());
            levers.put("coalitionSize", s.coalition().size());
            ArrayNode tools = levers.putArray("tooling");
            s.tooling().forEach(t -> tools.add(t.id()));
            levers.put("dashboard", s.dashboard()).put("champions", s.champions())
                    .put("officeHours", s.officeHours())
                    .put("executiveUnblocksPerQuarter", s.executiveUnblocksPerQuarter());
        }
        return a;
    }

    static ArrayNode tools() {
        ArrayNode a = NODES.arrayNode();
        for (Tool t : Tool.values()) {
            a.add(t.id());
        }
        return a;
    }

    private static void trigger(ObjectNode o, Trigger t, int weeks) {
        o.put("enabled", t.enabled());
        if (t.week() >= 0) {
            o.put("atWeek", t.week());
        } else {
            o.putNull("atWeek");
        }
        if (t.share() >= 0) {
            o.put("atShare", t.share());
        } else {
            o.putNull("atShare");
        }
        o.put("weeks", weeks);
    }
}
