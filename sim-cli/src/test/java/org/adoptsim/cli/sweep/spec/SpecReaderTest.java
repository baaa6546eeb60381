package org.adoptsim.cli.sweep.spec;

import org.adoptsim.cli.results.Metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.adoptsim.cli.LocatedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sweep file format: what it accepts, and one located line for each thing it rejects. */
class SpecReaderTest {
    static final Path DIR = Path.of("/sweeps");

    static SweepSpec parse(String yaml) {
        return SpecReader.parse(yaml, "s.yaml", DIR);
    }

    @Test
    void readsEveryPartOfAFullFile() {
        SweepSpec s = parse("""
                name: study
                scenario: ../base.yaml
                strategies: [earned, earn-then-mandate]
                set:
                  run.weeks: 156
                parameters:
                  strategies.earned.coalition.size: [2, 5, 8]
                  rules.platform.capacity: {range: {min: 60, max: 180, steps: 3}, label: capacity}
                  rules.decisions.attention: {distribution: {normal: {mean: 0.7, sd: 0.1, min: 0.3, max: 1}}}
                  strategies.x.mandate.atShare: {range: {min: 0.3, max: 0.9}, alsoSets: [strategies.x.sunset.atShare]}
                design: {type: lhs, points: 50}
                replicates: 7
                seed: -3
                randomNumbers: common
                metrics: [final_done_share, weeks_to_90]
                """);
        assertEquals("study", s.name());
        assertEquals(Path.of("/base.yaml"), s.scenario());
        assertEquals(List.of("earned", "earn-then-mandate"), s.strategies());
        assertEquals(156L, s.fixed().get("run.weeks"));
        assertEquals(4, s.dimensions());
        assertEquals(List.of(2L, 5L, 8L), ((Domain.Levels) s.parameters().get(0).domain()).values());
        assertEquals(List.of(60.0, 120.0, 180.0), ((Domain.Levels) s.parameters().get(1).domain()).values());
        assertEquals("capacity", s.parameters().get(1).label());
        assertInstanceOf(Domain.Dist.class, s.parameters().get(2).domain());
        assertEquals(List.of("strategies.x.mandate.atShare", "strategies.x.sunset.atShare"), s.parameters().get(3).paths());
        assertEquals(new DesignSpec.LatinHypercube(50), s.design());
        assertEquals(7, s.replicates());
        assertEquals(OptionalLong.of(-3), s.seed());
        assertEquals(SweepSpec.RandomNumbers.COMMON, s.randomNumbers());
        assertEquals(List.of("final_done_share", "weeks_to_90"), s.metrics().stream().map(Metric::id).toList());
    }

    @Test
    void defaultsAreAGridOfTenReplicatesWithTheDefaultMetrics() {
        SweepSpec s = parse("scenario: b.yaml\nparameters:\n  a.b: [1, 2]\n");
        assertEquals(new DesignSpec.Grid(), s.design());
        assertEquals(10, s.replicates());
        assertEquals(OptionalLong.empty(), s.seed());
        assertEquals(List.of("final_done_share", "weeks_to_100_or_horizon", "reached_100", "never_started_share",
                "final_dual_share", "mean_resentment", "incidents", "total_hours"), s.metrics().stream().map(Metric::id).toList());
        assertEquals("s", s.name());
        assertEquals(SweepSpec.RandomNumbers.INDEPENDENT, s.randomNumbers());
    }

    @Test
    void resolvesAnchorsAndAliases() {
        SweepSpec s = parse("scenario: b.yaml\nparameters:\n  a: &levels [1, 2]\n  b: *levels\n");
        assertEquals(List.of(1L, 2L), ((Domain.Levels) s.parameters().get(1).domain()).values());
    }

