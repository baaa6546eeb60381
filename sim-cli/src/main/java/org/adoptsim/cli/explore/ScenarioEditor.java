package org.adoptsim.cli.explore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.scenario.LoadContext;
import org.adoptsim.cli.scenario.LoadedScenario;
import org.adoptsim.cli.scenario.ScenarioLoader;
import org.adoptsim.cli.yaml.YamlLimits;
import org.adoptsim.cli.yaml.YamlTreeReader;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Strategy;

/**
 * Applies {@link Levers} to a scenario file: the file's YAML tree gets the moved values written into
 * it, the tree is written out as YAML text, and that text is loaded by {@link ScenarioLoader} — the
 * loader {@code compare} uses — so a bad value is refused with the loader's own one-line message
 * ({@code field: problem}; see {@link #load}) and the text is exactly the file "Save as scenario"
 * downloads. The uncertainties, which become fields the user never set, are checked first in the
 * request's terms. Files the scenario names (teams, edge lists) resolve beside the original file.
 * Thread-safe: the parsed tree is never modified.
 */
final class ScenarioEditor {
    /** The largest organisation the team-count slider may ask for: a bound on one request's work. */
    static final int MAX_TEAMS = 5000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private final ObjectNode root;
    private final String display;
    private final String savedName;
    private final LoadContext context;

    /**
     * @param text    the scenario file's text, already loaded once (so known to be valid)
     * @param file    the file, to resolve the files it names
     * @param display the file as the user named it
     */
    ScenarioEditor(String text, Path file, String display) {
        JsonNode tree = YamlTree.toJackson(YamlTreeReader.read(text, display, YamlLimits.defaults()));
        if (!(tree instanceof ObjectNode o)) {
            throw new IllegalArgumentException(display + ": a scenario is a mapping");
        }
        String stem = stem(file);
        if (!o.has("name")) {
            o.put("name", stem);
        }
        this.root = o;
        this.display = display;
        // Safe in a Content-Disposition header and as a file name anywhere.
        this.savedName = stem.replaceAll("[^A-Za-z0-9._-]+", "-") + "-explored.yaml";
        this.context = LoadContext.of(file, display);
    }

    /** The name "Save as scenario" gives the file; the loader reads the edited text under it. */
    String savedName() {
        return savedName;
    }

    /**
     * The scenario with the levers applied, checked and mapped by the loader. A problem the loader finds
     * in the edited text is the levers' (the file itself loaded): it is told by its field and problem
     * alone, without a location in a text the user never gets (a refused lever cannot be saved). A
     * problem in a file the scenario names keeps its location there.
     */
    LoadedScenario load(Levers levers) {
        try {
            return ScenarioLoader.parse(yaml(levers), savedName, context);
        } catch (LocatedException e) {
            String located = e.where() == null ? null : e.where() + ": ";
            if (located == null || !savedName.equals(e.where().file()) || !e.getMessage().startsWith(located)) {
                throw e;
            }
            throw new LeverException(e.getMessage().substring(located.length()));
        }
    }

    /** The scenario file with the levers applied, as YAML text with a comment saying where it came from. */
    String yaml(Levers levers) {
        ObjectNode edited = root.deepCopy();
        levers.strategies().forEach((name, s) -> editStrategy(edited, name, s));
        editUncertainties(edited, levers.uncertainties());
        try {
            return "# Written by adoptsim explore from " + display.replace('\n', ' ') + ", with the levers as set"
                    + " on the page.\n# Comments of the original are not kept; files it names resolve beside"
                    + " the original.\n" + YAML.writeValueAsString(edited);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the scenario as YAML", e);
        }
    }

