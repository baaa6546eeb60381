package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.Yaml.error;
import static org.adoptsim.cli.scenario.Yaml.lines;
import static org.adoptsim.cli.scenario.Yaml.load;
import static org.adoptsim.cli.scenario.Yaml.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.ArchetypeMix;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Organisation;
import org.junit.jupiter.api.Test;

class OrganisationMappingTest {

    private static Organisation org(String... orgLines) {
        String[] all = new String[orgLines.length + 1];
        all[0] = "organisation:";
        for (int i = 0; i < orgLines.length; i++) {
            all[i + 1] = "  " + orgLines[i];
        }
        return scenario(lines(all)).organisation();
    }

    private static String orgError(String... orgLines) {
        String[] all = new String[orgLines.length + 1];
        all[0] = "organisation:";
        for (int i = 0; i < orgLines.length; i++) {
            all[i + 1] = "  " + orgLines[i];
        }
        return error(lines(all));
    }

    private static List<NetworkSpec.Edge> edges(int... pairs) {
        NetworkSpec.Edge[] out = new NetworkSpec.Edge[pairs.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = new NetworkSpec.Edge(pairs[2 * i], pairs[2 * i + 1]);
        }
        return List.of(out);
    }

    @Test
    void sizeAndArchetypesOverrideOnlyWhatIsGiven() {
        Organisation o = org("teams: 80", "archetypes: {holdout: 0.3, assignment: multinomial}");
        ArchetypeMix d = ArchetypeMix.defaults();
        assertEquals(80, o.teams());
        assertEquals(Organisation.defaults().departments(), o.departments());
        assertEquals(new ArchetypeMix(d.believer(), d.pragmatist(), d.conservative(), 0.3,
                ArchetypeMix.Assignment.MULTINOMIAL, List.of()), o.archetypes());
        Organisation listed = org("teams: 2", "archetypes: {list: [holdout, believer]}");
        assertEquals(List.of(Archetype.HOLDOUT, Archetype.BELIEVER), listed.archetypes().explicit());
    }

    @Test
    void everyNetworkKind() {
        assertInstanceOf(NetworkSpec.None.class, org("network: none").network());
        assertInstanceOf(NetworkSpec.Complete.class, org("network: complete").network());
        assertEquals(new NetworkSpec.ErdosRenyi(3), org("network: {erdosRenyi: {meanDegree: 3}}").network());
        assertEquals(new NetworkSpec.WattsStrogatz(4, 0.1), org("network: {wattsStrogatz: {k: 4, rewire: 0.1}}").network());
        assertEquals(new NetworkSpec.BarabasiAlbert(2), org("network: {barabasiAlbert: {m: 2}}").network());
        NetworkSpec.Departments d = (NetworkSpec.Departments) NetworkSpec.defaults();
        assertEquals(new NetworkSpec.Departments(0.9, d.crossTiesPerTeam()), org("network: {departments: {inside: 0.9}}")
                .network());
        assertEquals(new NetworkSpec.EdgeList(edges(0, 1, 1, 2)), org("teams: 3", "network: {edges: [[0, 1], [1, 2]]}")
                .network());
    }

    @Test
    void dependencies() {
        assertInstanceOf(DependencySpec.None.class, org("dependencies: none").dependencies());
        assertEquals(DependencySpec.defaults(), org("dependencies: {random: {}}").dependencies());
        assertEquals(new DependencySpec.Random(1.5), org("dependencies: {random: {meanUpstream: 1.5}}").dependencies());
    }

    @Test
    void aTeamsFileNamesTeamsAndGivesTheirCountAndArchetypes() {
        LoadedScenario s = load(lines("organisation:", "  teamsFile: teams.csv", "  network: {edges: ties.csv}",
                "  dependencies: {edges: deps.csv}"));
        Organisation o = s.scenario().organisation();
        assertEquals(5, o.teams());
        assertEquals(List.of("alpha", "beta", "gamma", "delta", "epsilon"), s.teamNames());
        assertEquals(List.of(Archetype.BELIEVER, Archetype.PRAGMATIST, Archetype.CONSERVATIVE, Archetype.HOLDOUT,
                Archetype.PRAGMATIST), o.archetypes().explicit());
        assertEquals(new NetworkSpec.EdgeList(edges(0, 1, 1, 2, 3, 4, 3, 0)), o.network());
        assertEquals(new DependencySpec.EdgeList(edges(1, 0, 2, 1, 4, 0)), o.dependencies());
        assertEquals("team-4", load("name: x\n").teamName(3), "without a teams file: team-1 … team-N");
        assertEquals("delta", s.teamName(3));
    }

