package org.adoptsim.cli.scenario.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.Cli;
import org.adoptsim.cli.scenario.LoadContext;
import org.adoptsim.cli.scenario.ScenarioLoader;
import org.adoptsim.cli.scenario.ScenarioSchema;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code adoptsim validate | presets | schema | completion} on real files, with captured output. */
class ScenarioCommandsTest {
    static final String SCENARIOS = "../scenarios";
    static final String BAD = "src/test/resources/scenarios/bad";

    @Test
    void validateSummarisesTheDefaultScenario() {
        Cli r = Cli.run("validate", SCENARIOS + "/platform-migration.yaml");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        String out = r.out();
        assertTrue(out.startsWith(SCENARIOS + "/platform-migration.yaml: valid\n"), out);
        for (String expected : List.of("42 teams in 6 departments",
                "7 believers, 14 pragmatists, 14 conservatives, 7 holdouts (quota)",
                "effort      lognormal(median 360, sigma 0.6) [h]",
                "departments (inside 0.75, 1.75 cross ties per team)",
                "rules         docs/model.md defaults",
                "104 weeks, 200 replicates, seed 42",
                "earn-then-mandate  preset earn-then-mandate",
                "mandate at 70% honest adoption (deadline 26 weeks, pressure 0.5)")) {
            assertTrue(out.contains(expected), "missing '" + expected + "' in\n" + out);
        }
    }