    /** The uncertainties this scenario offers, with their values in the file; absent ones are left out. */
    Map<String, Object> uncertainties() {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonNode attributes = root.path("organisation").path("attributes");
        JsonNode effort = attributes.path("effort").path("all").path("lognormal").path("median");
        if (effort.isNumber()) {
            out.put("effortMedian", effort.doubleValue());
        }
        Map<String, Double> means = new LinkedHashMap<>();
        attributes.path("threshold").path("byArchetype").fields().forEachRemaining(e -> {
            JsonNode beta = e.getValue().path("beta");
            if (beta.path("alpha").isNumber() && beta.path("beta").isNumber()) {
                double a = beta.path("alpha").doubleValue();
                double b = beta.path("beta").doubleValue();
                means.put(e.getKey(), a / (a + b));
            }
        });
        if (!means.isEmpty()) {
            out.put("thresholdMeans", means);
        }
        JsonNode uniform = attributes.path("capacity").path("all").path("uniform");
        if (uniform.path("min").isNumber() && uniform.path("max").isNumber()) {
            out.put("capacityMean", (uniform.path("min").doubleValue() + uniform.path("max").doubleValue()) / 2);
        }
        if (root.path("organisation").path("teams").isIntegralNumber()) {
            out.put("teams", root.path("organisation").path("teams").intValue());
        }
        return out;
    }

    private static void editStrategy(ObjectNode root, String name, Levers.StrategyLevers s) {
        if (s == null) {
            return;
        }
        ObjectNode strategies = strategies(root);
        JsonNode node = strategies.get(name);
        if (node == null) {
            // The name is the request's text, of any length: quoted at most Excerpt.MAX_CHARS characters.
            throw new LeverException("strategies." + Excerpt.of(name), "the scenario has no strategy "
                    + Excerpt.quoted(name));
        }
        ObjectNode strategy;
        if (node instanceof ObjectNode o) {
            strategy = o;
        } else if (node.isTextual()) {
            strategy = NODES.objectNode().put("preset", node.textValue());
        } else {
            throw new LeverException("strategies." + Excerpt.of(name), "the scenario gives this strategy as neither a preset"
                    + " name nor a mapping");
        }
        strategies.set(name, strategy);
        String lever = "strategies." + Excerpt.of(name);
        trigger(strategy, lever + ".mandate", "mandate", "deadlineWeeks", s.mandate());
        trigger(strategy, lever + ".sunset", "sunset", "leadWeeks", s.sunset());
        if (s.coalitionSize() != null) {
            ObjectNode coalition = strategy.get("coalition") instanceof ObjectNode c ? c
                    : strategy.putObject("coalition");
            coalition.put("size", s.coalitionSize());
        }
        if (s.tooling() != null) {
            ArrayNode tools = strategy.putArray("tooling");
            s.tooling().forEach(tools::add);
        }
        if (s.dashboard() != null) {
            strategy.put("dashboard", s.dashboard());
        }
        if (s.champions() != null) {
            strategy.put("champions", s.champions());
        }
        if (s.officeHours() != null) {
            strategy.set("officeHours", number(lever + ".officeHours", s.officeHours()));
        }
        if (s.executiveUnblocksPerQuarter() != null) {
            strategy.put("executiveUnblocksPerQuarter", s.executiveUnblocksPerQuarter());
        }
        if (s.movesFunctionLevers()) {
            FunctionLeverEditor.edit(root, strategy, lever, s);
        }
    }

    /** The strategies mapping; a scenario without one gets the five presets written out (the format's default). */
    private static ObjectNode strategies(ObjectNode root) {
        if (root.get("strategies") instanceof ObjectNode o) {
            return o;
        }
        if (root.has("strategies")) {
            throw new LeverException("strategies", "the scenario's strategies are not a mapping");
        }
        ObjectNode presets = root.putObject("strategies");
        for (Strategy p : Presets.all()) {
            presets.put(p.name(), p.name());
        }
        return presets;
    }

    private static void trigger(ObjectNode strategy, String lever, String field, String weeksField,
            Levers.TriggerLever t) {
        if (t == null) {
            return;
        }
        if (!t.enabled()) {
            strategy.put(field, "none");
            return;
        }
        ObjectNode node = strategy.get(field) instanceof ObjectNode o ? o : strategy.putObject(field);
        if (t.atWeek() != null || t.atShare() != null) {
            node.remove("atWeek");
            node.remove("atShare");
            if (t.atWeek() != null) {
                node.put("atWeek", t.atWeek());
            }
            if (t.atShare() != null) {
                node.set("atShare", number(lever + ".atShare", t.atShare()));
            }
        }
        if (t.weeks() != null) {
            node.put(weeksField, t.weeks());
        }
    }

