package org.adoptsim.core.engine;

import java.util.Objects;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.SeriesRecorder;
import org.adoptsim.core.result.WeekObserver;

/**
 * Runs the weekly model of docs/model.md on one drawn organisation: a fixed list of phases applied in
 * order, week after week, with synchronous updates (every decision reads the state of the end of the
 * previous week). One instance holds the state arrays for its organisation and reuses them across
 * runs, so it is cheap to run many strategies and replicates on the same org; it is not thread-safe —
 * use one per thread.
 *
 * <p>{@link #run} does a whole run. The same run can be driven week by week with {@link #start},
 * {@link #step} and {@link #result} (for interactive use, and to measure the weekly step alone):
 * {@code run(…, RunDetail.TEAMS, …)} is exactly {@code start(…)}, {@code step()} until it returns false,
 * {@code result()}.
 * A week allocates nothing.
 */
public final class Simulation {
    private final World world;
    private final Milestones milestones = new Milestones();
    private final SignalPhase signal = new SignalPhase();
    private final DecisionPhase decision = new DecisionPhase();
    private final FunctionsPhase functions = new FunctionsPhase();
    private final RoadmapPhase roadmap = new RoadmapPhase();
    private final MandatePhase mandate = new MandatePhase();
    private final WorkPhase work = new WorkPhase();
    private final CompletionPhase completion = new CompletionPhase();
    private final PlatformPhase platform = new PlatformPhase();
    private final SunsetPhase sunset = new SunsetPhase();
    private final RecordPhase record;
    private Strategy strategy;
    private RandomStreams streams;
    private int weeks;
    private int week;

    public Simulation(Org org) {
        this.world = new World(org);
        this.record = new RecordPhase(world);
    }

    /**
     * One run of {@code weeks} weeks.
     *
     * @param streams  the replicate's random streams; the org must have been drawn from the same ones
     *                 for common random numbers to hold
     * @param detail   what the result keeps beside the metrics: the teams' outcomes, the weekly series
     * @param observer sees every week (use {@link WeekObserver#NONE} for none)
     */
    public RunResult run(Rules rules, Strategy strategy, RandomStreams streams, int weeks, RunDetail detail,
            WeekObserver observer) {
        Objects.requireNonNull(detail, "detail");
        SeriesRecorder series = detail == RunDetail.SERIES ? new SeriesRecorder(world.teams.n, weeks) : null;
        WeekObserver downstream = series == null ? observer
                : observer == WeekObserver.NONE ? series : view -> {
                    series.onWeek(view);
                    observer.onWeek(view);
                };
        start(rules, strategy, streams, weeks, downstream);
        while (step()) {
            continue;
        }
        return result(detail != RunDetail.METRICS, series);
    }

    /**
     * Makes every later run start from {@code state} instead of week 0 (null: back to week 0). The
     * state's week becomes the run's week 0; see {@link FromState} for how each observation is set.
     */
    public Simulation startFrom(ObservedState state) {
        if (state != null && state.teams() != world.teams.n) {
            throw new IllegalArgumentException("start: describes " + state.teams() + " teams, not " + world.teams.n);
        }
        world.start = state;
        return this;
    }

    /** Puts the organisation back to week 0 for a run of {@code weeks} weeks; {@code observer} sees every week. */
    public void start(Rules rules, Strategy strategy, RandomStreams streams, int weeks, WeekObserver observer) {
        this.strategy = strategy;
        this.streams = streams;
        this.weeks = weeks;
        this.week = 0;
        world.reset(rules, strategy, streams, weeks);
        milestones.reset(observer);
        this.record.reset(milestones);
    }

    /** Simulates the next week; false (and nothing done) once the run's {@code weeks} are done. */
    public boolean step() {
        if (week >= weeks) {
            return false;
        }
        world.initiative.week = week;
        if (strategy.announceWeek() >= 0 && week >= strategy.announceWeek()) {
            world.initiative.announced = true;
        }
        // The phases in docs/model.md's order, each called by its own field: ten monomorphic calls
        // the JIT inlines, where a loop over a Phase[] made every week ten megamorphic ones.
        signal.apply(world);
        decision.apply(world);
        functions.apply(world);
        roadmap.apply(world);
        mandate.apply(world);
        work.apply(world);
        completion.apply(world);
        platform.apply(world);
        sunset.apply(world);
        record.apply(world);
        week++;
        return true;
    }

    /**
     * The current run's state after the weeks done so far, as an observation of calendar week
     * {@code week} (at least one week must have been simulated): what a planner would write in a state
     * file. Hidden quantities (resentment, σ, awareness, proof seen) are not part of it.
     */
    public ObservedState observe(int week) {
        if (this.week == 0) {
            throw new IllegalStateException("nothing simulated yet");
        }
        return FromState.observe(world, week);
    }

    /** Weeks simulated so far in the current run. */
    public int weeksDone() {
        return week;
    }

    /**
     * The result of the finished run: with the teams' and functions' outcomes when {@code teams}, and
     * with the weekly series of {@code series}, the recorder it was observed by (null: none).
     */
    private RunResult result(boolean teams, SeriesRecorder series) {
        return new RunResult(strategy.name(), (int) streams.replicate(), streams.seed(),
                MetricsBuilder.metrics(world, milestones), teams ? MetricsBuilder.outcomes(world.teams) : null,
                series == null ? null : series.series(),
                teams && world.desk.active ? world.desk.outcome(world.teams) : null);
    }

    /** The result of the run driven by {@link #start} and {@link #step}, without a weekly series. */
    public RunResult result() {
        if (week < weeks) {
            throw new IllegalStateException("the run has done " + week + " of its " + weeks + " weeks");
        }
        return result(true, null);
    }
}
