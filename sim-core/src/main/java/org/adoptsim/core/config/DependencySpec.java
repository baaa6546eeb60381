package org.adoptsim.core.config;

import java.util.List;

/**
 * The upstream/downstream graph: a team cannot switch its old system off before its upstream teams
 * have. Always acyclic; an explicit list that contains a cycle is rejected when the org is built.
 */
public sealed interface DependencySpec {

    record None() implements DependencySpec {
    }

    /** Teams in a random order, each taking Poisson(meanUpstream) upstream teams from those before it. */
    record Random(double meanUpstream) implements DependencySpec {
        public Random {
            Checks.nonNegative("meanUpstream", meanUpstream);
        }
    }

    /** Explicit edges: {@code from} depends on (is downstream of) {@code to}. */
    record EdgeList(List<NetworkSpec.Edge> edges) implements DependencySpec {
        public EdgeList {
            edges = List.copyOf(edges);
        }
    }

    static DependencySpec defaults() {
        return new Random(0.5);
    }
}