    @Test
    void limitsAliasesLikeTheScenarioReader() {
        String many = "scenario: &s b.yaml\nstrategies: [" + "*s, ".repeat(64) + "*s]\nparameters:\n  a: [1]\n";
        assertEquals("s.yaml:2:270: too many aliases (more than 64)",
                assertThrows(LocatedException.class, () -> parse(many)).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top-level key      | scenario: b.yaml\\nparameter:\\n  a: [1]                         | s.yaml:2:1: parameter: unknown key (did you mean 'parameters'?)
            no parameters              | scenario: b.yaml                                                 | s.yaml:1:1: parameters: is required
            empty values               | scenario: b.yaml\\nparameters:\\n  a.b: []                      | s.yaml:3:8: parameters.a.b: lists no value
            range min above max        | scenario: b.yaml\\nparameters:\\n  a: {range: {min: 5, max: 1}} | s.yaml:3:23: parameters.a.range.max: must be greater than min (5)
            two domains                | scenario: b.yaml\\nparameters:\\n  a: {values: [1], range: {min: 0, max: 1}} | s.yaml:3:3: parameters.a: give exactly one of values, range, distribution
            grid of a distribution     | scenario: b.yaml\\nparameters:\\n  a: {distribution: {normal: {mean: 0, sd: 1}}} | s.yaml:3:3: parameters.a: a grid design needs listed values or a range with steps
            unknown distribution       | scenario: b.yaml\\nparameters:\\n  a: {distribution: {gamma: {shape: 2}}} | s.yaml:3:22: parameters.a.distribution.gamma: unknown distribution 'gamma'
            old distribution syntax    | scenario: b.yaml\\nparameters:\\n  a: {distribution: {type: uniform, min: 0, max: 1}} | s.yaml:3:21: parameters.a.distribution: must name one family, e.g. {uniform: {min: 0, max: 1}} (as in a scenario file)
            small Sobol design         | scenario: b.yaml\\nparameters:\\n  a: {range: {min: 0, max: 1}}\\ndesign: {type: sobol, samples: 16} | s.yaml:4:23: design.samples: must be >= 64: Sobol indices from fewer base rows are noise, was 16
            few Morris trajectories    | scenario: b.yaml\\nparameters:\\n  a: {range: {min: 0, max: 1}}\\ndesign: {type: morris, trajectories: 4} | s.yaml:4:24: design.trajectories: must be >= 10: Morris statistics from fewer trajectories are noise, was 4
            odd Morris levels          | scenario: b.yaml\\nparameters:\\n  a: {range: {min: 0, max: 1}}\\ndesign: {type: morris, levels: 5} | s.yaml:4:24: design.levels: must be an even number
            unknown design             | scenario: b.yaml\\nparameters:\\n  a: [1]\\ndesign: grd           | s.yaml:4:9: design: unknown design 'grd' (did you mean 'grid'?)
            unknown metric             | scenario: b.yaml\\nparameters:\\n  a: [1]\\nmetrics: [incidnts]    | s.yaml:4:11: metrics[0]: unknown metric 'incidnts' (did you mean 'incidents'?)
            replicates zero            | scenario: b.yaml\\nparameters:\\n  a: [1]\\nreplicates: 0         | s.yaml:4:13: replicates: must be >= 1, was 0
            fixed and swept            | scenario: b.yaml\\nset:\\n  a: 1\\nparameters:\\n  a: [1, 2]      | s.yaml:5:3: parameters.a: a is also fixed under 'set'
            not a path                 | scenario: b.yaml\\nparameters:\\n  'a..b': [1]                  | s.yaml:3:3: parameters.a..b: is not a scenario path
            duplicate key              | scenario: b.yaml\\nscenario: c.yaml                              | s.yaml:2:1: the key 'scenario' appears twice in one mapping (first at line 1)
            strategy twice             | scenario: b.yaml\\nstrategies: [a, a]\\nparameters:\\n  x: [1]    | s.yaml:2:17: strategies[1]: 'a' is listed twice
            bad YAML                   | scenario: [b.yaml                                                | s.yaml:1:
            yes is not true            | scenario: b.yaml\\nparameters:\\n  a: {range: {min: 0, max: 4, steps: 3}, integer: yes} | s.yaml:3:51: parameters.a.integer: must be true or false, not text 'yes'
            a float for a count        | scenario: b.yaml\\nparameters:\\n  a: [1]\\nreplicates: 1e3       | s.yaml:4:13: replicates: must be a whole number, not a number '1000.0'
            a tag                      | scenario: !!java.net.URL [b.yaml]                                | s.yaml:1:11: YAML tags such as '!!java.net.URL' are not supported
            an unknown alias           | scenario: *base                                                  | s.yaml:1:11: alias '*base' refers to no anchor '&base' defined before it
            a huge fixed number        | scenario: b.yaml\\nset:\\n  run.seed: 99999999999999999999\\nparameters:\\n  a: [1] | s.yaml:3:13: set.run.seed: the whole number 99999999999999999999 is too large
            a huge listed number       | scenario: b.yaml\\nparameters:\\n  a: [1, 99999999999999999999] | s.yaml:3:10: parameters.a[1]: the whole number 99999999999999999999 is too large
            grid too big               | scenario: b.yaml\\nparameters:\\n  a: {range: {min: 0, max: 1, steps: 100000}}\\n  b: {range: {min: 0, max: 1, steps: 100000}} | s.yaml:1:1: design: the grid has more than 2147483647 points
            """)
    void rejectsWithOneLocatedLine(String what, String yaml, String expected) {
        LocatedException e = assertThrows(LocatedException.class, () -> parse(yaml.replace("\\n", "\n")));
        assertTrue(e.getMessage().startsWith(expected.strip()), what + ": " + e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
