package org.adoptsim.cli.sweep.overrides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.scenario.ScenarioLoader;
import org.adoptsim.cli.scenario.input.InputFile;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overrides on the parsed scenario tree mean what the same values written in the file would mean, and
 * the loader's checks and messages apply to them. A factory checks and maps the parts of the file that
 * overrides leave alone once (SharedParts): what it gives must not depend on that.
 */
class YamlScenarioFactoryTest {
    static final Path SHIPPED = Path.of("../scenarios/platform-migration.yaml");

    @TempDir
    Path tmp;

    static YamlScenarioFactory factory(Path file) {
        return new YamlScenarioFactory(file, file.toString(), Map.of("strategies.earned.coalition.size",
                new SourceLocation("sweep.yaml", 7, 3)));
    }

    @Test
    void noOverridesLoadsTheFileAsTheLoaderDoes() {
        assertEquals(ScenarioLoader.scenario(SHIPPED), factory(SHIPPED).at(Map.of()));
    }

    @Test
    void overridesEqualTheValuesWrittenInTheFile() throws IOException {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("strategies.earn-then-mandate.mandate.atShare", 0.55);
        o.put("organisation.attributes.effort.all.lognormal.median", 500L);
        o.put("rules.platform.capacity", 90.5);
        o.put("run.weeks", 52L);
        Scenario viaOverrides = factory(SHIPPED).at(o);
        String text = Files.readString(SHIPPED)
                .replace("earn-then-mandate: {preset: earn-then-mandate}",
                        "earn-then-mandate: {preset: earn-then-mandate, mandate: {atShare: 0.55}}")
                .replace("all: {lognormal: {median: 360, sigma: 0.6}}", "all: {lognormal: {median: 500, sigma: 0.6}}")
                .replace("capacity: 120 ", "capacity: 90.5 ")
                .replace("weeks: 104 ", "weeks: 52 ");
        Path edited = tmp.resolve("platform-migration.yaml");
        Files.writeString(edited, text);
        assertEquals(ScenarioLoader.scenario(edited), viaOverrides);
        Strategy etm = viaOverrides.strategy("earn-then-mandate").orElseThrow();
        assertEquals(Trigger.atShare(0.55), etm.mandate().trigger());
        assertEquals(Trigger.atShare(0.7), etm.sunset().trigger(), "the sunset is untouched");
        assertEquals(new Distribution.LogNormal(500, 0.6), viaOverrides.organisation().attributes().effort().all());
    }

    @Test
    void aScenarioWithoutStrategiesKeepsTheFivePresets() throws IOException {
        Path bare = tmp.resolve("bare.yaml");
        Files.writeString(bare, "name: bare\n");
        Scenario s = factory(bare).at(Map.of("strategies.earned.coalition.size", 9L));
        assertEquals(Presets.all().stream().map(Strategy::name).toList(), s.strategies().stream().map(Strategy::name).toList());
        assertEquals(9, s.strategy("earned").orElseThrow().coalition().size());
        assertEquals(Presets.byName("earned").orElseThrow().withCoalition(s.strategy("earned").orElseThrow().coalition()),
                s.strategy("earned").orElseThrow(), "only the coalition changed");
    }

    @Test
    void aPresetWrittenByNameIsExpandedBeforeAFieldIsSet() throws IOException {
        Path f = tmp.resolve("named.yaml");
        Files.writeString(f, "strategies:\n  earned: earned\n  hope: announce-and-hope\n");
        Scenario s = factory(f).at(Map.of("strategies.earned.coalition.size", 2L));
        assertEquals(2, s.strategy("earned").orElseThrow().coalition().size());
        assertEquals(List.of("earned", "hope"), s.strategies().stream().map(Strategy::name).toList());
    }

