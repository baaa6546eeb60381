package org.adoptsim.core.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.NetworkSpec.Edge;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** The dependency graph: acyclic, about meanUpstream upstream teams each, explicit cycles rejected. */
class DependenciesTest {

    private static Graph upstream(int teams, DependencySpec spec, long replicate) {
        Organisation o = Organisation.defaults().withTeams(teams).withDependencies(spec)
                .withNetwork(new org.adoptsim.core.config.NetworkSpec.None());
        return OrgFactory.draw(o, new RandomStreams(42, replicate)).upstream();
    }

    /** Kahn's algorithm written independently of the engine's. */
    private static boolean acyclic(Graph g) {
        int n = g.nodes();
        int[] indegree = new int[n];
        for (int i = 0; i < n; i++) {
            for (int up : g.neighbours(i)) {
                indegree[up]++;
            }
        }
        ArrayDeque<Integer> free = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                free.add(i);
            }
        }
        int removed = 0;
        while (!free.isEmpty()) {
            int i = free.poll();
            removed++;
            for (int up : g.neighbours(i)) {
                if (--indegree[up] == 0) {
                    free.add(up);
                }
            }
        }
        return removed == n;
    }

    @Test
    void randomDependenciesAreAcyclicWithTheMeanUpstreamCount() {
        double sum = 0;
        for (int r = 0; r < 10; r++) {
            Graph g = upstream(2000, new DependencySpec.Random(0.5), r);
            assertTrue(acyclic(g), "replicate " + r);
            for (int i = 0; i < g.nodes(); i++) {
                int[] row = g.neighbours(i);
                for (int k = 1; k < row.length; k++) {
                    assertTrue(row[k] > row[k - 1], "distinct upstream teams");
                }
            }
            sum += g.meanDegree();
        }
        assertEquals(0.5, sum / 10, 0.02);
    }

    @Test
    void denseRandomDependenciesStayAcyclic() {
        Graph g = upstream(300, new DependencySpec.Random(4), 1);
        assertTrue(acyclic(g));
        assertEquals(4, g.meanDegree(), 0.3, "only the first few teams in the order have fewer to choose from");
    }

    @Test
    void explicitDependenciesPointFromDownstreamToUpstream() {
        Graph g = upstream(4, new DependencySpec.EdgeList(List.of(new Edge(1, 0), new Edge(2, 0), new Edge(2, 1))), 0);
        assertEquals("[]", java.util.Arrays.toString(g.neighbours(0)));
        assertEquals("[0]", java.util.Arrays.toString(g.neighbours(1)));
        assertEquals("[0, 1]", java.util.Arrays.toString(g.neighbours(2)));
        assertEquals(0, g.degree(0), "directed: the upstream team lists nobody");
    }

    @Test
    void anExplicitCycleIsRejectedNamingATeamOnIt() {
        var spec = new DependencySpec.EdgeList(List.of(new Edge(0, 1), new Edge(1, 2), new Edge(2, 0), new Edge(3, 0)));
        var e = assertThrows(IllegalArgumentException.class, () -> upstream(5, spec, 0));
        assertTrue(e.getMessage().startsWith("dependencies: contain a cycle through team "), e.getMessage());
        int team = Integer.parseInt(e.getMessage().substring(e.getMessage().lastIndexOf(' ') + 1));
        assertTrue(team <= 2, "a team on the cycle: " + team);
    }

    /** Team 0 waits on the cycle 1 ⇄ 2 but is not on it: the message must name 1 or 2. */
    @Test
    void theTeamNamedIsOnTheCycleNotMerelyDownstreamOfIt() {
        var spec = new DependencySpec.EdgeList(List.of(new Edge(0, 1), new Edge(1, 2), new Edge(2, 1)));
        var e = assertThrows(IllegalArgumentException.class, () -> upstream(3, spec, 0));
        assertTrue(e.getMessage().equals("dependencies: contain a cycle through team 1")
                || e.getMessage().equals("dependencies: contain a cycle through team 2"), e.getMessage());
    }

    @Test
    void noDependenciesMeansAnEmptyGraph() {
        assertEquals(0, upstream(42, new DependencySpec.None(), 0).entries());
    }
}