    @Test
    void validateShowsWhatAStrategyOverridesAndWhichRulesDiffer() {
        Cli r = Cli.run("validate", SCENARIOS + "/payments-conservative.yaml");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("compliance-deadline  preset earn-then-mandate, overrides mandate, sunset"), r.out());
        assertTrue(r.out().contains("decisions.attention 0.6 (default 0.7)"), r.out());
        assertTrue(r.out().contains("full-court-press     built from scratch, sets initialAdopters"), r.out());
    }

    @Test
    void validateQuietChecksEveryShippedScenario() throws Exception {
        List<String> args = new ArrayList<>(List.of("validate", "--quiet"));
        try (var s = Files.walk(Path.of(SCENARIOS))) {
            s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("/sweeps/")).sorted()
                    .forEach(p -> args.add(p.toString()));
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertEquals(args.size() - 2, r.out().lines().count());
        assertTrue(r.out().lines().allMatch(l -> l.endsWith(": valid")), r.out());
    }

    @Test
    void validateReportsEachBadFileInOneLineAndGoesOn() {
        Cli r = Cli.run("validate", "-q", BAD + "/unknown-key.yaml", SCENARIOS + "/platform-migration.yaml",
                BAD + "/out-of-range.yaml", "no/such/file.yaml");
        assertEquals(2, r.exit());
        assertEquals(SCENARIOS + "/platform-migration.yaml: valid\n", r.out());
        assertEquals(String.join("\n",
                BAD + "/unknown-key.yaml:6:5: rules.decisions.atention: unknown field; did you mean 'attention'?",
                BAD + "/out-of-range.yaml:5:16: rules.decisions.attention: must be in [0, 1], was 1.5",
                "no/such/file.yaml:1:1: cannot read 'no/such/file.yaml': no such file") + "\n", r.err());
    }

    @Test
    void validateReportsTheFirstOfSeveralProblemsAndItsHelpSaysSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("two.yaml"), "rules:\n  decisions:\n    attention: 1.5\nrun:\n  weeks: 0\n");
        Cli r = Cli.run("validate", "-q", dir.resolve("two.yaml").toString());
        assertEquals(2, r.exit());
        assertEquals(dir.resolve("two.yaml") + ":3:16: rules.decisions.attention: must be in [0, 1], was 1.5\n", r.err());
        String help = Cli.run("validate", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("one line on stderr: its first problem"), help);
        assertTrue(!help.contains("one line per problem"), help);
    }

    @Test
    void anUnknownTeamNamesOnlyACloseNameNeverTheTeamsFile(@TempDir Path dir) throws Exception {
        StringBuilder teams = new StringBuilder("name\n");
        for (int i = 1; i <= 3000; i++) {
            teams.append("team").append(i).append('\n');
        }
        Files.writeString(dir.resolve("teams.csv"), teams);
        Files.writeString(dir.resolve("ties.csv"), "from,to\nteam1,zed\n");
        Files.writeString(dir.resolve("s.yaml"), "organisation:\n  teamsFile: teams.csv\n  network: {edges: ties.csv}\n");
        Cli r = Cli.run("validate", "-q", dir.resolve("s.yaml").toString());
        assertEquals(2, r.exit());
        assertEquals(dir.resolve("ties.csv") + ":2:7: organisation.network.edges: unknown team 'zed' (the teams file"
                + " names 3000, none close to it)\n", r.err());
        Files.writeString(dir.resolve("ties.csv"), "from,to\nteam1,tem2\n");
        Cli close = Cli.run("validate", "-q", dir.resolve("s.yaml").toString());
        assertEquals(dir.resolve("ties.csv") + ":2:7: organisation.network.edges: unknown team 'tem2'; did you mean"
                + " 'team2'?\n", close.err());
    }

    @Test
    void validateNeverPrintsAStackTraceForMalformedFiles() throws Exception {
        try (var s = Files.list(Path.of(BAD))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".yaml")).toList()) {
                Cli r = Cli.run("validate", p.toString());
                assertEquals(2, r.exit(), p.toString());
                assertEquals(1, r.err().lines().count(), r.err());
                assertTrue(r.err().startsWith(p.toString().replace(".yaml", "")) || r.err().contains(".csv:"), r.err());
            }
        }
    }

    @Test
    void validateWorksOnAFileElsewhereWithFilesBesideIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("team-list.csv"), "name\nx\ny\nz\n");
        Files.writeString(dir.resolve("s.yaml"), "organisation:\n  teamsFile: team-list.csv\n  network: {edges: [[x, y]]}\n");
        Cli r = Cli.run("validate", dir.resolve("s.yaml").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("3 teams in 6 departments, named in a teams file"), r.out());
    }

    @Test
    void presetsListsEachWithItsDescriptionAndLevers() {
        Cli r = Cli.run("presets");
        assertEquals(0, r.exit());
        for (Strategy s : Presets.all()) {
            assertTrue(r.out().contains(s.name() + "\n  " + Presets.describe(s.name()) + "\n  sets: "), s.name());
        }
        assertTrue(r.out().contains("sets: announce at week 4; mandate at week 4 (deadline 26 weeks, pressure 0.5)"));
    }

    @Test
    void presetsAsYamlLoadBackToThePresets() {
        Cli r = Cli.run("presets", "--yaml");
        assertEquals(0, r.exit());
        List<Strategy> loaded = ScenarioLoader.parse(r.out(), "presets.yaml", new LoadContext(Path.of("."), ""))
                .scenario().strategies();
        assertEquals(Presets.all(), loaded);
    }

    @Test
    void schemaPrintsThePublishedSchema() {
        Cli r = Cli.run("schema");
        assertEquals(0, r.exit());
        assertEquals(ScenarioSchema.text(), r.out());
    }

    @Test
    void completionIsABashScriptForEveryCommand() {
        Cli r = Cli.run("completion");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("complete -F _complete_adoptsim") || r.out().contains("complete -F"), r.out());
        for (String c : List.of("validate", "presets", "schema", "completion")) {
            assertTrue(r.out().contains(c), c);
        }
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String c : List.of("validate", "presets", "schema", "completion")) {
            Cli r = Cli.run(c, "--help");
            assertEquals(0, r.exit(), c);
            assertTrue(r.out().contains("Usage: adoptsim " + c), r.out());
            assertTrue(r.out().contains("adoptsim " + c), r.out());
        }
        assertTrue(Cli.run("validate", "--help").out().contains("Examples:"));
        assertTrue(Cli.run("presets", "--help").out().contains("Examples:"));
        assertTrue(Cli.run("schema", "--help").out().contains("Examples:"));
        assertTrue(Cli.run("completion", "--help").out().contains("source <(adoptsim completion)"));
    }
}
