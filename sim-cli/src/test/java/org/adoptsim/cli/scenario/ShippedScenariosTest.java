package org.adoptsim.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.adoptsim.cli.output.Sha256;
import org.adoptsim.cli.scenario.input.InputFile;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/** Every scenario under {@code scenarios/} loads and draws; the special ones say what they promise. */
class ShippedScenariosTest {
    static final Path ROOT = Path.of("../scenarios");

    /** Every scenario file under scenarios/ (scenarios/sweeps/ holds sweep files, not scenarios). */
    static List<Path> shipped() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".yaml") && !ROOT.relativize(p).startsWith("sweeps")).sorted()
                    .toList();
        }
    }

    static Stream<Path> files() throws IOException {
        return shipped().stream();
    }

    @Test
    void thereAreScenariosToCheck() throws IOException {
        List<String> names = shipped().stream().map(p -> ROOT.relativize(p).toString()).toList();
        assertTrue(names.containsAll(List.of("platform-migration.yaml", "payments-conservative.yaml",
                "enterprise-1000.yaml", "validation/bass.yaml", "validation/granovetter.yaml",
                "validation/watts-inside-window.yaml")), names.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void loadsAndDrawsItsOrganisation(Path file) {
        LoadedScenario s = ScenarioLoader.load(file);
        String base = file.getFileName().toString().replace(".yaml", "");
        assertEquals(base, s.scenario().name(), "a scenario's name is its file name");
        Organisation o = s.scenario().organisation();
        Org org = OrgFactory.draw(o, new RandomStreams(s.scenario().run().seed(), 0));
        assertEquals(o.teams(), org.teams());
        assertFalse(s.strategies().isEmpty());
    }

    @Test
    void platformMigrationStatesExactlyTheDefaults() {
        LoadedScenario s = ScenarioLoader.load(ROOT.resolve("platform-migration.yaml"));
        assertEquals(Scenario.defaults(), s.scenario());
    }

    /** "Writes out every default": every field of every rules section is in the file, not only defaulted. */
    @Test
    void platformMigrationWritesOutEveryRulesField() throws IOException {
        Map<?, ?> file = new Yaml().load(Files.readString(ROOT.resolve("platform-migration.yaml")));
        Map<?, ?> rules = (Map<?, ?>) file.get("rules");
        for (ObjectShape.Field section : RulesMapper.SHAPE.fields().values()) {
            assertTrue(rules.containsKey(section.name()), "platform-migration.yaml leaves out rules." + section.name());
            Map<?, ?> written = (Map<?, ?>) rules.get(section.name());
            for (String field : ((ObjectShape) section.shape()).fields().keySet()) {
                assertTrue(written.containsKey(field),
                        "platform-migration.yaml leaves out rules." + section.name() + "." + field);
            }
        }
    }

    @Test
    void enterpriseLoadsItsOrgFromCsvFiles() throws IOException {
        LoadedScenario s = ScenarioLoader.load(ROOT.resolve("enterprise-1000.yaml"));
        Organisation o = s.scenario().organisation();
        assertEquals(1000, o.teams());
        assertTrue(o.departments() >= 20);
        assertEquals(1000, s.teamNames().size());
        assertEquals("identity-00", s.teamName(0));
        assertEquals(1000, o.archetypes().explicit().size());
        assertEquals(5076, ((NetworkSpec.EdgeList) o.network()).edges().size());
        assertEquals(690, ((DependencySpec.EdgeList) o.dependencies()).edges().size());
        assertEquals(List.of("../scenarios/enterprise-1000/teams.csv", "../scenarios/enterprise-1000/org-chart.csv",
                "../scenarios/enterprise-1000/dependencies.csv"), s.inputs().stream().map(InputFile::file).toList(),
                "the files it names, in the order read");
        assertEquals(Sha256.of(ROOT.resolve("enterprise-1000/teams.csv")), s.inputs().get(0).sha256());
        for (int t = 0; t < 1000; t += 37) {
            assertTrue(s.teamName(t).startsWith(departmentOf(t)), "team " + t + " is in department " + t % 24);
        }
    }

    private static String departmentOf(int team) {
        List<String> first = List.of("identity", "data-platform", "networking", "storage", "observability", "messaging",
                "billing", "ledger", "risk", "compliance", "payments", "checkout", "payouts", "fraud", "search", "catalog",
                "recommendations", "ads", "mobile", "web", "growth", "notifications", "support-tools", "internal-tools");
        return first.get(team % 24) + "-";
    }

    @Test
    void theEnterpriseCsvFilesAreWhatTheirGeneratorMakes(@TempDir Path out) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), ROOT.resolve("enterprise-1000/Generate.java").toString(),
                out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), log);
        for (String csv : List.of("teams.csv", "org-chart.csv", "dependencies.csv")) {
            assertEquals(Files.readString(ROOT.resolve("enterprise-1000").resolve(csv)), Files.readString(out.resolve(csv)),
                    csv);
        }
    }

    @Test
    void paymentsIsMoreConservativeThanTheDefault() {
        Scenario s = ScenarioLoader.load(ROOT.resolve("payments-conservative.yaml")).scenario();
        double[] mix = s.organisation().archetypes().normalisedShares();
        double[] base = Organisation.defaults().archetypes().normalisedShares();
        int c = Archetype.CONSERVATIVE.ordinal();
        int h = Archetype.HOLDOUT.ordinal();
        assertTrue(mix[c] + mix[h] > base[c] + base[h] + 0.1);
        assertTrue(s.strategies().size() >= 5);
        assertTrue(s.strategies().stream().anyMatch(x -> x.name().equals("full-court-press")));
    }
}
