package org.adoptsim.cli.results;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scenario path in words with its unit, for chart axes and legends: {@code rules.decisions.attention} is
 * "attention (weekly probability)", {@code organisation.attributes.effort.all.lognormal.median} "migration
 * effort median (h)", {@code strategies.earn-then-mandate.mandate.atShare} "earn-then-mandate: mandate
 * trigger (share of teams)". Units are those of docs/scenario-format.md. A path it does not know is put
 * in words from its last names (camelCase split) with a unit guessed from the name's ending ("…Hours" h,
 * "…Weeks" weeks, "…Share" share) or none. Stateless.
 */
public final class ParameterLabels {
    /** Words and unit of one field. */
    private record Words(String words, String unit) {
    }

    private static final Map<String, Words> ATTRIBUTES = Map.of(
            "threshold", new Words("adoption threshold", "share of visible adoption"),
            "proofNeeded", new Words("proof needed", "stable adopters"),
            "effort", new Words("migration effort", "h"),
            "capacity", new Words("team capacity", "h/week"),
            "gain", new Words("gain once migrated", "h/week"),
            "stayCost", new Words("cost of staying", "h/week"),
            "horizon", new Words("payback horizon", "weeks"),
            "hiddenDeps", new Words("hidden dependencies", "count"));

    /** Distribution fields: their words, and whether they carry the attribute's unit. */
    private static final Map<String, Boolean> IN_UNIT = Map.of("median", true, "mean", true, "sd", true, "min", true,
            "max", true, "sigma", false, "alpha", false, "beta", false);

    private static final Map<String, String> DISTRIBUTION_WORDS = Map.of("median", "median", "mean", "mean", "sd",
            "sd", "min", "minimum", "max", "maximum", "sigma", "spread (sigma of its log)", "alpha", "beta alpha", "beta",
            "beta beta");

    private static final Map<String, Words> FIELDS = Map.ofEntries(
            Map.entry("organisation.teams", new Words("teams", "count")),
            Map.entry("organisation.departments", new Words("departments", "count")),
            Map.entry("rules.decisions.attention", new Words("attention", "weekly probability")),
            Map.entry("rules.decisions.bassP", new Words("Bass innovation p", "per week")),
            Map.entry("rules.decisions.bassQ", new Words("Bass imitation q", "per week")),
            Map.entry("rules.decisions.stableWeeks", new Words("weeks to count as stable", "weeks")),
            Map.entry("rules.decisions.visibility", new Words("dashboard visibility", "weight")),
            Map.entry("rules.work.readinessShare", new Words("mandate readiness", "share of teams")),
            Map.entry("rules.work.resentmentSlowdown", new Words("resentment slowdown", "share of speed")),
            Map.entry("rules.work.dualCapacityFactor", new Words("dual team's capacity", "share of capacity")),
            Map.entry("rules.work.coalitionSupport", new Words("high-touch support", "work multiplier")),
            Map.entry("rules.work.championWeight", new Words("champion weight", "weight in local proof")),
            Map.entry("rules.work.oldIncidentRate", new Words("old-system incidents", "per team-week")),
            Map.entry("rules.work.newIncidentRate", new Words("new-system incidents", "per team-week")),
            Map.entry("rules.platform.capacity", new Words("platform capacity", "h/week")),
            Map.entry("rules.platform.maintenanceHours", new Words("old-system upkeep", "h/week")),
            Map.entry("rules.platform.dualHours", new Words("upkeep per dual team", "h/week")),
            Map.entry("rules.platform.supportHours", new Words("high-touch support per team", "h/week")),
            Map.entry("rules.platform.maturity", new Words("starting maturity", "0-1")),
            Map.entry("rules.platform.blockerRate", new Words("blocker rate at maturity 0", "per team-week")),
            Map.entry("rules.platform.questionShare", new Words("questions", "share of blockers")),
            Map.entry("rules.platform.fixEffort", new Words("blocker fix effort", "h")),
            Map.entry("rules.sunset.discoveryRate", new Words("hidden dependency discovery", "weekly probability")),
            Map.entry("rules.sunset.throttleFactor", new Words("throttle", "multiplier on stay cost")),
            Map.entry("rules.adoption.learningRate", new Words("learning rate", "per week")),
            Map.entry("rules.adoption.adoptedAt", new Words("self-sufficiency to count as adopted", "0-1")),
            Map.entry("rules.adoption.initiativeSupportShare", new Words("support to call it done",
                    "share of platform capacity")),
            Map.entry("rules.ledger.incidentHours", new Words("hours per incident", "h")),
            Map.entry("rules.ledger.hoursPerFte", new Words("hours per FTE", "h/week")),
            Map.entry("run.weeks", new Words("horizon", "weeks")),
            Map.entry("start.week", new Words("current week", "week")),
            Map.entry("start.maturity", new Words("today's maturity", "0-1")));

