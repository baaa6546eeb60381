package org.adoptsim.cli.scenario.describe;

import static org.adoptsim.cli.scenario.describe.Words.num;
import static org.adoptsim.cli.scenario.describe.Words.percent;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.config.HoldoutEngagement;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Sunset;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.config.Trigger;

/** What a strategy sets, in words: one phrase per lever that does something, in timeline order. */
public final class StrategyText {
    private StrategyText() {
    }

    /** e.g. "coalition of 5; announce at week 0; tools: scripts, runbooks; dashboard". */
    public static String of(Strategy s) {
        return String.join("; ", phrases(s));
    }

    public static List<String> phrases(Strategy s) {
        List<String> p = new ArrayList<>();
        if (s.initialAdopters().count() > 0) {
            p.add(Words.count(s.initialAdopters().count(), "team") + " done at week 0");
        } else if (s.initialAdopters().share() > 0) {
            p.add(percent(s.initialAdopters().share()) + " of teams done at week 0");
        }
        if (s.coalition().size() > 0) {
            p.add("coalition of " + s.coalition().size()
                    + (s.coalition().startWeek() > 0 ? " from week " + s.coalition().startWeek() : ""));
        }
        p.add(s.announceWeek() >= 0 ? "announce at week " + s.announceWeek() : "never announced");
        if (!s.tooling().isEmpty()) {
            p.add("tools: " + String.join(", ", s.tooling().stream().map(Tool::id).toList()));
        }
        flag(p, s.dashboard(), "dashboard");
        flag(p, s.showCostOfStaying(), "shows the cost of staying");
        flag(p, s.champions(), "champions programme");
        if (s.officeHours() > 0) {
            p.add("office hours " + num(s.officeHours()) + " h/week");
        }
        if (s.executiveUnblocksPerQuarter() > 0) {
            p.add("executive unblocks " + s.executiveUnblocksPerQuarter() + " teams/quarter");
        }
        holdouts(p, s.engageHoldouts());
        mandate(p, s.mandate());
        sunset(p, s.sunset());
        p.addAll(FunctionLeversText.phrases(s.functionLevers()));
        return p;
    }

    private static void flag(List<String> p, boolean on, String phrase) {
        if (on) {
            p.add(phrase);
        }
    }

    private static void holdouts(List<String> p, HoldoutEngagement h) {
        if (h.enabled()) {
            p.add("talks with holdouts (" + num(h.hoursPerConversation()) + " h each, "
                    + percent(h.conversionProbability()) + " convert, at most every " + h.cooldownWeeks() + " weeks)");
        }
    }

    private static void mandate(List<String> p, Mandate m) {
        if (m.enabled()) {
            p.add("mandate " + when(m.trigger()) + " (deadline " + m.deadlineWeeks() + " weeks, pressure "
                    + num(m.pressure()) + (m.executiveBacking() ? ", executive backing" : "") + ")");
        }
    }

    private static void sunset(List<String> p, Sunset s) {
        if (s.enabled()) {
            p.add("sunset announced " + when(s.trigger()) + ", old system off " + s.leadWeeks() + " weeks later");
        }
    }

    /** "at week 4", "at 70% honest adoption", or both ("whichever comes first"). */
    public static String when(Trigger t) {
        String week = t.week() >= 0 ? "at week " + t.week() : null;
        String share = t.share() >= 0 ? "at " + percent(t.share()) + " honest adoption" : null;
        if (week != null && share != null) {
            return week + " or " + share + ", whichever comes first";
        }
        return week != null ? week : share;
    }
}
