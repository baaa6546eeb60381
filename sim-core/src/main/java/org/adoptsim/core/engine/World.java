package org.adoptsim.core.engine;

import java.util.function.DoubleUnaryOperator;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.random.EventDraws;
import org.adoptsim.core.random.Purpose;
import org.adoptsim.core.random.RandomStreams;
import org.apache.commons.rng.sampling.PermutationSampler;

/**
 * What the weekly phases share within one run: the teams, the initiative, the totals, and the run's
 * fixed inputs (rules, strategy, event draws). Also the few state transitions that several phases
 * perform — starting and completing a migration — so that each is written once.
 */
final class World {
    final TeamState teams;
    final Initiative initiative = new Initiative();
    final Totals totals = new Totals();
    final Proof proof;
    /** The functions nobody commands (inactive unless the rules declare some). */
    final SignOffDesk desk = new SignOffDesk();
    /** Scratch for the start-up permutations, reused so a run's start allocates no O(teams) array. */
    private final int[] order;
    private final int[] sortScratch;
    /**
     * The start-up shuffles (0: initial adopters, 1: coalition) and the replicate's streams they were
     * drawn from: a shuffle depends on those streams only, so the strategies run on one replicate draw
     * it once (creating a generator and shuffling cost about 2 % of a 42-team run).
     */
    private final int[][] shuffled = new int[2][];
    private final RandomStreams[] shuffledBy = new RandomStreams[2];
    /** The replicate's incident draws, kept across the runs of its strategies. */
    final IncidentDraws incidents;
    /** The replicate's discovery draws, sorted into candidates (kept across the runs of its strategies). */
    final DiscoveryDraws discoveries;
    Rules rules;
    Strategy strategy;
    EventDraws draws;
    /** The blocker fix-effort quantile function of the current rules (rebuilt only when they change it). */
    DoubleUnaryOperator fixEffort;
    private Distribution fixEffortOf;
    int weeks;
    /** The observed state runs start from, or null to start at week 0 (see {@link FromState}). */
    ObservedState start;
    /** A dashboard already published before the run (it stays whatever the strategy says). */
    boolean dashboardInPlace;
    /** How many times this run set a team's resentment ({@link #resent}): 0 while every team's is 0. */
    int resentments;

    World(Org org) {
        this.teams = new TeamState(org);
        this.proof = new Proof(org.network(), org.completeNetwork(), org.teams());
        this.order = new int[org.teams()];
        this.sortScratch = new int[org.teams()];
        this.incidents = new IncidentDraws(org.teams());
        this.discoveries = new DiscoveryDraws(org, incidents.teamOffsets(), incidents.scratch());
    }

    void reset(Rules rules, Strategy strategy, RandomStreams streams, int weeks) {
        this.rules = rules;
        this.strategy = strategy;
        this.draws = streams.events();
        if (rules.platform().fixEffort() != fixEffortOf) {
            fixEffortOf = rules.platform().fixEffort();
            fixEffort = fixEffortOf.quantileFunction();
        }
        this.weeks = weeks;
        resentments = 0;
        incidents.prepare(draws, rules.work().oldIncidentRate(), incidentRate(0, 0), weeks);
        discoveries.prepare(draws, rules.sunset().discoveryRate(), weeks);
        teams.reset();
        for (int i = 0; i < teams.n; i++) {
            teams.dualHours[i] = dualHours(i);
        }
        // Completions before week 0 go back no further than a state's week (done weeks are >= 0), so the
        // look-back needs no more: stableWeeks has no upper bound and sized the array unbounded.
        proof.reset(weeks, Math.min(rules.decisions().stableWeeks(), start == null ? 1 : start.week()));
        totals.reset();
        initiative.reset(rules.platform().maturity(), strategy.officeHours() > 0);
        desk.reset(rules.functions(), strategy.functionLevers(), teams, draws, weeks);
        dashboardInPlace = false;
        if (start == null) {
            placeInitialAdopters(streams);
            recruitCoalition(streams);
        } else {
            FromState.apply(this, start);
            if (start.coalition()) {
                FromState.coalition(this, start);
            } else {
                recruitCoalition(streams);
            }
        }
    }

