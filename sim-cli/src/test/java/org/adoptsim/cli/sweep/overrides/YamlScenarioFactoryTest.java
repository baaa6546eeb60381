package org.adoptsim.cli.sweep.overrides;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overrides on the parsed scenario tree mean what the same values written in the file would mean, and
 * the loader's checks and messages apply to them.
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
}
