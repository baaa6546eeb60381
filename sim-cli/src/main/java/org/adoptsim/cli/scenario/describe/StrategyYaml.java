package org.adoptsim.cli.scenario.describe;

import static org.adoptsim.cli.scenario.describe.Words.exact;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.config.HoldoutEngagement;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Sunset;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.config.Trigger;

/**
 * A strategy written out in full as a scenario-file entry, every lever explicit, so that it can be
 * pasted into {@code strategies:} and edited. Loading the entry gives back an equal strategy.
 */
public final class StrategyYaml {
    private StrategyYaml() {
    }

    /** Lines of YAML (no trailing newline), the first being {@code name:}, indented by {@code indent}. */
    public static List<String> lines(Strategy s, String description, String indent) {
        String i = indent + "  ";
        List<String> out = new ArrayList<>();
        out.add(indent + s.name() + ":");
        if (description != null) {
            out.add(i + "description: \"" + description.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        out.add(i + "initialAdopters: {count: " + s.initialAdopters().count() + ", share: "
                + exact(s.initialAdopters().share()) + "}");
        out.add(i + "coalition: {size: " + s.coalition().size() + ", startWeek: " + s.coalition().startWeek() + "}");
        out.add(i + "announceWeek: " + (s.announceWeek() < 0 ? "never" : String.valueOf(s.announceWeek())));
        out.add(i + "tooling: [" + String.join(", ", s.tooling().stream().map(Tool::id).toList()) + "]");
        out.add(i + "dashboard: " + s.dashboard());
        out.add(i + "showCostOfStaying: " + s.showCostOfStaying());
        out.add(i + "champions: " + s.champions());
        out.add(i + "officeHours: " + exact(s.officeHours()));
        out.add(i + "executiveUnblocksPerQuarter: " + s.executiveUnblocksPerQuarter());
        out.add(i + "engageHoldouts: " + holdouts(s.engageHoldouts()));
        out.add(i + "mandate: " + mandate(s.mandate()));
        out.add(i + "sunset: " + sunset(s.sunset()));
        out.addAll(FunctionLeversText.yaml(s.functionLevers(), i));
        return out;
    }

    private static String holdouts(HoldoutEngagement h) {
        if (!h.enabled()) {
            return "none";
        }
        return "{hoursPerConversation: " + exact(h.hoursPerConversation()) + ", conversionProbability: "
                + exact(h.conversionProbability()) + ", cooldownWeeks: " + h.cooldownWeeks() + "}";
    }

    private static String mandate(Mandate m) {
        if (!m.enabled()) {
            return "none";
        }
        return "{" + trigger(m.trigger()) + "deadlineWeeks: " + m.deadlineWeeks() + ", pressure: " + exact(m.pressure())
                + ", executiveBacking: " + m.executiveBacking() + "}";
    }

    private static String sunset(Sunset s) {
        if (!s.enabled()) {
            return "none";
        }
        return "{" + trigger(s.trigger()) + "leadWeeks: " + s.leadWeeks() + "}";
    }

    private static String trigger(Trigger t) {
        return (t.week() >= 0 ? "atWeek: " + t.week() + ", " : "") + (t.share() >= 0 ? "atShare: " + exact(t.share()) + ", " : "");
    }
}
