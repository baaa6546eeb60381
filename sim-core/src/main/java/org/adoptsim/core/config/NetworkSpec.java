package org.adoptsim.core.config;

import java.util.List;

/** The influence network between teams: who sees whose adoption. Ties are undirected. */
public sealed interface NetworkSpec {

    /** Nobody sees anybody locally (only the dashboard carries proof). */
    record None() implements NetworkSpec {
    }

    /** Every team sees every other team; computed without materialising the N² edges. */
    record Complete() implements NetworkSpec {
    }

    /** G(n, p) with p = meanDegree / (n - 1). */
    record ErdosRenyi(double meanDegree) implements NetworkSpec {
        public ErdosRenyi {
            Checks.nonNegative("meanDegree", meanDegree);
        }
    }

    /** Ring lattice with k neighbours (k even) and each edge rewired with probability rewire. */
    record WattsStrogatz(int k, double rewire) implements NetworkSpec {
        public WattsStrogatz {
            Checks.atLeast("k", k, 0);
            if (k % 2 != 0) {
                throw new IllegalArgumentException("k: must be even, was " + k);
            }
            Checks.probability("rewire", rewire);
        }
    }

    /** Preferential attachment: each new team links to m existing teams. */
    record BarabasiAlbert(int m) implements NetworkSpec {
        public BarabasiAlbert {
            Checks.atLeast("m", m, 1);
        }
    }

    /**
     * Dense inside departments (each pair linked with probability {@code inside}), sparse across them
     * (about {@code crossTiesPerTeam} ties per team to other departments).
     */
    record Departments(double inside, double crossTiesPerTeam) implements NetworkSpec {
        public Departments {
            Checks.probability("inside", inside);
            Checks.nonNegative("crossTiesPerTeam", crossTiesPerTeam);
        }
    }

    /** An explicit list of ties between team indices (0-based), for a real org chart. */
    record EdgeList(List<Edge> edges) implements NetworkSpec {
        public EdgeList {
            edges = List.copyOf(edges);
        }
    }

    /** A tie or dependency between two teams by 0-based index. */
    record Edge(int from, int to) {
        public Edge {
            Checks.atLeast("from", from, 0);
            Checks.atLeast("to", to, 0);
        }
    }

    static NetworkSpec defaults() {
        return new Departments(0.75, 1.75);
    }
}
