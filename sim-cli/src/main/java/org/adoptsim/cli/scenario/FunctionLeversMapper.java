package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.integer;
import static org.adoptsim.cli.scenario.shape.NumberShape.number;
import static org.adoptsim.cli.scenario.shape.NumberShape.probability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.scenario.shape.ListShape;
import org.adoptsim.cli.scenario.shape.MapShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.StringShape;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.core.config.Contract;
import org.adoptsim.core.config.FunctionLevers;
import org.adoptsim.core.config.Liaisons;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.TimedLever;

/**
 * A strategy's levers for the functions nobody commands (docs/model.md, "Across functions"):
 * {@code constraintMapping}, {@code mutualBenefit} (per function), {@code decisionFeeds},
 * {@code liaisons} and {@code pilotFirst}, each timed ({@code week}) and costed in platform hours.
 * Each given lever replaces the base strategy's whole.
 */
final class FunctionLeversMapper {
    static final String[] KEYS = {"constraintMapping", "mutualBenefit", "decisionFeeds", "liaisons", "pilotFirst"};

    private static ObjectShape timed(String what, String hours) {
        return ObjectShape.builder().description(what)
                .optional("week", integer().min(0), "week the lever starts (default 0)")
                .optional("hours", number().min(0), hours + " (default 0)")
                .build();
    }

    static final ObjectShape CONSTRAINT_MAPPING = timed(
            "map each function's constraint: teams file their requests when they start migrating, send-backs halve",
            "platform hours, once");
    static final ObjectShape DECISION_FEEDS = timed(
            "decision feeds instead of gatekeepers: a stage's sign-offs are requested at once", "platform hours, once");
    static final ObjectShape PILOT_FIRST = timed(
            "early wins in low-stakes domains: coalition and initial adopters from the teams needing fewest sign-offs",
            "platform hours, once (charged in its week; the picks are made at week 0)");
    static final ObjectShape CONTRACT = ObjectShape.builder()
            .description("a mutual-benefit contract: the function's review time x (1 - cut), its alignment + alignmentGain")
            .optional("week", integer().min(0), "week it takes effect (default 0)")
            .optional("hours", number().min(0), "platform hours to build what the function needs, once (default 0)")
            .optional("cut", number().min(0).max(0.99), "share of review time cut (default 0.4)")
            .optional("alignmentGain", probability(), "alignment added, capped at 1 (default 0.4)")
            .build();
    static final ObjectShape LIAISONS = ObjectShape.builder()
            .description("relationship liaisons: while staffed a function's alignment drifts up, slowly at first")
            .optional("week", integer().min(0), "week the liaisons start (default 0)")
            .optional("hoursPerWeek", number().min(0), "platform hours a week per liaised function (default 0)")
            .optional("functions", ListShape.of(StringShape.name("a function name")).distinct(),
                    "the liaised functions (default: all)")
            .build();
    static final MapShape MUTUAL_BENEFIT = new MapShape(StringShape.name("a function name"), CONTRACT,
            "mutual-benefit contracts, per function");

    private FunctionLeversMapper() {
    }

    /** Adds the five lever fields to a strategy's shape. */
    static ObjectShape.Builder fields(ObjectShape.Builder b) {
        return b.optional("constraintMapping", CONSTRAINT_MAPPING, CONSTRAINT_MAPPING.description())
                .optional("mutualBenefit", MUTUAL_BENEFIT, MUTUAL_BENEFIT.description())
                .optional("decisionFeeds", DECISION_FEEDS, DECISION_FEEDS.description())
                .optional("liaisons", LIAISONS, LIAISONS.description())
                .optional("pilotFirst", PILOT_FIRST, PILOT_FIRST.description());
    }

    static Strategy.Builder map(Fields f, Strategy base, Strategy.Builder b) {
        FunctionLevers l = base.functionLevers();
        if (f.has("constraintMapping")) {
            l = l.withConstraintMapping(timed(f.child("constraintMapping")));
        }
        if (f.has("mutualBenefit")) {
            l = l.withMutualBenefit(contracts(f.child("mutualBenefit")));
        }
        if (f.has("decisionFeeds")) {
            l = l.withDecisionFeeds(timed(f.child("decisionFeeds")));
        }
        if (f.has("liaisons")) {
            l = l.withLiaisons(liaisons(f.child("liaisons")));
        }
        if (f.has("pilotFirst")) {
            l = l.withPilotFirst(timed(f.child("pilotFirst")));
        }
        return b.functionLevers(l);
    }

    /**
     * Every function a strategy's contracts or liaisons name must be declared under {@code functions};
     * the error is located at the name.
     */
    static void checkNames(Fields strategies, List<String> declared) {
        for (YMap.Entry e : strategies.map().entries()) {
            if (!(e.value() instanceof YMap)) {
                continue;
            }
            Fields s = Fields.of(e.value(), strategies.pathOf(e.key()));
            if (s.has("mutualBenefit")) {
                Fields m = s.child("mutualBenefit");
                for (String name : m.map().keys()) {
                    if (!declared.contains(name)) {
                        throw m.error(name, unknown(name, declared));
                    }
                }
            }
            if (s.has("liaisons") && s.child("liaisons").has("functions")) {
                Fields l = s.child("liaisons");
                YList list = (YList) l.node("functions");
                for (int k = 0; k < list.size(); k++) {
                    String name = ((YScalar) list.get(k)).text();
                    if (!declared.contains(name)) {
                        throw new org.adoptsim.cli.scenario.input.ScenarioException(list.get(k).where(),
                                l.pathOf("functions") + "[" + k + "]", unknown(name, declared));
                    }
                }
            }
        }
    }

    private static String unknown(String name, List<String> declared) {
        return declared.isEmpty() ? "no function " + org.adoptsim.cli.Excerpt.quoted(name) + " is declared (the file has no functions:)"
                : org.adoptsim.cli.scenario.shape.Problems.unknown("unknown function " + org.adoptsim.cli.Excerpt.quoted(name),
                        name, declared);
    }

    private static TimedLever timed(Fields f) {
        return f.build(() -> TimedLever.at(f.integer("week", 0), f.number("hours", 0)));
    }

    private static Map<String, Contract> contracts(Fields f) {
        Map<String, Contract> out = new LinkedHashMap<>();
        for (YMap.Entry e : f.map().entries()) {
            Fields c = Fields.of(e.value(), f.pathOf(e.key()));
            out.put(e.key(), c.build(() -> new Contract(c.integer("week", 0), c.number("hours", 0),
                    c.number("cut", Contract.DEFAULT_CUT), c.number("alignmentGain", Contract.DEFAULT_ALIGNMENT_GAIN))));
        }
        return out;
    }

    private static Liaisons liaisons(Fields f) {
        List<String> names = new ArrayList<>();
        if (f.has("functions")) {
            for (YNode n : ((YList) f.node("functions")).items()) {
                names.add(((YScalar) n).text());
            }
        }
        return f.build(() -> new Liaisons(f.integer("week", 0), f.number("hoursPerWeek", 0), names));
    }
}