    /** Teams done before week 0 (doneWeek −1, never started): the first k of a random permutation, so larger k gives a superset. */
    private void placeInitialAdopters(RandomStreams streams) {
        int k = strategy.initialAdopters().countFor(teams.n);
        if (k == 0) {
            return;
        }
        shuffledOrder(streams, Purpose.INITIAL_ADOPTERS, 0);
        pilotFirst();
        for (int j = 0; j < k; j++) {
            desk.approveAll(order[j]);
            doneBeforeStart(order[j], 1, -1);
        }
    }

    /**
     * The team was done before week 0 (doneWeek −1, never started), at quality 1, with
     * self-sufficiency {@code sigma}: adopted from the start if σ reaches adoptedAt and no switch
     * sign-off is missing (the caller approves what it has first), else it asks for post-migration
     * support like any done team (in the order of these calls).
     *
     * @param finished the week it finished, relative to week 0 (−1 for an initial adopter; earlier for a
     *                 team today's state lists as done), for the stable-adopter count
     */
    void doneBeforeStart(int i, double sigma, int finished) {
        teams.setStatus(i, Codes.S_DONE);
        teams.aware[i] = true;
        teams.doneWeek[i] = -1;
        var a = rules.adoption();
        // A team at σ = 1 asks for nothing: listed all the same, it changes no sum and no one's service.
        teams.addDone(i, sigma, a.learningRate() * Math.max(teams.quality[i], a.minLearningQuality()), a.adoptedAt());
        if (sigma >= a.adoptedAt() && !desk.holdsAdoption(i)) {
            teams.markAdopted(i, -1);
            totals.adopted++;
        }
        totals.gainPerWeek += teams.org.gain(i) * teams.quality[i];
        setNewIncidentRate(i, teams.quality[i]);
        teams.reason[i] = Codes.R_NONE;
        proof.done(i, finished);
    }

    /** Believers in a random order; the first {@code size} not already done join the coalition. */
    private void recruitCoalition(RandomStreams streams) {
        int size = strategy.coalition().size();
        if (size == 0) {
            return;
        }
        shuffledOrder(streams, Purpose.COALITION, 1);
        pilotFirst();
        int joined = 0;
        for (int j = 0; j < teams.n && joined < size; j++) {
            int i = order[j];
            if (teams.archetype[i] == Archetype.BELIEVER.ordinal() && teams.status[i] == Codes.S_IDLE) {
                teams.coalition[i] = true;
                teams.aware[i] = true;
                joined++;
            }
        }
    }

    /** Under the pilot-first lever, the permutation reordered (stably) by the sign-offs each team needs, fewest first. */
    private void pilotFirst() {
        if (desk.active && strategy.functionLevers().pilotFirst().enabled()) {
            desk.sortByNeeds(order, sortScratch);
        }
    }

    /**
     * {@code order} := a random permutation of the teams, exactly as {@link PermutationSampler#natural}
     * then shuffle with the purpose's stream; kept in slot {@code slot} for the next run of the same replicate.
     */
    private void shuffledOrder(RandomStreams streams, Purpose purpose, int slot) {
        if (!streams.equals(shuffledBy[slot])) {
            if (shuffled[slot] == null) {
                shuffled[slot] = new int[order.length];
            }
            int[] s = shuffled[slot];
            for (int i = 0; i < s.length; i++) {
                s[i] = i;
            }
            PermutationSampler.shuffle(streams.stream(purpose), s);
            shuffledBy[slot] = streams;
        }
        System.arraycopy(shuffled[slot], 0, order, 0, order.length);
    }

    /** The team's migration effort after the tools finished so far (docs/model.md's cost multiplier). */
    double effectiveEffort(int i) {
        var t = rules.tooling();
        double e = teams.org.effort(i);
        if (initiative.has(Tool.SCRIPTS)) {
            e *= t.scriptsEffortFactor();
        }
        if (initiative.has(Tool.RUNBOOKS)) {
            e = Math.max(0, e - t.runbooksHoursSaved());
        }
        return e;
    }

    /** Sets team i's resentment, and with it the hours it gives while dual. */
    void resent(int i, double resentment) {
        resentments++;
        teams.resentment[i] = resentment;
        teams.dualHours[i] = dualHours(i);
    }

    /** capacity·dualCapacityFactor·(1 − slowdown·r), for {@link TeamState#dualHours}. */
    private double dualHours(int i) {
        var w = rules.work();
        return teams.org.capacity(i) * w.dualCapacityFactor() * (1 - w.resentmentSlowdown() * teams.resentment[i]);
    }

