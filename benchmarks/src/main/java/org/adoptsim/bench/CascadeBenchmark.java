package org.adoptsim.bench;

import java.util.concurrent.TimeUnit;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Question: what does {@code adoptsim run} pay for issue 19's 100,000-team cascade, against the C
 * reference (benchmarks/reference/cascade.c, on the same arrays: see {@link CascadeCase}); and how long
 * does drawing such an organisation take?
 *
 * <p>{@code runWeeks}: one operation = one {@link Simulation#run} of the cascade on the organisation drawn
 * in the set-up, for as many weeks as the cascade needs to settle plus one (the C sweep runs the same
 * rounds): placing the seeds, the weeks of the full engine, and the run's metrics and per-team outcomes —
 * everything a replicate of {@code run} costs except drawing. {@code drawOrganisation}: one operation =
 * {@link OrgFactory#draw} of the 100,000-team Erdős–Rényi organisation (mean degree 10), every team
 * attribute and the network. Scores are milliseconds per operation; run.sh divides {@code runWeeks} by the
 * C reference's time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CascadeBenchmark {
    private CascadeCase cascade;
    private Simulation sim;
    private Organisation organisation;

    @Setup(Level.Trial)
    public void setUp() {
        cascade = new CascadeCase();
        sim = new Simulation(cascade.org);
        organisation = cascade.scenario.organisation();
    }

    @Benchmark
    public RunResult runWeeks() {
        return cascade.run(sim);
    }

    @Benchmark
    public Org drawOrganisation() {
        return OrgFactory.draw(organisation, new RandomStreams(CascadeCase.SEED, 0));
    }
}
