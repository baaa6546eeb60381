package org.adoptsim.cli.scenario.describe;

import static org.adoptsim.cli.scenario.describe.Words.exact;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.config.CrossFunction;
import org.adoptsim.core.config.FunctionNeed;
import org.adoptsim.core.config.Functions;

/** The declared functions nobody commands in words, one per line, for {@code validate}. */
public final class FunctionsText {
    private FunctionsText() {
    }

    public static List<String> lines(Functions functions) {
        List<String> out = new ArrayList<>();
        for (CrossFunction f : functions.list()) {
            out.add(f.name() + ": " + f.stage().id() + " sign-off, sits every " + f.cadenceWeeks() + " weeks, "
                    + exact(f.capacity()) + " reviews a session of " + exact(f.reviewWeeks()) + " weeks, alignment "
                    + exact(f.alignment()) + ", rework " + exact(f.reworkHours()) + " h; needed by " + need(f.need()));
        }
        return out;
    }

    private static String need(FunctionNeed n) {
        if (n instanceof FunctionNeed.Share s) {
            return s.share() >= 1 ? "every team" : Words.percent(s.share()) + " of teams";
        } else if (n instanceof FunctionNeed.ByArchetype a) {
            List<String> parts = new ArrayList<>();
            a.shares().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> parts.add(e.getKey().id() + " " + Words.percent(e.getValue())));
            return String.join(", ", parts);
        } else if (n instanceof FunctionNeed.ByDepartment d) {
            return "departments " + d.shares().keySet().stream().sorted().map(String::valueOf).toList();
        }
        return "teams " + ((FunctionNeed.Teams) n).teams();
    }
}