    @Test
    void badValuesAndPathsAreTheLoadersLocatedErrors() {
        ScenarioException value = assertThrows(ScenarioException.class,
                () -> factory(SHIPPED).at(Map.of("strategies.earned.coalition.size", -1L)));
        assertEquals("sweep.yaml:7:3: strategies.earned.coalition.size: must be >= 0, was -1", value.getMessage());
        ScenarioException unknown = assertThrows(ScenarioException.class,
                () -> factory(SHIPPED).at(Map.of("strategies.nobody.coalition.size", 1L)));
        assertTrue(unknown.getMessage().endsWith("the scenario has no strategy 'nobody'"), unknown.getMessage());
        ScenarioException inside = assertThrows(ScenarioException.class,
                () -> factory(SHIPPED).at(Map.of("run.weeks.value", 1L)));
        assertTrue(inside.getMessage().contains("cannot set a field inside run.weeks, which the scenario gives as the number 104"),
                inside.getMessage());
    }

    /** Points in a row from one factory, which reuses parts, against a fresh factory for each, which cannot. */
    @Test
    void aPointIsWhatAFreshLoadOfItsTreeGives() {
        List<Map<String, Object>> points = List.of(Map.of(),
                Map.of("organisation.attributes.effort.all.lognormal.median", 500.0),
                Map.of("rules.platform.capacity", 90.5, "rules.decisions.attention", 0.4),
                Map.of("strategies.earn-then-mandate.mandate.atShare", 0.55),
                Map.of("run.weeks", 52L), Map.of());
        assertPointsAreFresh(SHIPPED, points);
        assertPointsAreFresh(Path.of("../scenarios/enterprise-1000.yaml"), List.of(Map.of(),
                Map.of("organisation.attributes.effort.lognormal.median", 300.0),
                Map.of("rules.platform.capacity", 500L), Map.of("organisation.departments", 30L), Map.of()));
        assertPointsAreFresh(Path.of("../scenarios/acme-today/acme-today.yaml"), List.of(Map.of(),
                Map.of("start.maturity", 0.4), Map.of("strategies.earned.coalition.size", 3L),
                Map.of("organisation.attributes.gain.all.lognormal", Map.of("median", 20.0, "sigma", 0.5)), Map.of()));
        assertPointsAreFresh(Path.of("../scenarios/agency-cloud.yaml"), List.of(Map.of(),
                Map.of("functions.security.capacity", 5L), Map.of("rules.decisions.attention", 0.5), Map.of()));
    }

    private static void assertPointsAreFresh(Path file, List<Map<String, Object>> points) {
        YamlScenarioFactory shared = factory(file);
        for (Map<String, Object> o : points) {
            Scenario s = shared.at(o);
            List<InputFile> inputs = shared.inputs(o);
            Scenario fresh = factory(file).at(o);
            assertEquals(withoutStart(fresh), withoutStart(s), file + " " + o);
            assertEquals(describe(fresh.start()), describe(s.start()), file + " " + o);
            assertEquals(factory(file).inputs(o), inputs, file + " " + o);
        }
        assertNotEquals(shared.at(points.get(1)), shared.at(points.get(0)), "the overrides took effect");
    }

    private static Scenario withoutStart(Scenario s) {
        return new Scenario(s.name(), s.organisation(), s.rules(), s.run(), s.strategies());
    }

    /** An observed state in words (it has no equals of its own). */
    private static String describe(ObservedState start) {
        if (start == null) {
            return "none";
        }
        StringBuilder b = new StringBuilder(start.week() + " " + start.tools() + " " + start.dashboard() + " "
                + start.coalition() + " " + start.maturity());
        for (int i = 0; i < start.teams(); i++) {
            b.append('|').append(start.status(i)).append(' ').append(start.progress(i)).append(' ')
                    .append(start.doneWeek(i)).append(' ').append(start.champion(i)).append(' ')
                    .append(start.coalitionMember(i)).append(' ').append(start.signedOff(i));
        }
        return b.toString();
    }