    @Test
    void edgeListsWithoutATeamsFileUseIndices() {
        assertEquals(new NetworkSpec.EdgeList(edges(0, 1, 1, 2, 2, 7)), org("teams: 8", "network: {edges: ties-indices.csv}")
                .network());
        assertEquals("ties-indices.csv:4:3: organisation.network.edges: team index 7 is outside 0..6",
                orgError("teams: 7", "network: {edges: ties-indices.csv}"));
        assertEquals("ties.csv:2:1: organisation.network.edges: 'alpha' is not a team index (0 to 4) or name (team-1"
                + " to team-5); to use other names, give organisation.teamsFile", orgError("teams: 5", "network: {edges: ties.csv}"));
    }

    @Test
    void edgeProblemsAreReportedInTheCsvFile() {
        assertEquals("ties-unknown.csv:3:1: organisation.network.edges: unknown team 'betta'; did you mean 'beta'?",
                orgError("teamsFile: teams.csv", "network: {edges: ties-unknown.csv}"));
        assertEquals("ties-self.csv:3:1: organisation.network.edges: gamma cannot be tied to itself",
                orgError("teamsFile: teams.csv", "network: {edges: ties-self.csv}"));
        assertEquals("deps-cycle.csv:2:1: organisation.dependencies.edges: the dependencies form a cycle: "
                + "alpha -> gamma -> beta -> alpha (each depends on the next)",
                orgError("teamsFile: teams.csv", "dependencies: {edges: deps-cycle.csv}"));
        assertEquals("test.yaml:3:26: organisation.dependencies.edges: team-3 (index 2) depends on itself",
                orgError("teams: 3", "dependencies: {edges: [[2, 2]]}"));
        assertEquals("test.yaml:3:27: organisation.dependencies.edges[0][0]: 'team-4' is not a team: the scenario has 3"
                + " (team-1 to team-3)", orgError("teams: 3", "dependencies: {edges: [[team-4, 2]]}"));
        assertEquals("ties.csv:1:1: organisation.dependencies.edges: needs a column 'team' in its header row "
                + "(the first line); the file has 2 columns and none is named 'team'", orgError("teamsFile: teams.csv", "dependencies: {edges: ties.csv}"));
    }

    @Test
    void teamsFileProblems() {
        assertEquals("test.yaml:3:10: organisation.teams: is 4 but the teams file lists 5 teams",
                orgError("teamsFile: teams.csv", "teams: 4"));
        assertEquals("test.yaml:2:14: organisation.teamsFile: cannot read 'nowhere.csv': no such file",
                orgError("teamsFile: nowhere.csv"));
        assertEquals("test.yaml:3:22: organisation.archetypes.list: the teams file already gives each team's "
                + "archetype; use one or the other",
                orgError("teamsFile: teams.csv", "archetypes: {list: [believer, believer, believer, believer, believer]}"));
        assertEquals("test.yaml:3:22: organisation.archetypes.list: lists 1 archetypes for 2 teams (one per team)",
                orgError("teams: 2", "archetypes: {list: [holdout]}"));
    }

    @Test
    void networkProblems() {
        assertEquals("test.yaml:2:32: organisation.network.wattsStrogatz.k: must be even, was 3",
                orgError("network: {wattsStrogatz: {k: 3, rewire: 0.1}}"));
        assertEquals("test.yaml:2:25: organisation.network.erdosRenyi: needs the field 'meanDegree' (expected ties "
                + "per team)", orgError("network: {erdosRenyi: {}}"));
        assertEquals("test.yaml:2:12: organisation.network: expected none, complete, or one of {erdosRenyi: "
                + "{meanDegree}}, {wattsStrogatz: {k, rewire}}, {barabasiAlbert: {m}}, {departments: {inside, "
                + "crossTiesPerTeam}}, {edges: FILE.csv or [[a, b], ...]}, got the text 'full'", orgError("network: full"));
        assertEquals("test.yaml:2:12: organisation.network: unknown value 'compete'; did you mean 'complete'?",
                orgError("network: compete"));
    }
}
