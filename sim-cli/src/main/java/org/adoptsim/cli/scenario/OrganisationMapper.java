package org.adoptsim.cli.scenario;

import java.util.List;
import static org.adoptsim.cli.scenario.shape.NumberShape.integer;

import org.adoptsim.cli.scenario.input.InputLimits;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.StringShape;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.core.config.ArchetypeMix;
import org.adoptsim.core.config.KnownTeams;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.TeamAttributes;

/**
 * {@code organisation}: size (or a teams file whose rows give it), departments (teams are assigned
 * round-robin), archetypes, team attributes, the influence network and the dependencies. The teams
 * file, network and dependencies are parts of their own ({@link SharedParts}): overriding an attribute
 * does not read and resolve the organisation's files again.
 */
final class OrganisationMapper {
    static final ObjectShape SHAPE = ObjectShape.builder()
            .description("the organisation to draw; anything missing keeps docs/model.md's 42-team default")
            .optional("teams", integer().min(1).max(InputLimits.MAX_TEAMS), "number of teams (with teamsFile: must match its rows)")
            .optional("departments", integer().min(1).max(InputLimits.MAX_DEPARTMENTS), "number of departments; teams are assigned round-robin")
            .optional("teamsFile", StringShape.text("a CSV file path"),
                    "CSV (relative to the scenario file) with a 'name' column and optionally per-team columns"
                    + " department, archetype, threshold, proof_needed, effort, capacity, gain, stay_cost, horizon,"
                    + " hidden_deps (a blank cell is drawn)")
            .optional("archetypes", ArchetypeMapper.SHAPE, ArchetypeMapper.SHAPE.description())
            .optional("attributes", AttributesMapper.SHAPE, AttributesMapper.SHAPE.description())
            .optional("network", NetworkMapper.SHAPE, "the influence network: who sees whose adoption")
            .optional("dependencies", DependencyMapper.SHAPE, "upstream teams that must switch off first (acyclic)")
            .build();

    private OrganisationMapper() {
    }

    /** The organisation and its team names (null without a teams file). */
    record Mapped(Organisation organisation, TeamTable teams) {
    }

    static Mapped map(Fields f, Organisation base, ReferencedFiles files) {
        TeamTable table = null;
        if (f.has("teamsFile")) {
            YMap.Entry e = f.map().entry("teamsFile");
            table = files.reuse(e.value(), List.of("organisation", "teamsFile"),
                    () -> TeamTable.read(f.text("teamsFile", null), files, e.value().where(), f.pathOf("teamsFile")));
        }
        int teams = teams(f, base, table);
        TeamRefs refs = new TeamRefs(table, teams);
        ArchetypeMix mix = f.has("archetypes")
                ? ArchetypeMapper.map(f.child("archetypes"), base.archetypes(), teams,
                        table == null ? null : table.archetypes())
                : table != null && table.archetypes() != null ? base.archetypes().withExplicit(table.archetypes())
                : base.archetypes();
        TeamAttributes attributes = f.has("attributes")
                ? AttributesMapper.map(f.child("attributes"), base.attributes(), teams, files) : base.attributes();
        int departments = departments(f, base, table);
        KnownTeams known = table == null ? base.known() : table.known();
        Organisation o = f.build(() -> new Organisation(teams, departments, mix,
                attributes,
                f.has("network") ? files.reuse(f.node("network"), List.of("organisation", "network"), refs,
                        () -> NetworkMapper.map(f.node("network"), f.pathOf("network"), files, refs)) : base.network(),
                f.has("dependencies") ? files.reuse(f.node("dependencies"), List.of("organisation", "dependencies"), refs,
                        () -> DependencyMapper.map(f.node("dependencies"), f.pathOf("dependencies"), files, refs))
                        : base.dependencies(),
                known));
        return new Mapped(o, table);
    }

    /** With a department column: as many departments as it names (a larger {@code departments} is kept). */
    private static int departments(Fields f, Organisation base, TeamTable table) {
        int given = f.integer("departments", base.departments());
        if (table == null || table.departments().isEmpty()) {
            return given;
        }
        int named = table.departments().size();
        if (f.has("departments") && given < named) {
            throw f.error("departments", "is " + given + " but the teams file names " + named + " departments");
        }
        return f.has("departments") ? given : named;
    }

    private static int teams(Fields f, Organisation base, TeamTable table) {
        if (table == null) {
            return f.integer("teams", base.teams());
        }
        if (f.has("teams") && f.integer("teams", 0) != table.size()) {
            throw f.error("teams", "is " + f.integer("teams", 0) + " but the teams file lists " + table.size()
                    + " teams");
        }
        return table.size();
    }
}
