package org.adoptsim.cli.calibrate;

import org.adoptsim.cli.output.ManifestCheck;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.Cli;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.calibrate.posterior.FitParameter;
import org.adoptsim.cli.sweep.overrides.YamlScenarioFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {
    private static final String SCENARIO = "src/test/resources/calibrate/sbc-small.yaml";

    @TempDir
    Path dir;

    private Path history() {
        Cli run = Cli.run("run", SCENARIO, "--replicates", "2", "--weeks", "40", "--history", dir.resolve("h").toString(),
                "--out", dir.resolve("run").toString(), "-q");
        assertEquals(0, run.exit(), run.err());
        return dir.resolve("h").resolve("replicate-0001.csv");
    }

    private Cli fit(Path log, Path out, String threads, String generations, String... more) {
        String[] base = {"calibrate", SCENARIO, "--log", log.toString(), "--fit",
            "rules.decisions.attention,organisation.attributes.effort.median", "--cutoff", "30", "--particles", "40",
            "--generations", generations, "--predictive", "20", "--threads", threads, "--out", out.toString(), "-q"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Cli.run(args);
    }

    @Test
    void fitWritesItsFilesTheSameAtAnyThreadCountAndResumesToTheSameBytes() throws Exception {
        Path log = history();
        assertTrue(Files.readString(log).startsWith("team,start_week,done_week,status\nteam-1,"));
        Cli one = fit(log, dir.resolve("one"), "1", "3");
        assertEquals(0, one.exit(), one.err());
        Cli two = fit(log, dir.resolve("two"), "2", "3");
        assertEquals(0, two.exit(), two.err());
        for (String f : new String[] {"posterior.csv", "parameters.csv", "generations.csv", "predictive.csv", "checks.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)), Files.readAllBytes(dir.resolve("two").resolve(f)), f);
        }
        assertTrue(Files.size(dir.resolve("one/charts/predictive.png")) > 0);
        assertEquals(6, ManifestCheck.check(dir.resolve("one"), "calibrate", "calibration").files().size());
        assertTrue(Files.readString(dir.resolve("one/parameters.csv"))
                .startsWith("parameter,mean,q05,q95,prior_q05,prior_q95,width_ratio,note\nrules.decisions.attention,"));
        assertTrue(Files.readString(dir.resolve("one/checks.csv")).contains("holdout_done_in_90,31,"));
        for (String f : new String[] {"parameters.csv", "generations.csv", "predictive.csv", "checks.csv"}) {
            org.adoptsim.cli.output.CsvPolicy.assertSixDecimals(dir.resolve("one").resolve(f));
        }
        // posterior.csv is read back as overrides: every digit, but in the same plain form
        org.adoptsim.cli.output.CsvPolicy.assertPlain(dir.resolve("one/posterior.csv"));

        Cli first = fit(log, dir.resolve("resumed"), "2", "2");
        assertEquals(0, first.exit(), first.err());
        Cli rest = fit(log, dir.resolve("resumed"), "2", "3", "--resume");
        assertEquals(0, rest.exit(), rest.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/posterior.csv")),
                Files.readAllBytes(dir.resolve("resumed/posterior.csv")));
    }

    /** A resumed fit's speed counts the runs of this session only: its seconds are this session's. */
    @Test
    void aResumedFitReportsTheRateOfItsOwnRuns() throws Exception {
        Path log = history();
        Path out = dir.resolve("resumed");
        assertEquals(0, fit(log, out, "2", "2").exit());
        List<String> before = Files.readAllLines(out.resolve("generations.csv"));
        long runsBefore = Long.parseLong(before.get(before.size() - 1).split(",")[5]);
        Cli rest = Cli.run("calibrate", SCENARIO, "--log", log.toString(), "--fit",
                "rules.decisions.attention,organisation.attributes.effort.median", "--cutoff", "30", "--particles", "40",
                "--generations", "3", "--predictive", "20", "--threads", "2", "--out", out.toString(), "--resume");
        assertEquals(0, rest.exit(), rest.err());
        List<String> after = Files.readAllLines(out.resolve("generations.csv"));
        long runs = Long.parseLong(after.get(after.size() - 1).split(",")[5]);
        assertTrue(runs > runsBefore, after.toString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "Calibrated in ([0-9.]+) s: (\\d+) runs, (\\d+) of them in this session \\((\\d+) runs/s")
                .matcher(rest.out());
        assertTrue(m.find(), rest.out());
        assertEquals(runs, Long.parseLong(m.group(2)), rest.out());
        assertEquals(runs - runsBefore, Long.parseLong(m.group(3)), rest.out());
        double seconds = Double.parseDouble(m.group(1));
        assertTrue(Long.parseLong(m.group(4)) <= (runs - runsBefore) / Math.max(seconds - 0.05, 1e-3) + 1,
                "the rate is the session's runs over its seconds: " + rest.out());
    }

    @Test
    void compareWithPosteriorSplitsTheVarianceInEveryOutput() throws Exception {
        Path log = history();
        assertEquals(0, fit(log, dir.resolve("fit"), "2", "2").exit());
        Path cmp = dir.resolve("cmp");
        // two strategies, so that the comparison has a verdict and a brief
        Path twoStrategies = Files.writeString(dir.resolve("two.yaml"), Files.readString(Path.of(SCENARIO))
                + "  mandate-early: {preset: mandate-early}\n");
        Cli c = Cli.run("compare", twoStrategies.toString(), "--posterior", dir.resolve("fit").toString(), "--replicates", "9",
                "--out", cmp.toString(), "--threads", "2");
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("parameter uncertainty vs simulation noise"), c.out());
        assertTrue(c.out().contains("announce-and-hope    final_done_share"), c.out());
        // The manifest names the posterior the draws came from, with its SHA-256, and how many sets were drawn.
        Path post = dir.resolve("fit").resolve("posterior.csv");
        String manifest = Files.readString(cmp.resolve("manifest.json"));
        assertTrue(manifest.contains(post.toString()) && manifest.contains(org.adoptsim.cli.output.Sha256.of(post)),
                manifest);
        assertTrue(manifest.contains("\"posterior\" : {"), manifest);
        assertTrue(manifest.contains("\"draws\" : 4"), manifest); // 9 replicates: 4 complete pairs
        assertTrue(manifest.contains("\"particles\" : 40"), manifest);
        // summary.csv: the split's columns after the summary's own, one value per strategy
        java.util.List<String> summary = Files.readAllLines(cmp.resolve("summary.csv"));
        java.util.List<String> header = java.util.List.of(summary.get(0).split(","));
        int pairs = header.indexOf("posterior_pairs");
        int share = header.indexOf("net_hours_parameter_share");
        assertTrue(pairs > header.indexOf("net_hours_ci_high") && share > pairs, summary.get(0));
        for (String row : summary.subList(1, summary.size())) {
            String[] cells = row.split(",", -1);
            assertEquals("4", cells[pairs], row);
            double v = Double.parseDouble(cells[share]);
            assertTrue(v >= 0 && v <= 1, row);
            assertTrue(header.contains("hours_migration_sd_noise"), summary.get(0));
            double low = Double.parseDouble(cells[header.indexOf("net_hours_pairs_ci_low")]);
            double high = Double.parseDouble(cells[header.indexOf("net_hours_pairs_ci_high")]);
            double mean = Double.parseDouble(cells[header.indexOf("net_hours_mean")]);
            assertTrue(low < mean && mean < high, row); // 9 replicates: the mean of all 9, the interval over 4 pairs
        }
        String report = Files.readString(cmp.resolve("report.md"));
        assertTrue(report.contains("Where the spread comes from: parameter uncertainty vs simulation noise"), report);
        assertTrue(report.contains("joint parameter sets, one per pair of replicates"), report);
        assertTrue(Files.readString(cmp.resolve("report.html")).contains("Where the spread comes from"));
        assertTrue(Files.readString(cmp.resolve("brief.md")).contains("Parameter uncertainty included: "
                + "rules.decisions.attention, organisation.attributes.effort.median drawn from "));
        // report rebuilds the same report from the folder
        byte[] md = Files.readAllBytes(cmp.resolve("report.md"));
        byte[] brief = Files.readAllBytes(cmp.resolve("brief.md"));
        Cli again = Cli.run("report", cmp.toString());
        assertEquals(0, again.exit(), again.err());
        assertArrayEquals(md, Files.readAllBytes(cmp.resolve("report.md")));
        assertArrayEquals(brief, Files.readAllBytes(cmp.resolve("brief.md")));

        // without --posterior: none of it
        Path plain = dir.resolve("plain");
        assertEquals(0, Cli.run("compare", twoStrategies.toString(), "--replicates", "9", "--out", plain.toString(), "-q")
                .exit());
        assertTrue(!Files.readString(plain.resolve("summary.csv")).contains("posterior_pairs"));
        assertTrue(!Files.readString(plain.resolve("manifest.json")).contains("\"posterior\""));
        assertTrue(!Files.readString(plain.resolve("report.md")).contains("Where the spread comes from"));
    }

    @Test
    void aFolderHoldingAnotherCommandsResultsIsRefusedBeforeTheFitAndKept() throws Exception {
        Path other = Files.createDirectories(dir.resolve("a-sweep"));
        String manifest = "{\n  \"format\" : \"adoptsim-output/2\",\n  \"tool\" : \"adoptsim\",\n  \"version\" : \"0\",\n"
                + "  \"command\" : \"sweep\",\n  \"status\" : \"complete\",\n  \"files\" : { }\n}\n";
        Files.writeString(other.resolve("manifest.json"), manifest);
        Cli c = fit(history(), other, "1", "2");
        assertEquals(2, c.exit(), c.err());
        assertTrue(c.err().strip().startsWith(other.toAbsolutePath().normalize() + ": holds "), c.err());
        assertTrue(c.err().strip().endsWith("; calibrate writes only where it wrote before or into a new folder: choose"
                + " another --out"), c.err());
        assertEquals(1, c.err().strip().lines().count(), c.err());
        assertEquals(manifest, Files.readString(other.resolve("manifest.json")), "the other command's manifest is kept");
        assertFalse(Files.exists(other.resolve("posterior.csv")), "no fit was run");
    }

    @Test
    void aBudgetTooSmallForThePriorSampleIsRefusedUpFront() throws Exception {
        // --max-runs 0 was "internal error: IllegalArgumentException", and under --particles "the simulation
        // budget ran out", both exit 1 after the folder was made.
        for (String runs : new String[] {"0", "-1", "39"}) {
            Path out = dir.resolve("budget" + runs);
            Cli c = fit(history(), out, "1", "2", "--max-runs", runs);
            assertEquals(2, c.exit(), c.err());
            assertEquals("--max-runs: must be at least --particles (40), was " + runs, c.err().strip());
            assertFalse(Files.exists(out), "a refused input leaves no folder");
        }
    }

    @Test
    void tooManyParticlesAreRefusedUpFront() throws Exception {
        // two billion ended in an out-of-memory line, exit 1
        Path out = dir.resolve("huge");
        Cli c = Cli.run("calibrate", SCENARIO, "--log", history().toString(), "--fit", "rules.decisions.attention",
                "--cutoff", "30", "--particles", "2000000000", "--out", out.toString(), "-q");
        assertEquals(2, c.exit(), c.err());
        assertEquals("--particles: at most 1,000,000, was 2000000000", c.err().strip());
        assertFalse(Files.exists(out), "a refused input leaves no folder");
    }

    @Test
    void badInputIsOneLocatedLineAndExit2() throws Exception {
        Path log = Files.writeString(dir.resolve("bad.csv"), "team,start_week,done_week\nteam-1,5,3\n");
        Cli bad = fit(log, dir.resolve("x"), "1", "2");
        assertEquals(2, bad.exit());
        assertEquals(log + ":2:10: done_week: done at week 3, before it started (week 5)", bad.err().strip());
        Cli size = fit(Files.writeString(dir.resolve("short.csv"), "team,start_week,done_week\nteam-1,5,7\n"),
                dir.resolve("y"), "1", "2");
        assertEquals(2, size.exit());
        assertTrue(size.err().strip().endsWith("the log lists 1 of the scenario's 16 teams (organisation.teams);"
                + " missing 'team-2' and 14 more: calibrate needs a row for every team, with empty start_week and"
                + " done_week for one not started"), size.err());
        // Without a teams file, a log naming its teams otherwise is read in row order: the missing ones are
        // the last; team-K names are matched by name; a log with more rows than teams is not told to add one.
        Cli gap = fit(Files.writeString(dir.resolve("gap.csv"), "team,start_week,done_week\nteam-1,5,7\nteam-3,,\n"),
                dir.resolve("y"), "1", "2");
        assertTrue(gap.err().strip().endsWith("missing 'team-2' and 13 more: calibrate needs a row for every team, with"
                + " empty start_week and done_week for one not started"), gap.err());
        Cli own = fit(Files.writeString(dir.resolve("own.csv"), "team,start_week,done_week\nalpha,5,7\nbeta,,\n"),
                dir.resolve("y"), "1", "2");
        assertEquals(2, own.exit());
        assertTrue(own.err().strip().endsWith("the log lists 2 of the scenario's 16 teams (organisation.teams);"
                + " missing 'team-3' and 13 more: calibrate needs a row for every team, with empty start_week and"
                + " done_week for one not started"), own.err());
        StringBuilder rows = new StringBuilder("team,start_week,done_week\n");
        for (int k = 1; k <= 17; k++) {
            rows.append("team-").append(k).append(",,\n");
        }
        Cli more = fit(Files.writeString(dir.resolve("long.csv"), rows), dir.resolve("y"), "1", "2");
        assertEquals(2, more.exit());
        assertTrue(more.err().strip().endsWith("the log lists 17 teams, the scenario has 16 (organisation.teams): a log"
                + " has one row per team of the scenario"), more.err());
        // A scenario that starts from today's state simulates from today, the log counts from week 0 (as run
        // --history writes it from a state): refused at its start block, not fitted on mismatched weeks.
        Path acme = Path.of("../scenarios/acme-today/acme-today.yaml");
        Cli today = Cli.run("calibrate", acme.toString(), "--log", "../scenarios/acme-today/acme-log.csv", "--fit",
                "rules.decisions.attention", "--out", dir.resolve("today").toString(), "-q");
        assertEquals(2, today.exit());
        assertEquals(acme + ":22:1: start: calibrate fits a log from the initiative's week 0, and this scenario's runs"
                + " start at calendar week 30 from a state; fit a copy without the start block, then give its posterior"
                + " to run or compare (--posterior)", today.err().strip());
        assertFalse(Files.exists(dir.resolve("today")));
        Cli unknown = Cli.run("calibrate", SCENARIO, "--log", history().toString(), "--fit", "rules.decisions.nope");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("rules.decisions.nope"), unknown.err());
    }

    @Test
    void aPriorOrFitTheFieldRefusesIsOneLineBeforeAnyFolderIsMade() throws Exception {
        Path log = history();
        Path out = dir.resolve("never");
        Cli teams = Cli.run("calibrate", SCENARIO, "--log", log.toString(), "--fit", "organisation.teams",
                "--out", out.toString(), "-q");
        assertEquals(2, teams.exit());
        assertTrue(teams.err().startsWith("--fit organisation.teams: cannot be fitted, its values are drawn as real"
                + " numbers: expected a whole number in [1, 1000000], got the number "), teams.err());
        assertEquals(1, teams.err().lines().count(), teams.err());
        Path priors = Files.writeString(dir.resolve("priors.yaml"), "rules.decisions.attention: {min: 0.1, max: 5}\n");
        Cli range = Cli.run("calibrate", SCENARIO, "--log", log.toString(), "--fit", "rules.decisions.attention",
                "--priors", priors.toString(), "--out", out.toString(), "-q");
        assertEquals(2, range.exit());
        assertEquals(priors + ":1:28: rules.decisions.attention: the prior [0.1, 5.0] reaches values the field"
                + " refuses: must be in [0, 1], was 5.0", range.err().strip());
        Cli fallsOff = Cli.run("calibrate", SCENARIO, "--log", log.toString(), "--fit", "rules.decisions.attention",
                "--priors", Files.writeString(dir.resolve("low.yaml"), "rules.decisions.attention: {min: -0.5, max: 0.5}\n")
                        .toString(), "--out", out.toString(), "-q");
        assertEquals(2, fallsOff.exit());
        assertTrue(fallsOff.err().startsWith(dir.resolve("low.yaml") + ":1:28: rules.decisions.attention: the prior"
                + " [-0.5, 0.5] reaches values the field refuses: must be in [0, 1], was -0.5"), fallsOff.err());
        // The short form of an attribute the scenario does not write (gain): named as such, not as the
        // loader's "unknown field" at the prior's line.
        Cli unwritten = Cli.run("calibrate", SCENARIO, "--log", log.toString(), "--fit", "organisation.attributes.gain.median",
                "--priors", Files.writeString(dir.resolve("gain.yaml"),
                        "organisation.attributes.gain.median: {min: 6, max: 54}\n").toString(), "--out", out.toString(), "-q");
        assertEquals(2, unwritten.exit());
        assertTrue(unwritten.err().startsWith("--fit organisation.attributes.gain.median: the scenario does not write"
                + " organisation.attributes.gain, so it has no distribution whose median could be fitted; write its"
                + " distribution there"), unwritten.err());
        assertEquals(1, unwritten.err().lines().count(), unwritten.err());
        // A rule the scenario leaves at its default that is no real number: refused as such, not sent to --priors.
        Cli whole = Cli.run("calibrate", SCENARIO, "--log", log.toString(), "--fit", "rules.decisions.stableWeeks",
                "--out", out.toString(), "-q");
        assertEquals(2, whole.exit());
        assertEquals("--fit rules.decisions.stableWeeks: cannot be fitted, fitted values are real numbers and this rule"
                + " is a whole number (8 by default)", whole.err().strip());
        Cli flag = Cli.run("calibrate", SCENARIO, "--log", log.toString(), "--fit", "rules.decisions.proofGate",
                "--out", out.toString(), "-q");
        assertEquals(2, flag.exit());
        assertTrue(flag.err().strip().endsWith("this rule is a switch (true by default)"), flag.err());
        // A misspelt attribute is no attribute to write: the loader says so, with the close name.
        Cli misspelt = Cli.run("calibrate", SCENARIO, "--log", log.toString(), "--fit", "organisation.attributes.gian.median",
                "--priors", Files.writeString(dir.resolve("gian.yaml"),
                        "organisation.attributes.gian.median: {min: 6, max: 54}\n").toString(), "--out", out.toString(), "-q");
        assertEquals(2, misspelt.exit());
        assertTrue(misspelt.err().contains("organisation.attributes.gian: unknown field; did you mean 'gain'?"), misspelt.err());
        assertFalse(misspelt.err().contains("does not write"), misspelt.err());
        assertEquals(1, misspelt.err().lines().count(), misspelt.err());
        assertTrue(!Files.exists(out), "no output folder is left behind");
    }

    @Test
    void priorsThatTogetherCrossAreOneLineNamingBothEntriesBeforeAnyFolderIsMade() throws Exception {
        Path log = history();
        Path scenario = Files.writeString(dir.resolve("capacity.yaml"), Files.readString(Path.of(SCENARIO))
                .replace("  attributes:\n", "  attributes:\n    capacity: {all: {uniform: {min: 20, max: 40}}}\n"));
        String min = "organisation.attributes.capacity.all.uniform.min";
        String max = "organisation.attributes.capacity.all.uniform.max";
        Path priors = Files.writeString(dir.resolve("priors.yaml"), min + ": {min: 10, max: 39}\n" + max
                + ": {min: 21, max: 60}\n");
        Path out = dir.resolve("never");
        Cli crossed = Cli.run("calibrate", scenario.toString(), "--log", log.toString(), "--fit", min + "," + max,
                "--priors", priors.toString(), "--cutoff", "30", "--particles", "10", "--generations", "1",
                "--predictive", "10", "--out", out.toString(), "-q");
        assertEquals(2, crossed.exit());
        assertEquals(priors + ":2:51: " + max + ": the prior [21.0, 60.0] and " + min + "'s [10.0, 39.0] (" + priors
                + ":1:51) together reach values the field refuses: must be >= min (39.0); give ranges that cannot"
                + " cross", crossed.err().strip());
        assertTrue(!Files.exists(out), "no output folder is left behind");

        // A draw the check before the run could not foresee is reported against the same entries, not 'override:1:1'.
        List<FitParameter> params = List.of(new FitParameter(min, min, 20), new FitParameter(max, max, 40));
        Priors.Given given = Priors.read(params, priors, priors.toString());
        ScenarioModel model = new ScenarioModel(new YamlScenarioFactory(scenario, "capacity.yaml", Map.of()), params,
                given, null, 30);
        InputException midRun = assertThrows(InputException.class, () -> model.scenario(new double[] {30, 25}));
        assertEquals(priors + ":2:51: " + max + ": the prior [21.0, 60.0] and " + min + "'s [10.0, 39.0] (" + priors
                + ":1:51) together reach values the field refuses: must be >= min (30.0); give ranges that cannot"
                + " cross", midRun.getMessage());
        ScenarioModel byDefault = new ScenarioModel(new YamlScenarioFactory(scenario, "capacity.yaml", Map.of()), params,
                Priors.read(params, null, null), null, 30);
        String rule = " (the scenario's value ×/÷ 3, log-uniform)";
        assertEquals("--fit " + max + "," + min + ": the default priors " + max + " [13.333333333333334, 120.0]" + rule
                + " and " + min + " [6.666666666666667, 60.0]" + rule + " together reach values the field refuses: must"
                + " be >= min (30.0); give ranges that cannot cross in --priors", assertThrows(InputException.class,
                        () -> byDefault.scenario(new double[] {30, 25})).getMessage());
    }

    @Test
    void aRuleTheScenarioLeavesAtItsDefaultGetsTheDefaultPriorAroundTheValueItRunsWith() throws Exception {
        // sbc-small.yaml does not write rules.decisions.visibility: it runs with the default, 0.5.
        Path out = dir.resolve("visibility");
        Cli r = Cli.run("calibrate", SCENARIO, "--log", history().toString(), "--fit", "rules.decisions.visibility",
                "--cutoff", "30", "--particles", "20", "--generations", "1", "--predictive", "10", "--threads", "1",
                "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String row = Files.readAllLines(out.resolve("parameters.csv")).get(1);
        assertTrue(row.startsWith("rules.decisions.visibility,"), row);
        double priorLow = Double.parseDouble(row.split(",")[4]);
        double priorHigh = Double.parseDouble(row.split(",")[5]);
        assertTrue(priorLow >= 0.5 / 3 && priorHigh <= 1 && priorHigh > 0.9, "uniform on [0.5/3, 1]: " + row);
    }

    @Test
    void oneDefaultPriorRefusedIsWordedTheSameBeforeAndDuringTheRun() throws Exception {
        Path scenario = Files.writeString(dir.resolve("capacity.yaml"), Files.readString(Path.of(SCENARIO))
                .replace("  attributes:\n", "  attributes:\n    capacity: {all: {uniform: {min: 20, max: 40}}}\n"));
        String max = "organisation.attributes.capacity.all.uniform.max";
        Path out = dir.resolve("never");
        Cli before = Cli.run("calibrate", scenario.toString(), "--log", history().toString(), "--fit", max,
                "--cutoff", "30", "--out", out.toString(), "-q");
        assertEquals(2, before.exit());
        String expected = "--fit " + max + ": its default prior [13.333333333333334, 120.0] (the scenario's value ×/÷ 3,"
                + " log-uniform) reaches values the field refuses: must be >= min (20.0); give a range it accepts in"
                + " --priors";
        assertEquals(expected, before.err().strip());
        assertTrue(!Files.exists(out), "no output folder is left behind");
        List<FitParameter> params = List.of(new FitParameter(max, max, 40));
        ScenarioModel model = new ScenarioModel(new YamlScenarioFactory(scenario, "capacity.yaml", Map.of()), params,
                Priors.read(params, null, null), null, 30);
        assertEquals(expected, assertThrows(InputException.class, () -> model.scenario(new double[] {15}))
                .getMessage());
    }

    @Test
    void aRefusedFieldThatIsNotFittedIsNamedAndNoPriorIsBlamed() {
        List<FitParameter> params = List.of(new FitParameter("rules.decisions.attention", "rules.decisions.attention", 0.3),
                new FitParameter("organisation.attributes.effort.median", "organisation.attributes.effort.median", 200));
        InputException e = PriorCheck.refused(params, Priors.read(params, null, null), new org.adoptsim.cli.LocatedException(
                new org.adoptsim.cli.SourceLocation("override", 1, 1), "organisation.attributes.effort", "too large"));
        assertEquals("--fit rules.decisions.attention,organisation.attributes.effort.median: a draw from these priors"
                + " makes the scenario refuse organisation.attributes.effort, which follows from the fitted values: too"
                + " large; narrow the priors of the fields it depends on", e.getMessage());
    }

    @Test
    void aNodeWithMoreThanEightFittedFieldsIsTriedPairByPair() {
        List<Integer> nine = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8);
        List<List<Integer>> groups = PriorCheck.jointly(List.of(List.of(9, 10), nine));
        assertEquals(1 + 36, groups.size());
        assertEquals(List.of(9, 10), groups.get(0));
        assertTrue(groups.contains(List.of(0, 8)) && groups.contains(List.of(7, 8)), groups.toString());
        assertEquals(List.of(List.of(0, 1, 2, 3, 4, 5, 6, 7)), PriorCheck.jointly(List.of(List.of(0, 1, 2, 3, 4, 5, 6, 7))));
    }

    @Test
    void aDefaultPriorCappedAtOneSaysSo() {
        assertEquals("the scenario's value ÷ 3 to × 3, at most 1, uniform", Priors.defaultRule(0.5));
        assertEquals("the scenario's value ×/÷ 3, log-uniform", Priors.defaultRule(200));
    }
}