    /** Strategy fields, after {@code strategies.<name>.}. */
    private static final Map<String, Words> STRATEGY = Map.ofEntries(
            Map.entry("mandate.atShare", new Words("mandate trigger", "share of teams")),
            Map.entry("mandate.atWeek", new Words("mandate week", "week")),
            Map.entry("mandate.deadlineWeeks", new Words("mandate deadline", "weeks")),
            Map.entry("mandate.pressure", new Words("mandate pressure", "0-1")),
            Map.entry("sunset.atShare", new Words("sunset trigger", "share of teams")),
            Map.entry("sunset.atWeek", new Words("sunset week", "week")),
            Map.entry("sunset.leadWeeks", new Words("sunset notice", "weeks")),
            Map.entry("officeHours", new Words("office hours", "h/week")),
            Map.entry("executiveUnblocksPerQuarter", new Words("executive unblocks", "teams per quarter")),
            Map.entry("coalition.size", new Words("coalition size", "teams")),
            Map.entry("engageHoldouts.hoursPerConversation", new Words("hours per holdout conversation", "h")),
            Map.entry("engageHoldouts.conversionProbability", new Words("holdout conversion", "probability")),
            Map.entry("engageHoldouts.cooldownWeeks", new Words("holdout cooldown", "weeks")));

    private ParameterLabels() {
    }

    /** The path in words with its unit in brackets: "migration effort median (h)". */
    public static String words(String path) {
        Words w = of(path);
        return w.unit() == null ? w.words() : w.words() + " (" + w.unit() + ")";
    }

    /**
     * An axis title for a swept parameter: its words with unit, after the user's own label (the column name
     * in the tables) where the words do not already hold it ("speed: attention (weekly probability)", but
     * "earn-then-mandate: mandate trigger (share of teams)" for the label {@code trigger}, or a label that is
     * the path's tail, such as optimise's {@code mandate.atShare}).
     */
    public static String axis(String label, String path) {
        String w = words(path);
        boolean said = label == null || label.isBlank() || label.equals(path) || path.endsWith("." + label)
                || (" " + w.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ")
                        .contains(" " + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ");
        return said ? w : label + ": " + w;
    }

    private static Words of(String path) {
        String p = path.strip().replaceAll("^strategies\\[([^\\]]*)\\]", "strategies.$1");
        Words known = FIELDS.get(p);
        if (known != null) {
            return known;
        }
        List<String> parts = List.of(p.split("\\."));
        if (parts.size() >= 3 && parts.get(0).equals("organisation") && parts.get(1).equals("attributes")) {
            return attribute(parts);
        }
        if (parts.size() >= 3 && parts.get(0).equals("strategies")) {
            String name = parts.get(1).replaceAll("^\\[|\\]$", "");
            String rest = String.join(".", parts.subList(2, parts.size()));
            Words w = STRATEGY.getOrDefault(rest, guess(parts.subList(2, parts.size())));
            return new Words((name.equals("*") ? "" : name + ": ") + w.words(), w.unit());
        }
        if (parts.size() >= 3 && parts.get(0).equals("organisation") && parts.get(1).equals("archetypes")) {
            return new Words(parts.get(2) + "s", "share of teams");
        }
        if (p.startsWith("rules.platform.fixEffort.")) {
            return distribution(FIELDS.get("rules.platform.fixEffort"), parts.get(parts.size() - 1), "");
        }
        return guess(parts);
    }

    /** organisation.attributes.ATTR.(all|byArchetype.ARCH).DIST.FIELD */
    private static Words attribute(List<String> parts) {
        Words attr = ATTRIBUTES.get(parts.get(2));
        if (attr == null) {
            return guess(parts);
        }
        String scope = parts.size() > 4 && parts.get(3).equals("byArchetype") ? parts.get(4) + "s' " : "";
        String field = parts.get(parts.size() - 1);
        if (parts.size() == 4 && (field.equals("min") || field.equals("max"))) {
            return new Words(attr.words() + (field.equals("min") ? " floor" : " cap"), attr.unit());
        }
        return distribution(attr, field, scope);
    }

    private static Words distribution(Words attr, String field, String scope) {
        Boolean inUnit = IN_UNIT.get(field);
        if (inUnit == null) {
            return new Words(scope + attr.words() + " " + split(field), null);
        }
        return new Words(scope + attr.words() + " " + DISTRIBUTION_WORDS.get(field), inUnit ? attr.unit() : null);
    }

    /** The last one or two names in words, with a unit read off the last name's ending. */
    private static Words guess(List<String> parts) {
        String last = parts.get(parts.size() - 1);
        String words = parts.size() >= 2 && !parts.get(parts.size() - 2).matches("rules|organisation|strategies|run")
                ? split(parts.get(parts.size() - 2)) + " " + split(last) : split(last);
        String unit = last.endsWith("HoursPerWeek") || last.endsWith("PerWeek") && last.contains("ours") ? "h/week"
                : last.endsWith("Hours") || last.equals("hours") ? "h"
                : last.endsWith("Weeks") || last.equals("week") ? "weeks"
                : last.endsWith("Share") ? "share"
                : last.endsWith("Probability") || last.length() > 1 && last.charAt(0) == 'p'
                        && Character.isUpperCase(last.charAt(1)) ? "probability"
                : last.endsWith("Factor") ? "multiplier" : null;
        return new Words(words, unit);
    }

    private static String split(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
