package org.adoptsim.cli.scenario.describe;

import static org.adoptsim.cli.scenario.describe.Words.num;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.ArchetypeMix;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.org.Org;

/** The organisation's archetypes, network and dependencies in words, with drawn counts when available. */
final class OrgText {
    private OrgText() {
    }

    static String archetypes(Organisation o, Org drawn) {
        ArchetypeMix m = o.archetypes();
        String how = !m.explicit().isEmpty() ? "explicit, one per team"
                : m.assignment() == ArchetypeMix.Assignment.QUOTA ? "quota" : "multinomial, drawn for replicate 0";
        List<String> parts = new ArrayList<>();
        double[] shares = m.normalisedShares();
        for (Archetype a : Archetype.values()) {
            if (drawn != null) {
                parts.add(ScenarioSummary.archetypeWord(a, drawn.count(a)));
            } else if (!m.explicit().isEmpty()) {
                parts.add(ScenarioSummary.archetypeWord(a, m.explicit().stream().filter(x -> x == a).count()));
            } else {
                parts.add("~" + num(shares[a.ordinal()] * o.teams()) + " " + a.id() + "s");
            }
        }
        return String.join(", ", parts) + " (" + how + ")";
    }

    static String network(NetworkSpec n, Org drawn) {
        String spec;
        if (n instanceof NetworkSpec.None) {
            spec = "none (only a dashboard carries proof)";
        } else if (n instanceof NetworkSpec.Complete) {
            spec = "complete (every team sees every other)";
        } else if (n instanceof NetworkSpec.ErdosRenyi er) {
            spec = "Erdos-Renyi, mean degree " + num(er.meanDegree());
        } else if (n instanceof NetworkSpec.WattsStrogatz ws) {
            spec = "Watts-Strogatz, k " + ws.k() + ", rewire " + num(ws.rewire());
        } else if (n instanceof NetworkSpec.BarabasiAlbert ba) {
            spec = "Barabasi-Albert, m " + ba.m();
        } else if (n instanceof NetworkSpec.Departments d) {
            spec = "departments (inside " + num(d.inside()) + ", " + num(d.crossTiesPerTeam()) + " cross ties per team)";
        } else {
            spec = drawn == null ? "edge list of " + Words.count(((NetworkSpec.EdgeList) n).edges().size(), "tie")
                    : "edge list";
        }
        if (drawn == null || n instanceof NetworkSpec.Complete || n instanceof NetworkSpec.None) {
            return spec;
        }
        return spec + ": " + Words.count(drawn.network().entries() / 2, "tie") + ", mean degree "
                + String.format(java.util.Locale.ROOT, "%.2f", drawn.network().meanDegree()) + " (replicate 0)";
    }

    static String dependencies(DependencySpec d, Org drawn) {
        String spec;
        if (d instanceof DependencySpec.None) {
            spec = "none";
        } else if (d instanceof DependencySpec.Random r) {
            spec = "random, mean " + num(r.meanUpstream()) + " upstream per team";
        } else {
            int n = ((DependencySpec.EdgeList) d).edges().size();
            spec = drawn != null ? "edge list" : "edge list of " + n + (n == 1 ? " dependency" : " dependencies");
        }
        if (drawn == null || d instanceof DependencySpec.None) {
            return spec;
        }
        int upstream = drawn.upstream().entries();
        int waiting = 0;
        for (int t = 0; t < drawn.teams(); t++) {
            waiting += drawn.upstream().degree(t) > 0 ? 1 : 0;
        }
        return spec + ": " + Words.count(upstream, "edge") + ", " + waiting + " teams depend on another (replicate 0)";
    }
}
