package org.adoptsim.cli.functions;

import java.util.List;
import org.adoptsim.core.config.CrossFunction;
import org.adoptsim.core.config.SignOffStage;
import org.adoptsim.core.result.FunctionsOutcome;
import org.adoptsim.core.result.PlatformUse;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.result.TeamStatus;

/**
 * Sums the {@link FunctionsOutcome} of every run of a comparison, per strategy and function, in the
 * order replicates arrive (replicate order, so sums are the same at any thread count), and per strategy
 * and stage the holds (from needing a stage's answer to its last approval), and per strategy and
 * function the teams done at the horizon but not adopted because they still wait for it, and per
 * strategy the platform hours its cross-functional levers cost (the ledger's {@code sign_off_work}). Inactive (and
 * free) when the scenario declares no function. Not thread-safe: fed from the ensemble's one sink.
 */
public final class FunctionsAccumulator {
    private final List<String> strategies;
    private final int weeks;
    private final List<SignOffStage> stages;
    private List<String> functions = List.of();
    private long runs;
    private double[][] waited;
    private double[][] sendBacks;
    private double[][] rework;
    private double[][] reviews;
    private double[][] reviewWeeks;
    private double[][] approvals;
    private double[][] requestWeeks;
    private double[][][] weekly;
    private double[][][] signOff;
    private double[][][] alignment;
    private double[][] holds;
    private double[][] holdWeeks;
    private double[][] doneWaiting;
    private double[] leverHours;

    /** {@code declared}: the scenario's functions in its order, the order of every run's outcome. */
    public FunctionsAccumulator(List<String> strategies, int weeks, List<CrossFunction> declared) {
        this.strategies = List.copyOf(strategies);
        this.weeks = weeks;
        this.stages = declared.stream().map(CrossFunction::stage).toList();
    }

    /** One replicate: a result per strategy, in the strategies' order. */
    public void accept(List<RunResult> replicate) {
        if (replicate.isEmpty() || replicate.get(0).functions().isEmpty()) {
            return;
        }
        if (runs == 0) {
            allocate(replicate.get(0).functions().orElseThrow().names());
        }
        runs++;
        for (int s = 0; s < replicate.size(); s++) {
            FunctionsOutcome o = replicate.get(s).functions().orElseThrow();
            TeamOutcomes teams = replicate.get(s).teams();
            leverHours[s] += replicate.get(s).metrics().ledger().platformHours(PlatformUse.SIGN_OFF_WORK);
            for (int i = 0; i < o.teams(); i++) {
                int f = o.waitingFor(i);
                if (f >= 0 && teams.status(i) == TeamStatus.DONE && !teams.adopted(i)) {
                    doneWaiting[s][f]++;
                }
            }
            for (SignOffStage stage : SignOffStage.values()) {
                int k = stage.ordinal();
                holds[s][k] += o.holds(k);
                holdWeeks[s][k] += o.holds(k) == 0 ? 0 : o.holds(k) * o.meanHoldWeeks(k);
            }
            for (int f = 0; f < functions.size(); f++) {
                waited[s][f] += o.waitedTeamWeeks(f);
                sendBacks[s][f] += o.sendBacks(f);
                rework[s][f] += o.reworkHours(f);
                reviews[s][f] += o.reviews(f);
                reviewWeeks[s][f] += o.reviews(f) * (o.reviews(f) == 0 ? 0 : o.meanReviewWeeks(f));
                approvals[s][f] += o.approvals(f);
                requestWeeks[s][f] += o.approvals(f) * (o.approvals(f) == 0 ? 0 : o.meanRequestWeeks(f));
                int w = Math.min(weeks, o.weeks());
                for (int t = 0; t < w; t++) {
                    weekly[s][f][t] += o.waiting(f, t);
                    signOff[s][f][t] += o.signOffReason(f, t);
                    alignment[s][f][t] += o.alignment(f, t);
                }
            }
        }
    }

