package org.adoptsim.cli.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.scenario.input.CsvTable;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.cli.scenario.shape.Problems;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.KnownTeams;
import org.adoptsim.core.config.TeamField;

/**
 * The per-team attribute columns of a teams file: {@code department}, {@code archetype} and one
 * column per {@link TeamField} ({@code threshold}, {@code proof_needed}, {@code effort},
 * {@code capacity}, {@code gain}, {@code stay_cost}, {@code horizon}, {@code hidden_deps}), each
 * optional. A blank cell means "drawn from the scenario's distribution". A bad cell is a located
 * error naming the column and what was expected; the cell's text is not repeated (it may be anything).
 * Immutable.
 *
 * @param known       what the file knows, team by team (departments as indices into {@code departments})
 * @param departments the department names in order of first appearance; empty without the column
 * @param allArchetypes whether every team's archetype is given (then it is the explicit archetype list)
 */
record TeamColumns(KnownTeams known, List<String> departments, boolean allArchetypes) {
    /** A plain decimal number >= 0 (no sign, NaN, Infinity, hex or type suffix as Java would accept). */
    private static final Pattern DECIMAL = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** The column names this class reads, in the order a starter file lists them. */
    static List<String> names() {
        List<String> out = new ArrayList<>(List.of("department", "archetype"));
        for (TeamField f : TeamField.values()) {
            out.add(f.column());
        }
        return out;
    }

    static TeamColumns read(CsvTable csv, String path) {
        int n = csv.rows().size();
        KnownTeams.Builder b = KnownTeams.builder(n);
        int deptCol = csv.column("department");
        int archCol = csv.column("archetype");
        List<String> departments = new ArrayList<>();
        Map<String, Integer> deptIndex = new HashMap<>();
        boolean allArchetypes = archCol >= 0;
        for (int i = 0; i < n; i++) {
            List<CsvTable.Cell> cells = csv.rows().get(i).cells();
            if (deptCol >= 0 && !cells.get(deptCol).text().isEmpty()) {
                String d = cells.get(deptCol).text();
                Integer k = deptIndex.get(d);
                if (k == null) {
                    k = departments.size();
                    deptIndex.put(d, k);
                    departments.add(d);
                }
                b.department(i, k);
            }
            if (archCol >= 0) {
                CsvTable.Cell cell = cells.get(archCol);
                if (cell.text().isEmpty()) {
                    allArchetypes = false;
                } else {
                    b.archetype(i, archetype(cell, path));
                }
            }
            for (TeamField f : TeamField.values()) {
                int c = csv.column(f.column());
                if (c >= 0 && !cells.get(c).text().isEmpty()) {
                    b.value(f, i, number(cells.get(c), f, path));
                }
            }
        }
        return new TeamColumns(b.build(), List.copyOf(departments), allArchetypes);
    }

    private static Archetype archetype(CsvTable.Cell cell, String path) {
        List<String> ids = new ArrayList<>();
        for (Archetype a : Archetype.values()) {
            ids.add(a.id());
            if (a.id().equals(cell.text())) {
                return a;
            }
        }
        throw new ScenarioException(cell.where(), "archetype", Problems.unknown("unknown archetype "
                + Excerpt.quoted(cell.text()), cell.text(), ids));
    }

    private static double number(CsvTable.Cell cell, TeamField f, String path) {
        String expected = f.integer() ? "expected a whole number >= 0, or a blank cell to draw it"
                : "expected a number >= 0, or a blank cell to draw it";
        if (!DECIMAL.matcher(cell.text()).matches()) {
            // "-0" is 0, but "expected a number >= 0" alone read as a contradiction: the sign is what is refused
            throw new ScenarioException(cell.where(), f.column(), cell.text().startsWith("-")
                    ? expected.replace(">= 0", ">= 0 without a minus sign") : expected);
        }
        double v = Double.parseDouble(cell.text());
        if (!Double.isFinite(v) || (f.integer() && (v != Math.rint(v) || v > 1_000_000))) {
            throw new ScenarioException(cell.where(), f.column(), expected);
        }
        if (f == TeamField.CAPACITY && v <= 0) {
            throw new ScenarioException(cell.where(), "capacity",
                    "expected a number > 0 (hours a week), or a blank cell to draw it");
        }
        return v;
    }
}
