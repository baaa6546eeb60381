package org.adoptsim.cli.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.scenario.input.CsvTable;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.KnownTeams;

/**
 * The optional teams file: a CSV with a {@code name} column (unique, one row per team, in team order)
 * and optionally per-team attribute columns ({@link TeamColumns}: department, archetype, threshold, …);
 * other columns are ignored. Edge lists may then name teams instead of giving 0-based indices. Immutable.
 */
public final class TeamTable {
    private final List<String> names;
    private final Map<String, Integer> index;
    private final List<Archetype> archetypes;
    private final TeamColumns columns;

    private TeamTable(List<String> names, Map<String, Integer> index, List<Archetype> archetypes,
            TeamColumns columns) {
        this.names = names;
        this.index = index;
        this.archetypes = archetypes;
        this.columns = columns;
    }

    /** A table of names only (nothing known per team), e.g. from a loaded scenario's names. */
    static TeamTable of(List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        return new TeamTable(List.copyOf(names), Map.copyOf(index), null,
                new TeamColumns(org.adoptsim.core.config.KnownTeams.NONE, List.of(), false));
    }

    static TeamTable read(String ref, ReferencedFiles files, SourceLocation referencedAt, String path) {
        CsvTable csv = files.csv(ref, referencedAt, path);
        int nameCol = csv.requireColumn("name", path);
        if (csv.rows().isEmpty()) {
            throw new ScenarioException(SourceLocation.startOf(csv.file()), path, "the teams file lists no teams");
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (CsvTable.Row row : csv.rows()) {
            CsvTable.Cell name = row.cells().get(nameCol);
            if (name.text().isEmpty()) {
                throw new ScenarioException(name.where(), path, "a team needs a name");
            }
            if (name.text().chars().anyMatch(Character::isISOControl)) {
                // a NUL or a line break in a name would end up in every table and chart that names the team
                throw new ScenarioException(name.where(), path, "team name " + org.adoptsim.cli.Excerpt.quoted(name.text())
                        + " holds control characters");
            }
            if (index.putIfAbsent(name.text(), names.size()) != null) {
                throw new ScenarioException(name.where(), path, "team " + org.adoptsim.cli.Excerpt.quoted(name.text()) + " is listed twice");
            }
            names.add(name.text());
        }
        TeamColumns columns = TeamColumns.read(csv, path);
        List<Archetype> archetypes = null;
        if (columns.allArchetypes()) {
            archetypes = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                archetypes.add(columns.known().archetype(i));
            }
        }
        return new TeamTable(List.copyOf(names), Map.copyOf(index),
                archetypes == null ? null : List.copyOf(archetypes), columns);
    }

    public int size() {
        return names.size();
    }

    public List<String> names() {
        return names;
    }

    /** The team's index, or -1. */
    public int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    /** What the attribute columns know per team (blank cells unknown). */
    public KnownTeams known() {
        return columns.known();
    }

    /** The department names of the {@code department} column, in order of first appearance; empty without it. */
    public List<String> departments() {
        return columns.departments();
    }

    /** The archetype column when every team has one, else null (then {@link #known()} holds the given ones). */
    public List<Archetype> archetypes() {
        return archetypes;
    }

    public String name(int team) {
        return names.get(team);
    }
}
