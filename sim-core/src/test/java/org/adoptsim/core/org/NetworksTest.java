package org.adoptsim.core.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.NetworkSpec.Edge;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every influence-network generator gives a simple undirected graph with the promised structure. */
class NetworksTest {

    private static Org draw(int teams, int departments, NetworkSpec spec, long replicate) {
        Organisation d = Organisation.defaults();
        Organisation o = new Organisation(teams, departments, d.archetypes(), d.attributes(), spec, d.dependencies());
        return OrgFactory.draw(o, new RandomStreams(42, replicate));
    }

    private static Graph network(int teams, NetworkSpec spec) {
        return draw(teams, 6, spec, 0).network();
    }

    /** Sorted rows, no duplicates, no self-loops, every tie in both rows. */
    static void assertSimpleUndirected(Graph g) {
        for (int i = 0; i < g.nodes(); i++) {
            int[] row = g.neighbours(i);
            for (int k = 0; k < row.length; k++) {
                assertTrue(row[k] != i, "self-loop at " + i);
                assertTrue(k == 0 || row[k] > row[k - 1], "row " + i + " sorted without duplicates");
                assertTrue(Arrays.binarySearch(g.neighbours(row[k]), i) >= 0, "tie " + i + "-" + row[k] + " in both rows");
            }
        }
    }

    @Test
    void erdosRenyiHasTheMeanDegreeAndPoissonSpread() {
        Graph g = network(4000, new NetworkSpec.ErdosRenyi(6));
        assertSimpleUndirected(g);
        assertEquals(6, g.meanDegree(), 0.2);
        double var = 0;
        for (int i = 0; i < g.nodes(); i++) {
            var += Math.pow(g.degree(i) - g.meanDegree(), 2) / g.nodes();
        }
        assertEquals(6 * (1 - 6 / 3999.0), var, 0.6, "binomial degrees: variance ≈ mean");
    }

    @Test
    void erdosRenyiMeanDegreeAveragedOverReplicates() {
        double sum = 0;
        for (int r = 0; r < 20; r++) {
            sum += draw(500, 6, new NetworkSpec.ErdosRenyi(3), r).network().meanDegree();
        }
        assertEquals(3, sum / 20, 0.05);
    }

    @Test
    void wattsStrogatzWithoutRewiringIsARingLattice() {
        Graph g = network(100, new NetworkSpec.WattsStrogatz(4, 0));
        assertSimpleUndirected(g);
        for (int i = 0; i < 100; i++) {
            int[] expected = {(i + 98) % 100, (i + 99) % 100, (i + 1) % 100, (i + 2) % 100};
            Arrays.sort(expected);
            assertEquals(Arrays.toString(expected), Arrays.toString(g.neighbours(i)), "team " + i);
        }
    }

    @Test
    void wattsStrogatzRewiringKeepsTheTieCount() {
        Graph g = network(2000, new NetworkSpec.WattsStrogatz(6, 0.3));
        assertSimpleUndirected(g);
        assertEquals(6, g.meanDegree(), 0.05, "only the rare duplicate tie is lost");
        long lattice = 0;
        for (int i = 0; i < 2000; i++) {
            for (int j : g.neighbours(i)) {
                int d = Math.abs(i - j);
                lattice += Math.min(d, 2000 - d) <= 3 ? 1 : 0;
            }
        }
        assertEquals(0.7, lattice / (double) g.entries(), 0.03, "about 30 % of ties rewired");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void barabasiAlbertAddsMTiesPerNewTeam(int m) {
        int n = 2000;
        Graph g = network(n, new NetworkSpec.BarabasiAlbert(m));
        assertSimpleUndirected(g);
        assertEquals(m * (m + 1) / 2 + (long) (n - m - 1) * m, g.entries() / 2, "seed clique plus m per new team");
        int max = 0;
        for (int i = 0; i < n; i++) {
            assertTrue(g.degree(i) >= m, "team " + i);
            max = Math.max(max, g.degree(i));
        }
        assertTrue(max > 10 * m, "preferential attachment makes hubs (max degree " + max + ")");
    }

    @Test
    void departmentsAreDenseInsideAndSparseAcross() {
        int n = 420;
        Org org = draw(n, 6, new NetworkSpec.Departments(0.75, 1.75), 0);
        Graph g = org.network();
        assertSimpleUndirected(g);
        long inside = 0;
        long across = 0;
        for (int i = 0; i < n; i++) {
            for (int j : g.neighbours(i)) {
                if (org.department(i) == org.department(j)) {
                    inside++;
                } else {
                    across++;
                }
            }
        }
        long insidePairs = 6L * 70 * 69 / 2;
        assertEquals(0.75, inside / 2.0 / insidePairs, 0.02, "share of same-department pairs linked");
        assertEquals(1.75, across / (double) n, 0.05, "cross-department ties per team");
        assertEquals(0, draw(n, 6, new NetworkSpec.Departments(0.75, 0), 0).network().entries() - inside,
                "without cross ties: the same inside ties (drawn first from the stream) and nothing else");
    }

    @Test
    void departmentsWithoutCrossTiesStayApart() {
        Org org = draw(42, 6, new NetworkSpec.Departments(1, 0), 0);
        for (int i = 0; i < 42; i++) {
            assertEquals(6, org.network().degree(i), "a clique of seven per department");
            for (int j : org.network().neighbours(i)) {
                assertEquals(org.department(i), org.department(j));
            }
        }
    }

    /** An edge list as a planner would keep it in a CSV file (header, one tie per line). */
    @Test
    void edgeListFromCsvRows() {
        String csv = """
                from,to
                0,1
                1,2
                2,0
                1,0
                3,3
                4,5
                """;
        List<Edge> edges = new ArrayList<>();
        csv.lines().skip(1).forEach(line -> {
            String[] f = line.split(",");
            edges.add(new Edge(Integer.parseInt(f[0].trim()), Integer.parseInt(f[1].trim())));
        });
        Graph g = network(6, new NetworkSpec.EdgeList(edges));
        assertSimpleUndirected(g);
        assertEquals("[1, 2]", Arrays.toString(g.neighbours(0)));
        assertEquals("[0, 2]", Arrays.toString(g.neighbours(1)));
        assertEquals("[0, 1]", Arrays.toString(g.neighbours(2)));
        assertEquals("[]", Arrays.toString(g.neighbours(3)), "self-loop dropped");
        assertEquals("[5]", Arrays.toString(g.neighbours(4)));
        assertEquals(8, g.entries(), "the duplicate 1,0 counts once");
    }

    @Test
    void edgeListNamingATeamThatDoesNotExistIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> network(10, new NetworkSpec.EdgeList(List.of(new Edge(0, 50)))));
        assertEquals("edge 0-50: team index outside 0..9", e.getMessage());
    }

    @Test
    void completeNetworkIsNotMaterialised() {
        Org org = draw(1000, 6, new NetworkSpec.Complete(), 0);
        assertTrue(org.completeNetwork());
        assertEquals(0, org.network().entries());
        assertEquals(0, draw(50, 6, new NetworkSpec.None(), 0).network().entries());
    }
}