    /** The files a scenario names are read once per factory, so every point of a sweep uses the same ones. */
    @Test
    void theFilesAScenarioNamesAreReadOnceByAFactory() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("acme"));
        for (String f : List.of("acme-today.yaml", "teams.csv", "ties.csv", "dependencies.csv", "state.csv")) {
            Files.copy(Path.of("../scenarios/acme-today").resolve(f), dir.resolve(f));
        }
        Path file = dir.resolve("acme-today.yaml");
        YamlScenarioFactory f = factory(file);
        Map<String, Object> before = Map.of("organisation.attributes.gain.all.uniform", Map.of("min", 10.0, "max", 20.0));
        Scenario first = f.at(before);
        List<InputFile> inputs = f.inputs(before);
        Files.writeString(dir.resolve("teams.csv"), "name\nonly-one\n");
        Files.writeString(dir.resolve("ties.csv"), "nothing here\n");
        assertThrows(ScenarioException.class, () -> factory(file).at(before), "a new factory reads the new files");
        Map<String, Object> after = Map.of("organisation.attributes.gain.all.uniform", Map.of("min", 12.0, "max", 24.0),
                "rules.platform.capacity", 100L);
        assertEquals(first.organisation().network(), f.at(after).organisation().network());
        assertEquals(first.organisation().teams(), f.at(after).organisation().teams());
        assertEquals(inputs, f.inputs(after), "the same files, with the same hashes");
    }

    /** Only what checked and mapped well is kept: a problem is reported at every point that has it. */
    @Test
    void aProblemIsReportedAtEveryPointThatHasIt() throws IOException {
        Path f = tmp.resolve("bad-base.yaml");
        Files.writeString(f, "rules:\n  decisions:\n    attention: 7\n");
        YamlScenarioFactory factory = factory(f);
        String expected = assertThrows(ScenarioException.class, () -> factory.at(Map.of())).getMessage();
        assertTrue(expected.startsWith(f + ":3:16: rules.decisions.attention: "), expected);
        assertEquals(0.5, factory.at(Map.of("rules.decisions.attention", 0.5)).rules().decisions().attention());
        assertEquals(expected, assertThrows(ScenarioException.class,
                () -> factory.at(Map.of("rules.platform.capacity", 90L))).getMessage());
        assertEquals(expected, assertThrows(ScenarioException.class, () -> factory.at(Map.of())).getMessage());
        YamlScenarioFactory good = factory(SHIPPED);
        good.at(Map.of("strategies.earned.coalition.size", 2L));
        for (int i = 0; i < 2; i++) {
            assertEquals("sweep.yaml:7:3: strategies.earned.coalition.size: must be >= 0, was -1",
                    assertThrows(ScenarioException.class, () -> good.at(Map.of("strategies.earned.coalition.size", -1L)))
                            .getMessage());
        }
    }

    /** An alias makes one node the network and the dependencies: two parts, mapped by two mappers. */
    @Test
    void anAliasedNodeIsMappedAsEachOfItsParts() throws IOException {
        Path f = tmp.resolve("aliased.yaml");
        Files.writeString(f, """
                organisation:
                  teams: 4
                  network: &ties {edges: [[0, 1], [1, 2], [2, 3]]}
                  dependencies: *ties
                run: &empty {}
                strategies:
                  run: *empty
                """);
        YamlScenarioFactory shared = factory(f);
        for (Map<String, Object> o : List.of(Map.<String, Object>of(), Map.<String, Object>of("rules.platform.capacity", 90L))) {
            Scenario fresh = ScenarioLoader.scenario(f);
            Scenario point = shared.at(o);
            assertEquals(fresh.organisation(), point.organisation());
            assertEquals(fresh.strategies(), point.strategies());
            assertEquals(fresh.run(), point.run());
        }
    }

    /** A file two parts name stays listed when a point remaps the first so that it no longer reads it. */
    @Test
    void aFileTwoPartsNameStaysListed() throws IOException {
        Files.writeString(tmp.resolve("ties.csv"), "from,to,team,upstream\n0,1,1,0\n1,2,2,1\n");
        Path f = tmp.resolve("shared-file.yaml");
        Files.writeString(f, """
                organisation:
                  teams: 3
                  network: {edges: ties.csv}
                  dependencies: {edges: ties.csv}
                """);
        YamlScenarioFactory shared = factory(f);
        shared.at(Map.of());
        Map<String, Object> none = Map.of("organisation.network", "none");
        assertEquals(1, shared.inputs(none).size());
        assertEquals(factory(f).inputs(none), shared.inputs(none));
    }
}
