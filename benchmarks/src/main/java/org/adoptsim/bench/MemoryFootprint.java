package org.adoptsim.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.WeekObserver;

/**
 * Question: how many bytes per team and per influence tie do the drawn organisation and the engine's
 * state take?
 *
 * <p>Measured, not guessed: for an organisation of {@code teams} teams (default 200,000) with no
 * network, an Erdős–Rényi network of mean degree 10 and one of mean degree 20, each component is
 * built and the retained heap is read after full collections (run it with {@code -XX:+UseSerialGC}
 * for exact figures). Beside each measurement is the exact accounting of the component's object
 * graph ({@link DeepSize}: headers, padding, every array); the two must agree within a few KB. The
 * engine's state is a {@link Simulation} after one run of {@link Setups#allLevers()} (so everything a
 * run sizes lazily exists), not counting the {@link Org} it reads. Per team and per tie come from the
 * differences between the three networks. Prints a markdown table. Not a JMH benchmark: memory is a
 * quantity, not a rate. Run: {@code java -XX:+UseSerialGC -cp benchmarks.jar org.adoptsim.bench.MemoryFootprint [teams]}.
 */
public final class MemoryFootprint {
    private MemoryFootprint() {
    }

    record Row(String network, long ties, long org, long orgAccounted, long engine, long engineAccounted) {
    }

    public static void main(String[] args) throws InterruptedException {
        int teams = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<Row> rows = new ArrayList<>();
        rows.add(measure(teams, "none", new NetworkSpec.None()));
        rows.add(measure(teams, "ER, mean degree 10", new NetworkSpec.ErdosRenyi(10)));
        rows.add(measure(teams, "ER, mean degree 20", new NetworkSpec.ErdosRenyi(20)));
        print(teams, rows);
    }

    static Row measure(int teams, String name, NetworkSpec network) throws InterruptedException {
        Scenario sc = Setups.scaled(teams);
        Organisation spec = sc.organisation().withNetwork(network);
        Strategy strategy = Setups.allLevers();
        RandomStreams streams = new RandomStreams(sc.run().seed(), 0);
        long h0 = retained();
        Org org = OrgFactory.draw(spec, streams);
        long h1 = retained();
        Simulation sim = new Simulation(org);
        sim.run(sc.rules(), strategy, streams, sc.run().weeks(), RunDetail.TEAMS, WeekObserver.NONE);
        long h2 = retained();
        Object[] orgParts = {org, org.network(), org.network().offsetsView(), org.network().targetsView(),
            org.upstream(), org.upstream().offsetsView(), org.upstream().targetsView()};
        Object[] inputs = {sc, sc.rules(), strategy, streams};
        return new Row(name, org.network().entries() / 2, h1 - h0, DeepSize.of(org), h2 - h1,
                DeepSize.of(sim, concat(orgParts, inputs)));
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static long retained() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(40);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static void print(int teams, List<Row> rows) {
        System.out.printf(Locale.ROOT, "Memory at %,d teams (measured retained heap / exact accounting, bytes)%n%n", teams);
        System.out.println("| network | ties | org measured | org accounted | engine measured | engine accounted |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d |%n", r.network(), r.ties(),
                    r.org(), r.orgAccounted(), r.engine(), r.engineAccounted());
        }
        Row none = rows.get(0);
        Row dense = rows.get(2);
        Row mid = rows.get(1);
        double orgPerTie = (double) (dense.orgAccounted() - mid.orgAccounted()) / (dense.ties() - mid.ties());
        System.out.println();
        System.out.printf(Locale.ROOT, "- organisation: %.1f B per team + %.1f B per tie (measured: %.1f + %.1f)%n",
                (double) none.orgAccounted() / teams, orgPerTie, (double) none.org() / teams,
                (double) (dense.org() - mid.org()) / (dense.ties() - mid.ties()));
        System.out.printf(Locale.ROOT, "- engine state (Simulation, besides the org): %.1f B per team, 0 per tie "
                + "(measured: %.1f B per team)%n", (double) mid.engineAccounted() / teams, (double) mid.engine() / teams);
    }
}