    /** Hours a team that has not started would have to work: effective effort plus hidden dependencies found. */
    double workToStart(int i) {
        return effectiveEffort(i) + teams.extraHours[i];
    }

    /** Idle or willing → migrating, with the work still to do. */
    void start(int i) {
        teams.setStatus(i, Codes.S_MIGRATING);
        teams.startWeek[i] = initiative.week;
        teams.aware[i] = true;
        teams.remaining[i] = workToStart(i);
        teams.extraHours[i] = 0;
    }

    /**
     * Old system off for this team; champion chance if the move was clean. Its self-sufficiency starts
     * at coalitionStart if it had high-touch support (else 0), plus runbooksBonus once runbook
     * templates exist; from now on it earns gain·quality a week and asks for post-migration support.
     */
    void complete(int i, double quality) {
        var w = rules.work();
        var a = rules.adoption();
        teams.setStatus(i, Codes.S_DONE);
        teams.doneWeek[i] = initiative.week;
        teams.quality[i] = quality;
        teams.remaining[i] = 0;
        double sigma = (teams.supported[i] ? a.coalitionStart() : 0) + (initiative.has(Tool.RUNBOOKS) ? a.runbooksBonus() : 0);
        teams.addDone(i, Math.min(1, sigma), a.learningRate() * Math.max(quality, a.minLearningQuality()),
                a.adoptedAt());
        noteIfAdopted(i);
        totals.gainPerWeek += teams.org.gain(i) * quality;
        setNewIncidentRate(i, quality);
        proof.done(i, initiative.week);
        initiative.completionsThisWeek++;
        if (teams.supported[i]) {
            initiative.supportedCompletionsThisWeek++;
        }
        double p = teams.coalition[i] ? w.pChampionCoalition()
                : strategy.champions() ? w.pChampionProgramme() : w.pChampionOther();
        if (quality >= w.championMinQuality() && teams.resentment[i] == 0
                && draws.uniform(Purpose.CHAMPION, i, initiative.week) < p) {
            teams.champion[i] = true;
            proof.champion(i);
            totals.champions++;
        }
    }

    /**
     * Marks a done team adopted this week once its σ reaches adoptedAt and no switch sign-off is missing
     * (adoption never reverts).
     */
    void noteIfAdopted(int i) {
        if (!teams.isAdopted(i) && teams.sufficiency(i) >= rules.adoption().adoptedAt() && !desk.holdsAdoption(i)) {
            teams.markAdopted(i, initiative.week);
            totals.adopted++;
        }
    }

    /**
     * Fixes {@link TeamState#newIncidentRate} of a team completing now with this quality. The incident
     * draws were sorted against {@code incidentRate(0, 0)} as the highest possible rate (a canary only
     * lowers it); a rate above it would go uncounted, so it is refused here instead.
     */
    private void setNewIncidentRate(int i, double quality) {
        double rate = incidentRate(initiative.maturity, quality);
        if (!(rate <= incidents.maxNewRate())) {
            throw new IllegalStateException("team " + i + ": incident rate " + rate + " above the bound "
                    + incidents.maxNewRate() + " (maturity " + initiative.maturity + ", quality " + quality + ")");
        }
        teams.newIncidentRate[i] = rate;
    }

    /**
     * The weekly incident rate after a migration done at this platform maturity and quality (both in
     * [0, 1]); with (0, 0) the highest any team can have, since every factor only grows as they fall.
     */
    private double incidentRate(double maturity, double quality) {
        var w = rules.work();
        return w.newIncidentRate() * (1 + w.maturityIncidentFactor() * (1 - maturity))
                * (1 + w.qualityIncidentFactor() * (1 - quality));
    }

    /** Quarters follow the organisation's calendar: a run from an observed state keeps its phase. */
    boolean isQuarterBoundary() {
        return calendarWeek() % rules.decisions().quarterWeeks() == 0;
    }

    /** This week on the organisation's calendar: the run's week, plus the observed state's week if it started from one. */
    int calendarWeek() {
        return initiative.week + (start == null ? 0 : start.week());
    }

    /** Whether stayCost counts in the value gate this week, and with what multiplier (0: invisible). */
    double visibleStayFactor() {
        if (initiative.throttled) {
            return rules.sunset().throttleFactor();
        }
        return strategy.showCostOfStaying() ? 1 : 0;
    }
}
