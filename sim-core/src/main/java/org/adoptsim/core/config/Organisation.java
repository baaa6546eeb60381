package org.adoptsim.core.config;

/** The organisation to draw: its size, departments, archetypes, team attributes and graphs. */
public record Organisation(int teams, int departments, ArchetypeMix archetypes, TeamAttributes attributes,
        NetworkSpec network, DependencySpec dependencies, KnownTeams known) {

    public Organisation {
        Checks.atLeast("teams", teams, 1);
        Checks.atLeast("departments", departments, 1);
        Checks.required("archetypes", archetypes);
        Checks.required("attributes", attributes);
        Checks.required("network", network);
        Checks.required("dependencies", dependencies);
        known = known == null ? KnownTeams.NONE : known;
        if (!known.isEmpty() && known.teams() != teams) {
            throw new IllegalArgumentException("known: describes " + known.teams() + " teams, not " + teams);
        }
        for (int i = 0; i < known.teams(); i++) {
            if (known.department(i) >= departments) {
                throw new IllegalArgumentException("known: team " + i + "'s department " + known.department(i)
                        + " is outside 0.." + (departments - 1));
            }
        }
    }

    /** An organisation whose teams are all drawn (nothing known per team). */
    public Organisation(int teams, int departments, ArchetypeMix archetypes, TeamAttributes attributes,
            NetworkSpec network, DependencySpec dependencies) {
        this(teams, departments, archetypes, attributes, network, dependencies, KnownTeams.NONE);
    }

    /** docs/model.md's 42-team organisation. */
    public static Organisation defaults() {
        return new Organisation(42, 6, ArchetypeMix.defaults(), TeamAttributes.defaults(),
                NetworkSpec.defaults(), DependencySpec.defaults());
    }

    public Organisation withTeams(int n) {
        return new Organisation(n, departments, archetypes, attributes, network, dependencies,
                n == teams ? known : KnownTeams.NONE);
    }

    public Organisation withArchetypes(ArchetypeMix m) {
        return new Organisation(teams, departments, m, attributes, network, dependencies, known);
    }

    public Organisation withAttributes(TeamAttributes a) {
        return new Organisation(teams, departments, archetypes, a, network, dependencies, known);
    }

    public Organisation withNetwork(NetworkSpec n) {
        return new Organisation(teams, departments, archetypes, attributes, n, dependencies, known);
    }

    /** A copy with these per-team facts (a teams spreadsheet); {@link KnownTeams#NONE} for none. */
    public Organisation withKnown(KnownTeams k) {
        return new Organisation(teams, departments, archetypes, attributes, network, dependencies, k);
    }

    public Organisation withDependencies(DependencySpec d) {
        return new Organisation(teams, departments, archetypes, attributes, network, d, known);
    }
}
