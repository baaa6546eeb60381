package org.adoptsim.cli.scenario.describe;

import static org.adoptsim.cli.scenario.describe.Words.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adoptsim.core.config.Contract;
import org.adoptsim.core.config.FunctionLevers;
import org.adoptsim.core.config.Liaisons;
import org.adoptsim.core.config.TimedLever;

/**
 * A strategy's levers for the functions nobody commands (docs/model.md, "Across functions") in words
 * (for {@code validate}) and as scenario-file lines (for {@link StrategyYaml}). Nothing for a strategy
 * without them, so the other strategies read as before.
 */
public final class FunctionLeversText {
    private FunctionLeversText() {
    }

    public static List<String> phrases(FunctionLevers l) {
        List<String> p = new ArrayList<>();
        timed(p, l.constraintMapping(), "constraint mapping");
        for (Map.Entry<String, Contract> e : l.mutualBenefit().entrySet()) {
            Contract c = e.getValue();
            p.add("contract with " + e.getKey() + " from week " + c.week() + " (" + exact(c.hours()) + " h; review x "
                    + exact(1 - c.cut()) + ", alignment +" + exact(c.alignmentGain()) + ")");
        }
        timed(p, l.decisionFeeds(), "decision feeds");
        Liaisons li = l.liaisons();
        if (li.enabled()) {
            p.add("liaisons with " + (li.functions().isEmpty() ? "every function" : String.join(", ", li.functions()))
                    + " from week " + li.week() + " (" + exact(li.hoursPerWeek()) + " h/week each)");
        }
        timed(p, l.pilotFirst(), "pilot first");
        return p;
    }

    private static void timed(List<String> p, TimedLever t, String what) {
        if (t.enabled()) {
            p.add(what + " from week " + t.week() + " (" + exact(t.hours()) + " h)");
        }
    }

    /** The lines of the levers that are on, each indented by {@code indent}. */
    public static List<String> yaml(FunctionLevers l, String indent) {
        List<String> out = new ArrayList<>();
        yamlTimed(out, indent, "constraintMapping", l.constraintMapping());
        if (!l.mutualBenefit().isEmpty()) {
            List<String> parts = new ArrayList<>();
            l.mutualBenefit().forEach((name, c) -> parts.add(name + ": {week: " + c.week() + ", hours: " + exact(c.hours())
                    + ", cut: " + exact(c.cut()) + ", alignmentGain: " + exact(c.alignmentGain()) + "}"));
            out.add(indent + "mutualBenefit: {" + String.join(", ", parts) + "}");
        }
        yamlTimed(out, indent, "decisionFeeds", l.decisionFeeds());
        Liaisons li = l.liaisons();
        if (li.enabled()) {
            out.add(indent + "liaisons: {week: " + li.week() + ", hoursPerWeek: " + exact(li.hoursPerWeek())
                    + (li.functions().isEmpty() ? "" : ", functions: [" + String.join(", ", li.functions()) + "]") + "}");
        }
        yamlTimed(out, indent, "pilotFirst", l.pilotFirst());
        return out;
    }

    private static void yamlTimed(List<String> out, String indent, String key, TimedLever t) {
        if (t.enabled()) {
            out.add(indent + key + ": {week: " + t.week() + ", hours: " + exact(t.hours()) + "}");
        }
    }
}
