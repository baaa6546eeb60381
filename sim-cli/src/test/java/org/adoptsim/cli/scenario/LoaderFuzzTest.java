package org.adoptsim.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.scenario.describe.ScenarioSummary;

/**
 * Jazzer fuzz test of the loader: any bytes end in a valid scenario (which can also be summarised) or
 * in a {@link LocatedException} of one line, never in another exception. In a normal test run
 * it replays its seed inputs ({@code src/test/resources/.../LoaderFuzzTestInputs}) in regression mode,
 * in well under a second. To fuzz, see docs/scenario-format.md ("Fuzzing the loader"):
 * {@code JAZZER_FUZZ=1 ./mvnw test -pl sim-cli -am -Dtest=LoaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LoaderFuzzTest {
    private static final LoadContext FILES = new LoadContext(Yaml.RESOURCES.resolve("good").toAbsolutePath(), "");

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"name: ", "organisation:", "teams: ", "teamsFile: teams.csv", "archetypes: ", "attributes: ",
        "threshold: ", "effort: ", "{lognormal: {median: 1, sigma: 1}}", "{uniform: {min: 0, max: 1}}",
        "{values: [1, 2]}", "byArchetype: ", "believer: ", "holdout: ", "network: ", "{edges: ties.csv}",
        "{edges: [[0, 1]]}", "dependencies: ", "{edges: deps.csv}", "complete", "none", "rules:", "decisions: ",
        "work: ", "platform: ", "tooling: ", "sunset: ", "run: ", "weeks: ", "strategies:", "preset: ",
        "earned", "mandate: ", "atShare: ", "atWeek: ", "&a ", "*a", "!!", "---", "[", "]", "{", "}", ": ", "- "})
    void loaderEndsInAScenarioOrALocatedError(byte[] input) {
        try {
            LoadedScenario s = ScenarioLoader.parse(input, "fuzz.yaml", FILES);
            assertNotNull(s.scenario());
            ScenarioSummary.write(s, null, new PrintWriter(new StringWriter()));
        } catch (LocatedException e) {
            String m = e.getMessage();
            assertTrue(!m.contains("\n") && !m.contains("\r"), m);
            assertTrue(m.matches("(?s)^[^\\n]+:[1-9]\\d*:[1-9]\\d*: .+$"), m);
        }
    }
}
