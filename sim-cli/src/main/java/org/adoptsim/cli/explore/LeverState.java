package org.adoptsim.cli.explore;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.adoptsim.cli.scenario.LoadedScenario;
import org.adoptsim.cli.scenario.StrategyInfo;
import org.adoptsim.core.config.Contract;
import org.adoptsim.core.config.CrossFunction;
import org.adoptsim.core.config.FunctionLevers;
import org.adoptsim.core.config.Functions;
import org.adoptsim.core.config.Liaisons;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.TimedLever;
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
            Functions functions = loaded.scenario().rules().functions();
            if (functions.enabled()) {
                functionLevers(levers, s.functionLevers(), functions);
            }
        }
        return a;
    }

    /** The functions the scenario declares, in sign-off order; an empty list where it declares none. */
    static ArrayNode functions(LoadedScenario loaded) {
        ArrayNode a = NODES.arrayNode();
        loaded.scenario().rules().functions().list().forEach(f -> a.add(f.name()));
        return a;
    }

    /**
     * The levers for the functions nobody commands, only for a scenario that declares functions: each
     * with {@code enabled} and its fields, a lever that is off with the file format's defaults (where a
     * control starts when switched on), and a contract per declared function.
     */
    private static void functionLevers(ObjectNode levers, FunctionLevers l, Functions functions) {
        practice(levers.putObject("constraintMapping"), l.constraintMapping());
        ObjectNode contracts = levers.putObject("mutualBenefit");
        for (CrossFunction f : functions.list()) {
            Contract c = l.mutualBenefit().get(f.name());
            Contract shown = c == null ? Contract.at(0, 0) : c;
            contracts.putObject(f.name()).put("enabled", c != null).put("week", shown.week())
                    .put("hours", shown.hours()).put("cut", shown.cut()).put("alignmentGain", shown.alignmentGain());
        }
        practice(levers.putObject("decisionFeeds"), l.decisionFeeds());
        Liaisons li = l.liaisons();
        ObjectNode o = levers.putObject("liaisons").put("enabled", li.enabled())
                .put("week", Math.max(0, li.week())).put("hoursPerWeek", li.hoursPerWeek());
        ArrayNode names = o.putArray("functions");
        li.functions().forEach(names::add);
        practice(levers.putObject("pilotFirst"), l.pilotFirst());
    }

    private static void practice(ObjectNode o, TimedLever t) {
        o.put("enabled", t.enabled()).put("week", Math.max(0, t.week())).put("hours", t.hours());
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
