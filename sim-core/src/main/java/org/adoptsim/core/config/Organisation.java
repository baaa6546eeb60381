package org.adoptsim.core.config;

/** The organisation to draw: its size, departments, archetypes, team attributes and graphs. */
public record Organisation(int teams, int departments, ArchetypeMix archetypes, TeamAttributes attributes,
        NetworkSpec network, DependencySpec dependencies) {

    public Organisation {
        Checks.atLeast("teams", teams, 1);
        Checks.atLeast("departments", departments, 1);
        Checks.required("archetypes", archetypes);
        Checks.required("attributes", attributes);
        Checks.required("network", network);
        Checks.required("dependencies", dependencies);
    }

    /** MODEL.md's 42-team organisation. */
    public static Organisation defaults() {
        return new Organisation(42, 6, ArchetypeMix.defaults(), TeamAttributes.defaults(),
                NetworkSpec.defaults(), DependencySpec.defaults());
    }

    public Organisation withTeams(int n) {
        return new Organisation(n, departments, archetypes, attributes, network, dependencies);
    }

    public Organisation withArchetypes(ArchetypeMix m) {
        return new Organisation(teams, departments, m, attributes, network, dependencies);
    }

    public Organisation withAttributes(TeamAttributes a) {
        return new Organisation(teams, departments, archetypes, a, network, dependencies);
    }

    public Organisation withNetwork(NetworkSpec n) {
        return new Organisation(teams, departments, archetypes, attributes, n, dependencies);
    }

    public Organisation withDependencies(DependencySpec d) {
        return new Organisation(teams, departments, archetypes, attributes, network, d);
    }
}