    /**
     * Each uncertainty is checked here, in the request's own terms, before it is written: the loader
     * would name the file's fields it becomes (a capacity's {@code uniform.max}), which the user never set.
     */
    private static void editUncertainties(ObjectNode root, Levers.Uncertainties u) {
        if (u.effortMedian() != null) {
            ObjectNode lognormal = at(root, "uncertainties.effortMedian", "a lognormal effort for all teams",
                    "organisation", "attributes", "effort", "all", "lognormal");
            lognormal.set("median", number("uncertainties.effortMedian", positive("uncertainties.effortMedian",
                    u.effortMedian())));
        }
        u.thresholdMeans().forEach((archetype, mean) -> {
            String lever = "uncertainties.thresholdMeans." + Excerpt.of(archetype);
            ObjectNode beta = at(root, lever, "a beta threshold for archetype " + Excerpt.quoted(archetype),
                    "organisation", "attributes", "threshold", "byArchetype", archetype, "beta");
            double sum = beta.path("alpha").doubleValue() + beta.path("beta").doubleValue();
            if (!(mean > 0 && mean < 1)) {
                throw new LeverException(lever, "must be in (0, 1), was " + shown(mean));
            }
            beta.set("alpha", number(lever, mean * sum));
            beta.set("beta", number(lever, (1 - mean) * sum));
        });
        if (u.capacityMean() != null) {
            String lever = "uncertainties.capacityMean";
            ObjectNode uniform = at(root, lever, "a uniform capacity for all teams",
                    "organisation", "attributes", "capacity", "all", "uniform");
            double min = uniform.path("min").doubleValue();
            double max = uniform.path("max").doubleValue();
            if (!(min + max > 0)) {
                throw new LeverException(lever, "the scenario's capacity has mean 0, which cannot be scaled");
            }
            double factor = positive(lever, u.capacityMean()) / ((min + max) / 2);
            uniform.set("min", number(lever, min * factor));
            uniform.set("max", number(lever, max * factor));
        }
        if (u.teams() != null) {
            if (!root.path("organisation").path("teams").isIntegralNumber()) {
                throw new LeverException("uncertainties.teams", "the scenario's organisation is not generated from"
                        + " a team count");
            }
            if (u.teams() < 1 || u.teams() > MAX_TEAMS) {
                throw new LeverException("uncertainties.teams", "must be in [1, " + MAX_TEAMS + "] (explore runs at"
                        + " most " + MAX_TEAMS + " teams), was " + u.teams());
            }
            ((ObjectNode) root.get("organisation")).put("teams", u.teams());
        }
    }

    /** {@code v}, which must be a finite number above 0. */
    private static double positive(String lever, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new LeverException(lever, Double.isFinite(v) ? "must be > 0, was " + shown(v)
                    : "must be a finite number, was " + shown(v));
        }
        return v;
    }

    /** The mapping at {@code path}, which must exist: an uncertainty is only offered where the file gives it. */
    private static ObjectNode at(ObjectNode root, String lever, String what, String... path) {
        JsonNode n = root;
        for (String p : path) {
            n = n.path(p);
        }
        if (!(n instanceof ObjectNode o)) {
            throw new LeverException(lever, "the scenario does not give " + what);
        }
        return o;
    }

    /**
     * A number node for the YAML text. Written as {@link BigDecimal#toString}, so a very large or very
     * small value keeps its exponent (1.0E+308), as a file may write it, rather than being expanded
     * into hundreds of digits that the loader refuses as too long a number.
     */
    static JsonNode number(String lever, double v) {
        if (!Double.isFinite(v)) {
            throw new LeverException(lever, "must be a finite number, was " + shown(v));
        }
        return NODES.numberNode(BigDecimal.valueOf(v));
    }

    /** A request's number as a message shows it: -5 rather than -5.0, 1E+308 rather than 309 digits. */
    static String shown(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        String plain = d.toPlainString();
        return plain.length() <= 20 ? plain : d.toString();
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