    private void allocate(List<String> names) {
        functions = List.copyOf(names);
        int s = strategies.size();
        int f = names.size();
        waited = new double[s][f];
        sendBacks = new double[s][f];
        rework = new double[s][f];
        reviews = new double[s][f];
        reviewWeeks = new double[s][f];
        approvals = new double[s][f];
        requestWeeks = new double[s][f];
        weekly = new double[s][f][weeks];
        signOff = new double[s][f][weeks];
        alignment = new double[s][f][weeks];
        holds = new double[s][SignOffStage.values().length];
        holdWeeks = new double[s][SignOffStage.values().length];
        doneWaiting = new double[s][f];
        leverHours = new double[s];
    }

    /** Whether any run had functions. */
    public boolean active() {
        return runs > 0;
    }

    public List<String> strategies() {
        return strategies;
    }

    public List<String> functions() {
        return functions;
    }

    public int weeks() {
        return weeks;
    }

    public long runs() {
        return runs;
    }

    /** Mean team-weeks per run that teams were held waiting on the function. */
    public double weeksWaited(int s, int f) {
        return waited[s][f] / runs;
    }

    /** The function's share of all team-weeks of waiting under the strategy (0 when nobody waited). */
    public double waitingShare(int s, int f) {
        double all = 0;
        for (double w : waited[s]) {
            all += w;
        }
        return all == 0 ? 0 : waited[s][f] / all;
    }

    public double sendBacks(int s, int f) {
        return sendBacks[s][f] / runs;
    }

    public double reworkHours(int s, int f) {
        return rework[s][f] / runs;
    }

    public double reviews(int s, int f) {
        return reviews[s][f] / runs;
    }

    /** Mean length of a review in weeks over all runs (NaN with none). */
    public double meanReviewWeeks(int s, int f) {
        return reviews[s][f] == 0 ? Double.NaN : reviewWeeks[s][f] / reviews[s][f];
    }

    /** Mean weeks from a request's first filing to its approval (NaN with none). */
    public double meanRequestWeeks(int s, int f) {
        return approvals[s][f] == 0 ? Double.NaN : requestWeeks[s][f] / approvals[s][f];
    }

    /** Mean teams waiting on the function in that week. */
    public double waiting(int s, int f, int week) {
        return weekly[s][f][week] / runs;
    }

    /** Mean teams whose laggard reason is {@code sign-off} naming the function at the end of that week. */
    public double signOffReason(int s, int f, int week) {
        return signOff[s][f][week] / runs;
    }

    /** Mean alignment of the function in that week, after that week's levers. */
    public double alignment(int s, int f, int week) {
        return alignment[s][f][week] / runs;
    }

    /** The stage of function {@code f}. */
    public SignOffStage stage(int f) {
        return stages.get(f);
    }

    /** Mean holds per run at a stage that ended (the stage's last sign-off approved). */
    public double holds(int s, SignOffStage stage) {
        return holds[s][stage.ordinal()] / runs;
    }

    /**
     * Mean weeks a team was held at a stage, from needing its first answer to its last approval, over
     * the holds that ended in all runs (NaN with none): with decision feeds about the longest single
     * wait of the stage, without them the sum of its waits.
     */
    public double meanHoldWeeks(int s, SignOffStage stage) {
        double n = holds[s][stage.ordinal()];
        return n == 0 ? Double.NaN : holdWeeks[s][stage.ordinal()] / n;
    }

    /**
     * Mean teams per run that are done at the horizon (the old system off, by their own migration or a
     * shutdown) but not adopted because they still wait for the function's sign-off, the first they wait for.
     */
    public double doneWaiting(int s, int f) {
        return doneWaiting[s][f] / runs;
    }

    /**
     * Mean platform hours per run the strategy's cross-functional levers cost (mapping, contracts, feeds,
     * liaisons, pilot): the ledger's {@code sign_off_work}, part of its platform hours.
     */
    public double leverHours(int s) {
        return leverHours[s] / runs;
    }
}
