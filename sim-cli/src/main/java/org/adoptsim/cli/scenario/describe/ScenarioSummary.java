package org.adoptsim.cli.scenario.describe;

import java.io.PrintWriter;
import java.util.List;
import org.adoptsim.cli.scenario.LoadedScenario;
import org.adoptsim.cli.scenario.StrategyInfo;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.RunSettings;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.TeamAttributes;
import org.adoptsim.core.org.Org;

/**
 * The readable summary {@code adoptsim validate} prints: what the scenario defines, section by section,
 * with the organisation as drawn for replicate 0 when it was drawn (archetype counts, ties, edges).
 */
public final class ScenarioSummary {
    private static final String INDENT = "  ";
    private static final int LABEL = 14;

    private ScenarioSummary() {
    }

    /** Writes the summary; {@code drawn} is replicate 0's organisation, or null if it was not drawn. */
    public static void write(LoadedScenario loaded, Org drawn, PrintWriter out) {
        Scenario s = loaded.scenario();
        Organisation o = s.organisation();
        line(out, "name", s.name() + (loaded.description() == null ? "" : ": " + loaded.description()));
        line(out, "organisation", Words.count(o.teams(), "team") + " in " + Words.count(o.departments(), "department")
                + (loaded.teamNames().isEmpty() ? "" : ", named in a teams file"));
        if (!loaded.teamNames().isEmpty()) {
            line(out, "teams file", KnownText.of(o.known(), o.teams()));
        }
        line(out, "archetypes", OrgText.archetypes(o, drawn));
        attributes(out, o.attributes());
        line(out, "network", OrgText.network(o.network(), drawn));
        line(out, "dependencies", OrgText.dependencies(o.dependencies(), drawn));
        rules(out, s.rules());
        List<String> functions = FunctionsText.lines(s.rules().functions());
        for (int k = 0; k < functions.size(); k++) {
            line(out, k == 0 ? "functions" : "", functions.get(k));
        }
        RunSettings r = s.run();
        line(out, "run", r.weeks() + " weeks, " + Words.count(r.replicates(), "replicate") + ", seed " + r.seed());
        line(out, "strategies", String.valueOf(s.strategies().size()));
        int width = loaded.strategies().stream().mapToInt(i -> i.name().length()).max().orElse(0);
        for (StrategyInfo i : loaded.strategies()) {
            String under = INDENT + INDENT + " ".repeat(width) + "  ";
            out.println(INDENT + INDENT + i.name() + " ".repeat(width - i.name().length()) + "  " + origin(i));
            if (i.description() != null) {
                out.println(under + "\"" + i.description() + "\"");
            }
            out.println(under + StrategyText.of(i.strategy()));
        }
        if (drawn == null) {
            out.println(INDENT + "(the organisation was not drawn: it is large; counts above are expected values)");
        }
    }

    private static String origin(StrategyInfo i) {
        String from = i.preset() == null ? "built from scratch" : "preset " + i.preset();
        String set = i.overridden().isEmpty() ? "" : (i.preset() == null ? ", sets " : ", overrides ")
                + String.join(", ", i.overridden());
        return from + set;
    }

    private static void attributes(PrintWriter out, TeamAttributes a) {
        String[][] rows = {
            {"threshold", DistributionText.of(a.threshold()), "share"},
            {"proofNeeded", DistributionText.of(a.proofNeeded()), "teams"},
            {"effort", DistributionText.of(a.effort()), "h"},
            {"capacity", DistributionText.of(a.capacity()), "h/week"},
            {"gain", DistributionText.of(a.gain()), "h/week"},
            {"stayCost", DistributionText.of(a.stayCost()), "h/week"},
            {"horizon", DistributionText.of(a.horizon()), "weeks"},
            {"hiddenDeps", DistributionText.of(a.hiddenDeps()), "count"},
        };
        String label = "attributes";
        for (String[] row : rows) {
            line(out, label, pad(row[0], 12) + row[1] + " [" + row[2] + "]");
            label = "";
        }
    }

    private static void rules(PrintWriter out, Rules r) {
        List<String> diff = RulesDiff.differences(r, Rules.defaults());
        if (diff.isEmpty()) {
            line(out, "rules", "docs/model.md defaults");
            return;
        }
        line(out, "rules", "docs/model.md defaults except:");
        for (String d : diff) {
            line(out, "", INDENT + d);
        }
    }

    private static void line(PrintWriter out, String label, String text) {
        out.println(INDENT + pad(label, LABEL) + text);
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    static String archetypeWord(Archetype a, long n) {
        return Words.count(n, a.id());
    }
}
