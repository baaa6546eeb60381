package org.adoptsim.bench;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.core.config.DecisionRule;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.LedgerEntry;
import org.adoptsim.core.result.PlatformUse;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.result.WeeklySeries;
import org.adoptsim.core.run.Replicate;

/**
 * A SHA-256 digest of everything a set of runs reports (metrics with the hours ledger, every team's
 * outcome with its adopted week and self-sufficiency, every week of the series with the adopted count,
 * the cumulative ledger and the platform hours by use), over a fixed list of scenarios that between
 * them exercise every phase of the engine.
 * Used to show that a performance change is behaviour-preserving: the digests before and after must
 * be identical. Not a benchmark; run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.adoptsim.bench.Fingerprint}.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static void main(String[] args) {
        MessageDigest all = sha256();
        for (Map.Entry<String, Scenario> e : cases().entrySet()) {
            Scenario sc = e.getValue();
            MessageDigest one = sha256();
            for (int r = 0; r < sc.run().replicates(); r++) {
                for (RunResult result : Replicate.run(sc, sc.strategies(), r, RunDetail.SERIES)) {
                    update(one, result);
                }
            }
            byte[] d = one.digest();
            all.update(d);
            System.out.printf("%-22s %s%n", e.getKey(), HexFormat.of().formatHex(d, 0, 8));
        }
        System.out.printf("%-22s %s%n", "ALL", HexFormat.of().formatHex(all.digest(), 0, 8));
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
        TeamOutcomes t = r.teams();
        ByteBuffer b = ByteBuffer.allocate(28 * t.teams());
        for (int i = 0; i < t.teams(); i++) {
            b.putInt(t.status(i).ordinal()).putInt(t.reason(i).ordinal()).putInt(t.startWeek(i)).putInt(t.doneWeek(i))
                    .putInt(t.adoptedWeek(i)).putDouble(t.sufficiency(i));
        }
        md.update(b.array());
        r.weekly().ifPresent(s -> update(md, s));
    }

    private static void update(MessageDigest md, WeeklySeries s) {
        List<TeamStatus> statuses = List.of(TeamStatus.values());
        List<Reason> reasons = REASONS;
        List<LedgerEntry> entries = List.of(LedgerEntry.values());
        List<PlatformUse> uses = USES;
        ByteBuffer b = ByteBuffer.allocate(s.weeks() * (8 * (statuses.size() + reasons.size() + entries.size()
                + uses.size()) + 9 * 8));
        for (int w = 0; w < s.weeks(); w++) {
            if (s.count(Reason.SIGN_OFF, w) != 0 || s.platformHours(PlatformUse.SIGN_OFF_WORK, w) != 0) {
                throw new IllegalStateException("a fingerprint case has functions on");
            }
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
