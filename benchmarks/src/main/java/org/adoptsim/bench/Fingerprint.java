package org.adoptsim.bench;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.core.config.Contract;
import org.adoptsim.core.config.CrossFunction;
import org.adoptsim.core.config.DecisionRule;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.FunctionLevers;
import org.adoptsim.core.config.Functions;
import org.adoptsim.core.config.Liaisons;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.SignOffStage;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.TimedLever;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.FunctionsOutcome;
import org.adoptsim.core.result.LedgerEntry;
import org.adoptsim.core.result.PlatformUse;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.result.WeekObserver;
import org.adoptsim.core.result.WeeklySeries;
import org.adoptsim.core.run.Replicate;

/**
 * A SHA-256 digest of everything a set of runs reports (metrics with the hours ledger, every team's
 * outcome with its adopted week and self-sufficiency, every week of the series with the adopted count,
 * the cumulative ledger and the platform hours by use), over a fixed list of scenarios that between
 * them exercise every phase of the engine. A second digest, {@code PATHS}, covers what the first list
 * leaves out and keeps out, so that {@code ALL} stays comparable with every earlier round: runs with
 * functions that need sign-offs (their levers included), and runs from today's state (a state observed
 * after 30 weeks, with and without the functions), every functions outcome included.
 * Used to show that a performance change is behaviour-preserving: the digests before and after must
 * be identical. Not a benchmark; run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.adoptsim.bench.Fingerprint}.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static void main(String[] args) {
        digest(cases(), false, "ALL");
        digest(paths(), true, "PATHS");
    }

    /** Prints each case's digest and, under {@code total}, the digest of them all. */
    private static void digest(Map<String, Scenario> cases, boolean functions, String total) {
        MessageDigest all = sha256();
        for (Map.Entry<String, Scenario> e : cases.entrySet()) {
            Scenario sc = e.getValue();
            MessageDigest one = sha256();
            for (int r = 0; r < sc.run().replicates(); r++) {
                for (RunResult result : Replicate.run(sc, sc.strategies(), r, RunDetail.SERIES)) {
                    if (functions) {
                        updateAll(one, result);
                    } else {
                        update(one, result);
                    }
                }
            }
            byte[] d = one.digest();
            all.update(d);
            System.out.printf("%-22s %s%n", e.getKey(), HexFormat.of().formatHex(d, 0, 8));
        }
        System.out.printf("%-22s %s%n", total, HexFormat.of().formatHex(all.digest(), 0, 8));
    }

    /**
     * The paths {@link #cases()} leaves out: three functions of the agency-cloud kind (a quarterly
     * budget office at the start, security and operations at the switch) under the presets and a
     * partnership that uses every function lever; and the default scenario from a state observed after
     * 30 weeks of {@code earned} (replicate 0's organisation), with and without the functions.
     */
    static Map<String, Scenario> paths() {
        Map<String, Scenario> m = new LinkedHashMap<>();
        Scenario base = Scenario.defaults().withRun(Scenario.defaults().run().withReplicates(60));
        Functions functions = new Functions(List.of(
                CrossFunction.builder("budget").stage(SignOffStage.START).cadenceWeeks(13).capacity(60).reviewWeeks(1)
                        .alignment(0.3).reworkHours(16).build(),
                CrossFunction.builder("security").stage(SignOffStage.SWITCH).cadenceWeeks(4).capacity(3).reviewWeeks(2)
                        .alignment(0.2).reworkHours(40).build(),
                CrossFunction.builder("operations").stage(SignOffStage.SWITCH).cadenceWeeks(4).capacity(4)
                        .reviewWeeks(1).alignment(0.3).reworkHours(24).build()));
        FunctionLevers all = FunctionLevers.NONE.withConstraintMapping(TimedLever.at(0, 40))
                .withMutualBenefit(Map.of("security", Contract.at(0, 240))).withDecisionFeeds(TimedLever.at(8, 0))
                .withLiaisons(new Liaisons(0, 4, List.of())).withPilotFirst(TimedLever.at(0, 0));
        List<Strategy> strategies = new java.util.ArrayList<>(Presets.all());
        strategies.add(Presets.byName(Presets.EARNED).orElseThrow().toBuilder().name("partnership")
                .functionLevers(all).build());
        Scenario withFunctions = base.withRules(base.rules().withFunctions(functions)).withStrategies(strategies);
        m.put("functions", withFunctions);
        m.put("from-state", base.withStart(observedAt30(base)));
        m.put("from-state-functions", withFunctions.withStart(observedAt30(withFunctions)));
        return m;
    }

    /** Replicate 0 of {@code earned} after 30 weeks, as a state file would give it. */
    private static ObservedState observedAt30(Scenario sc) {
        RandomStreams streams = new RandomStreams(sc.run().seed(), 0);
        Simulation first = new Simulation(OrgFactory.draw(sc.organisation(), streams));
        first.start(sc.rules(), Presets.byName(Presets.EARNED).orElseThrow(), streams, 30, WeekObserver.NONE);
        while (first.step()) {
            continue;
        }
        return first.observe(30);
    }

    /** Everything {@link #update} hashes, without leaving out what functions add, and the functions outcome. */
    private static void updateAll(MessageDigest md, RunResult r) {
        md.update((r.strategy() + "/" + r.replicate() + "/" + r.seed() + "/" + r.metrics()).getBytes());
        updateTeams(md, r.teams());
        r.weekly().ifPresent(s -> update(md, s, List.of(Reason.values()), List.of(PlatformUse.values())));
        r.functions().ifPresent(f -> update(md, f));
    }

    private static void updateTeams(MessageDigest md, TeamOutcomes t) {
        ByteBuffer b = ByteBuffer.allocate(28 * t.teams());
        for (int i = 0; i < t.teams(); i++) {
            b.putInt(t.status(i).ordinal()).putInt(t.reason(i).ordinal()).putInt(t.startWeek(i)).putInt(t.doneWeek(i))
                    .putInt(t.adoptedWeek(i)).putDouble(t.sufficiency(i));
        }
        md.update(b.array());
    }

    private static void update(MessageDigest md, FunctionsOutcome f) {
        ByteBuffer b = ByteBuffer.allocate(f.functions() * (9 * 8 + f.weeks() * 16) + 2 * 16 + 4 * f.teams());
        for (int k = 0; k < f.functions(); k++) {
            b.putLong(f.waitedTeamWeeks(k)).putLong(f.sendBacks(k)).putDouble(f.reworkHours(k)).putLong(f.reviews(k))
                    .putDouble(f.meanReviewWeeks(k)).putLong(f.approvals(k)).putDouble(f.meanRequestWeeks(k))
                    .putDouble(f.waitingShare(k)).putLong(k);
            for (int w = 0; w < f.weeks(); w++) {
                b.putInt(f.waiting(k, w)).putInt(f.signOffReason(k, w)).putDouble(f.alignment(k, w));
            }
        }
        for (int stage = 0; stage < 2; stage++) {
            b.putLong(f.holds(stage)).putDouble(f.meanHoldWeeks(stage));
        }
        for (int i = 0; i < f.teams(); i++) {
            b.putInt(f.waitingFor(i));
        }
        md.update(f.names().toString().getBytes());
        md.update(b.array());
    }

    static Map<String, Scenario> cases() {
        Map<String, Scenario> m = new LinkedHashMap<>();
        Scenario base = Scenario.defaults().withStrategies(Setups.strategies());
        m.put("default", base.withRun(base.run().withReplicates(300)));
        Rules bass = base.rules().withDecisions(base.rules().decisions().withRule(DecisionRule.BASS, 0.01, 0.3));
        m.put("bass-complete", base.withRules(bass).withRun(base.run().withReplicates(40))
                .withOrganisation(base.organisation().withNetwork(new NetworkSpec.Complete())));
        Rules noRoadmap = base.rules().withDecisions(base.rules().decisions().withRoadmap(false));
        m.put("no-roadmap-ba", base.withRules(noRoadmap).withRun(base.run().withReplicates(40))
                .withOrganisation(base.organisation().withTeams(120).withNetwork(new NetworkSpec.BarabasiAlbert(3))));
        Scenario big = Setups.scaled(1000);
        m.put("scaled-1000", big.withRun(big.run().withReplicates(3)));
        m.put("watts-er", Setups.watts(5000, new NetworkSpec.ErdosRenyi(6), Distribution.constant(0.18), 0.01, 60)
                .withRun(base.run().withReplicates(5).withWeeks(60)));
        m.put("watts-ws", Setups.watts(3000, new NetworkSpec.WattsStrogatz(6, 0.1),
                new Distribution.Uniform(0.1, 0.3), 0.02, 60).withRun(base.run().withReplicates(5).withWeeks(60)));
        return m;
    }

    /**
     * The reasons and platform uses hashed: those before functions existed (issue 17). The two added
     * with functions, {@link Reason#SIGN_OFF} and {@link PlatformUse#SIGN_OFF_WORK}, are checked to be
     * zero in every case (no case declares functions) and left out, so digests stay comparable across
     * that change. The mandate's deadline week (issue 13) is left out for the same reason: it is the
     * mandate week plus the strategy's deadlineWeeks, so it adds nothing the digest does not hold.
     */
    private static final List<Reason> REASONS = java.util.Arrays.stream(Reason.values())
            .filter(r -> r != Reason.SIGN_OFF).toList();
    private static final List<PlatformUse> USES = java.util.Arrays.stream(PlatformUse.values())
            .filter(u -> u != PlatformUse.SIGN_OFF_WORK).toList();

    private static void update(MessageDigest md, RunResult r) {
        double[] uses = r.metrics().ledger().platformUse();
        if (uses[PlatformUse.SIGN_OFF_WORK.ordinal()] != 0 || r.functions().isPresent()) {
            throw new IllegalStateException("a fingerprint case has functions on");
        }
        String metrics = r.metrics().toString().replace(java.util.Arrays.toString(uses),
                java.util.Arrays.toString(java.util.Arrays.copyOf(uses, uses.length - 1)))
                .replace(", deadlineWeek=" + r.metrics().deadlineWeek(), "");
        md.update((r.strategy() + "/" + r.replicate() + "/" + r.seed() + "/" + metrics).getBytes());
        updateTeams(md, r.teams());
        r.weekly().ifPresent(s -> update(md, s));
    }

    private static void update(MessageDigest md, WeeklySeries s) {
        for (int w = 0; w < s.weeks(); w++) {
            if (s.count(Reason.SIGN_OFF, w) != 0 || s.platformHours(PlatformUse.SIGN_OFF_WORK, w) != 0) {
                throw new IllegalStateException("a fingerprint case has functions on");
            }
        }
        update(md, s, REASONS, USES);
    }

    private static void update(MessageDigest md, WeeklySeries s, List<Reason> reasons, List<PlatformUse> uses) {
        List<TeamStatus> statuses = List.of(TeamStatus.values());
        List<LedgerEntry> entries = List.of(LedgerEntry.values());
        ByteBuffer b = ByteBuffer.allocate(s.weeks() * (8 * (statuses.size() + reasons.size() + entries.size()
                + uses.size()) + 9 * 8));
        for (int w = 0; w < s.weeks(); w++) {
            for (TeamStatus st : statuses) {
                b.putLong(s.count(st, w));
            }
            for (Reason re : reasons) {
                b.putLong(s.count(re, w));
            }
            b.putDouble(s.meanResentment(w)).putLong(s.incidents(w)).putLong(s.champions(w)).putDouble(s.maturity(w))
                    .putDouble(s.migrationHours(w)).putDouble(s.dualToilHours(w)).putDouble(s.platformHours(w))
                    .putLong(s.dualTeamWeeks(w)).putLong(s.adopted(w));
            for (LedgerEntry e : entries) {
                b.putDouble(s.hours(e, w));
            }
            for (PlatformUse u : uses) {
                b.putDouble(s.platformHours(u, w));
            }
        }
        md.update(b.array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
