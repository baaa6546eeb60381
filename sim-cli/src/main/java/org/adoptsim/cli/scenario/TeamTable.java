package org.adoptsim.cli.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.scenario.input.CsvTable;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.cli.scenario.shape.Problems;
import org.adoptsim.core.config.Archetype;

/**
 * The optional teams file: a CSV with a {@code name} column (unique, one row per team, in team order)
 * and optionally an {@code archetype} column; other columns are ignored. Edge lists may then name teams
 * instead of giving 0-based indices. Immutable.
 */
public final class TeamTable {
    private final List<String> names;
    private final Map<String, Integer> index;
    private final List<Archetype> archetypes;

    private TeamTable(List<String> names, Map<String, Integer> index, List<Archetype> archetypes) {
        this.names = names;
        this.index = index;
        this.archetypes = archetypes;
    }

    static TeamTable read(String ref, ReferencedFiles files, SourceLocation referencedAt, String path) {
        CsvTable csv = files.csv(ref, referencedAt, path);
        int nameCol = csv.requireColumn("name", path);
        int archCol = csv.column("archetype");
        if (csv.rows().isEmpty()) {
            throw new ScenarioException(SourceLocation.startOf(csv.file()), path, "the teams file lists no teams");
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        List<Archetype> archetypes = archCol < 0 ? null : new ArrayList<>();
        for (CsvTable.Row row : csv.rows()) {
            CsvTable.Cell name = row.cells().get(nameCol);
            if (name.text().isEmpty()) {
                throw new ScenarioException(name.where(), path, "a team needs a name");
            }
            if (index.putIfAbsent(name.text(), names.size()) != null) {
                throw new ScenarioException(name.where(), path, "team " + org.adoptsim.cli.Excerpt.quoted(name.text()) + " is listed twice");
            }
            names.add(name.text());
            if (archetypes != null) {
                archetypes.add(archetype(row.cells().get(archCol), path));
            }
        }
        return new TeamTable(List.copyOf(names), Map.copyOf(index),
                archetypes == null ? null : List.copyOf(archetypes));
    }

    private static Archetype archetype(CsvTable.Cell cell, String path) {
        List<String> ids = new ArrayList<>();
        for (Archetype a : Archetype.values()) {
            ids.add(a.id());
            if (a.id().equals(cell.text())) {
                return a;
            }
        }
        throw new ScenarioException(cell.where(), path, Problems.unknown("unknown archetype " + org.adoptsim.cli.Excerpt.quoted(cell.text()),
                cell.text(), ids));
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

    /** The archetype column, or null if the file has none. */
    public List<Archetype> archetypes() {
        return archetypes;
    }

    public String name(int team) {
        return names.get(team);
    }
}
