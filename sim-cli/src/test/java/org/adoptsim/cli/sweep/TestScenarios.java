package org.adoptsim.cli.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.adoptsim.cli.app.Failures;
import org.adoptsim.cli.sweep.run.ScenarioFactory;
import org.adoptsim.cli.sweep.run.ScenarioSource;
import org.adoptsim.core.config.Coalition;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Trigger;
import picocli.CommandLine;

/**
 * A programmatic scenario source for tests that must not depend on the YAML loader: the default
 * scenario (horizon shortened for speed) with a handful of override paths mapped through the core's
 * {@code with…} methods. Unknown paths and invalid values fail like the loader would: one line.
 */
final class TestScenarios {
    static final int WEEKS = 52;

    private static final Map<String, BiFunction<Scenario, Object, Scenario>> PATHS = Map.of(
            "strategies.earn-then-mandate.mandate.atShare", (s, v) -> strategy(s, "earn-then-mandate",
                    t -> t.withMandate(new Mandate(Trigger.atShare(num(v)), t.mandate().deadlineWeeks(),
                            t.mandate().pressure(), t.mandate().executiveBacking()))),
            "strategies.mandate-early.mandate.atWeek", (s, v) -> strategy(s, "mandate-early",
                    t -> t.withMandate(new Mandate(Trigger.atWeek((int) num(v)), t.mandate().deadlineWeeks(),
                            t.mandate().pressure(), t.mandate().executiveBacking()))),
            "strategies.earned.coalition.size", (s, v) -> strategy(s, "earned",
                    t -> t.withCoalition(new Coalition((int) num(v), 0))),
            "rules.platform.capacity", (s, v) -> s.withRules(s.rules().withPlatform(
                    s.rules().platform().withCapacity(num(v)))),
            "rules.decisions.attention", (s, v) -> s.withRules(s.rules().withDecisions(
                    s.rules().decisions().withAttention(num(v)))),
            "run.weeks", (s, v) -> s.withRun(s.run().withWeeks((int) num(v))),
            "organisation.teams", (s, v) -> s.withOrganisation(s.organisation().withTeams((int) num(v))));

    private TestScenarios() {
    }

    static Scenario base() {
        Scenario d = Scenario.defaults();
        return d.withRun(d.run().withWeeks(WEEKS));
    }

    static ScenarioFactory factory() {
        return overrides -> {
            Scenario s = base();
            for (Map.Entry<String, Object> e : overrides.entrySet()) {
                BiFunction<Scenario, Object, Scenario> f = PATHS.get(e.getKey());
                if (f == null) {
                    throw new IllegalArgumentException(e.getKey() + ": not a field of the scenario");
                }
                s = f.apply(s, e.getValue());
            }
            return s;
        };
    }

    static ScenarioSource source() {
        return (file, display, origins) -> factory();
    }

    /**
     * The same scenarios, each point's taking at least {@code millis} to build: a child sweep that a test
     * must catch mid-way then runs long enough on any machine (the results do not change).
     */
    static ScenarioSource slowSource(long millis) {
        ScenarioFactory f = factory();
        return (file, display, origins) -> overrides -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return f.at(overrides);
        };
    }

    private static double num(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("must be a number, not '" + v + "'");
    }

    private static Scenario strategy(Scenario s, String name, UnaryOperator<Strategy> change) {
        List<Strategy> out = new ArrayList<>();
        for (Strategy t : s.strategies()) {
            out.add(t.name().equals(name) ? change.apply(t) : t);
        }
        return s.withStrategies(out);
    }

    /** Writes a sweep file (and a stand-in scenario file it names) into {@code dir}. */
    static Path sweepFile(Path dir, String name, String yaml) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("base.yaml"), "# stands in for a scenario file; tests build scenarios in code\n");
        Path f = dir.resolve(name);
        Files.writeString(f, "scenario: base.yaml\n" + yaml);
        return f;
    }

    /** The outcome of one command-line call. */
    record Result(int code, String out, String err) {
    }

    static Result sweep(String... args) {
        return execute(new CommandLine(new SweepCommand(source())), args);
    }

    static Result merge(String... args) {
        return execute(new CommandLine(new MergeCommand()), args);
    }

    static Result analyze(String... args) {
        return execute(new CommandLine(new AnalyzeCommand()), args);
    }

    static Result execute(CommandLine cl, String... args) {
        Failures failures = new Failures();
        cl.setExecutionExceptionHandler(failures).setParameterExceptionHandler(failures);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
