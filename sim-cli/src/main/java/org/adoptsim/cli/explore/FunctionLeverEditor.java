package org.adoptsim.cli.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.adoptsim.cli.Excerpt;

/**
 * Writes a strategy's levers for the functions nobody commands ({@code constraintMapping},
 * {@code mutualBenefit}, {@code decisionFeeds}, {@code liaisons}, {@code pilotFirst}; docs/model.md,
 * "Across functions") into its YAML tree, as the file format reads them: a lever switched on is written
 * whole, one switched off is left out (no preset has any of them, so left out is off). The values are
 * checked by the scenario loader afterwards, as a file's; only a scenario that declares functions takes
 * them. Stateless.
 */
final class FunctionLeverEditor {

    private FunctionLeverEditor() {
    }

    static void edit(ObjectNode root, ObjectNode strategy, String lever, Levers.StrategyLevers s) {
        if (!(root.get("functions") instanceof ObjectNode f) || f.isEmpty()) {
            throw new LeverException(lever + "." + first(s), "the scenario declares no functions, so a strategy"
                    + " has no levers for them");
        }
        practice(strategy, lever, "constraintMapping", s.constraintMapping());
        practice(strategy, lever, "decisionFeeds", s.decisionFeeds());
        practice(strategy, lever, "pilotFirst", s.pilotFirst());
        liaisons(strategy, lever + ".liaisons", s.liaisons());
        if (s.mutualBenefit() != null) {
            contracts(strategy, lever + ".mutualBenefit", s.mutualBenefit());
        }
    }

    /** The first function lever the request moves, to name it in a refusal. */
    private static String first(Levers.StrategyLevers s) {
        return s.constraintMapping() != null ? "constraintMapping" : s.mutualBenefit() != null ? "mutualBenefit"
                : s.decisionFeeds() != null ? "decisionFeeds" : s.liaisons() != null ? "liaisons" : "pilotFirst";
    }

    private static void practice(ObjectNode strategy, String lever, String field, Levers.PracticeLever p) {
        if (p == null) {
            return;
        }
        if (!p.enabled()) {
            strategy.remove(field);
            return;
        }
        ObjectNode o = strategy.putObject(field);
        if (p.week() != null) {
            o.put("week", p.week());
        }
        if (p.hours() != null) {
            o.set("hours", ScenarioEditor.number(lever + "." + field + ".hours", p.hours()));
        }
    }

    private static void liaisons(ObjectNode strategy, String lever, Levers.LiaisonsLever l) {
        if (l == null) {
            return;
        }
        if (!l.enabled()) {
            strategy.remove("liaisons");
            return;
        }
        ObjectNode o = strategy.putObject("liaisons");
        if (l.week() != null) {
            o.put("week", l.week());
        }
        if (l.hoursPerWeek() != null) {
            o.set("hoursPerWeek", ScenarioEditor.number(lever + ".hoursPerWeek", l.hoursPerWeek()));
        }
        if (l.functions() != null && !l.functions().isEmpty()) {
            ArrayNode names = o.putArray("functions");
            l.functions().forEach(names::add);
        }
    }

    /** Each named function's contract replaced whole or removed; the others keep the file's. */
    private static void contracts(ObjectNode strategy, String lever, Map<String, Levers.ContractLever> moved) {
        JsonNode existing = strategy.get("mutualBenefit");
        ObjectNode contracts = existing instanceof ObjectNode o ? o : strategy.putObject("mutualBenefit");
        moved.forEach((function, c) -> {
            String at = lever + "." + Excerpt.of(function);
            if (c == null) {
                throw new LeverException(at, "expected an object, was null");
            }
            if (!c.enabled()) {
                contracts.remove(function);
                return;
            }
            ObjectNode o = contracts.putObject(function);
            if (c.week() != null) {
                o.put("week", c.week());
            }
            if (c.hours() != null) {
                o.set("hours", ScenarioEditor.number(at + ".hours", c.hours()));
            }
            if (c.cut() != null) {
                o.set("cut", ScenarioEditor.number(at + ".cut", c.cut()));
            }
            if (c.alignmentGain() != null) {
                o.set("alignmentGain", ScenarioEditor.number(at + ".alignmentGain", c.alignmentGain()));
            }
        });
        if (contracts.isEmpty()) {
            strategy.remove("mutualBenefit");
        }
    }
}
