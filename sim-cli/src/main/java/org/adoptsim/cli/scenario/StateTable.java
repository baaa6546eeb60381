package org.adoptsim.cli.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.scenario.input.CsvTable;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.cli.scenario.shape.Problems;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.config.ObservedState.Status;
import org.adoptsim.core.config.Strategy;

/**
 * A state file (docs/scenario-format.md, "Starting from today"): one row per team that has moved, with
 * columns {@code team} (a name from the teams file, or a 0-based index), {@code status} (idle, willing,
 * migrating, blocked, done, dual), and optionally {@code progress} (share of the migration done, 0..1;
 * blank: 0, or 1 for a done team), {@code done_week} (the calendar week a done team finished, before the
 * current week), {@code champion} (true/false), {@code coalition} (true/false: a member of the
 * coalition in place) and {@code signed_off} (the declared functions that have already signed the
 * team off, separated by {@code ;}; docs/model.md, "Across functions"). Teams not listed are idle. Every inconsistency is a located error naming the
 * column; cell text is quoted only through {@link Excerpt}.
 */
final class StateTable {
    private static final Pattern SHARE = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)");
    private static final Pattern WEEK = Pattern.compile("\\d{1,6}");

    private StateTable() {
    }

    /**
     * Reads the file into {@code b} (whose week is already set). A dual team is refused when
     * {@code withoutMandate} names a strategy ({@link #withoutMandate}): only a mandate makes a team
     * dual; {@code functions} are the scenario's declared functions, the only names {@code signed_off}
     * may list. What the strategies are matters to the file only through that name.
     */
    /** The first of {@code strategies} without a mandate, or null when every one has one. */
    static String withoutMandate(List<Strategy> strategies) {
        return strategies.stream().filter(s -> !s.mandate().enabled()).map(Strategy::name).findFirst().orElse(null);
    }

    static void read(CsvTable csv, String path, TeamRefs refs, int week, String withoutMandate,
            List<String> functions, ObservedState.Builder b) {
        int teamCol = csv.requireColumn("team", path);
        int statusCol = csv.requireColumn("status", path);
        int progressCol = csv.column("progress");
        int doneCol = csv.column("done_week");
        int championCol = csv.column("champion");
        int coalitionCol = csv.column("coalition");
        int signedCol = csv.column("signed_off");
        boolean[] seen = new boolean[refs.teams()];
        for (CsvTable.Row row : csv.rows()) {
            List<CsvTable.Cell> c = row.cells();
            CsvTable.Cell teamCell = c.get(teamCol);
            int i = refs.resolve(teamCell.text(), teamCell.where(), "team");
            if (seen[i]) {
                throw new ScenarioException(teamCell.where(), "team", "team "
                        + Excerpt.quoted(teamCell.text()) + " is listed twice");
            }
            seen[i] = true;
            CsvTable.Cell statusCell = c.get(statusCol);
            Status status = status(statusCell, path);
            double progress = status == Status.DONE ? 1 : 0;
            if (progressCol >= 0 && !c.get(progressCol).text().isEmpty()) {
                CsvTable.Cell p = c.get(progressCol);
                progress = SHARE.matcher(p.text()).matches() ? Double.parseDouble(p.text()) : -1;
                if (!(progress >= 0 && progress <= 1)) {
                    throw error(p.where(), path, "progress", "expected a share of the migration done, 0 to 1");
                }
                if (status == Status.DONE && progress < 1) {
                    throw error(p.where(), path, "progress", "expected 1 for a done team (its migration is"
                            + " finished), or a status that is not done");
                }
            }
            int done = -1;
            SourceLocation doneAt = doneCol >= 0 ? c.get(doneCol).where() : statusCell.where();
            if (doneCol >= 0 && !c.get(doneCol).text().isEmpty()) {
                String t = c.get(doneCol).text();
                if (!WEEK.matcher(t).matches()) {
                    throw error(doneAt, path, "done_week", "expected a whole week number >= 0");
                }
                done = Integer.parseInt(t);
                if (status != Status.DONE) {
                    throw error(doneAt, path, "done_week", "expected a blank cell: only a done team has a done week");
                }
                if (done >= week) {
                    throw error(doneAt, path, "done_week", "expected a week before the current week " + week
                            + " (the team finished in week " + done + ")");
                }
            } else if (status == Status.DONE) {
                throw error(doneAt, path, "done_week", "expected the week the done team finished");
            }
            boolean champion = flag(c, championCol, path, "champion");
            if (champion && status != Status.DONE) {
                throw error(c.get(championCol).where(), path, "champion", "expected false or a blank cell: only a"
                        + " done team can be a champion");
            }
            if (status == Status.DUAL && withoutMandate != null) {
                throw error(statusCell.where(), path, "status", "a team is dual only after a mandate, but"
                        + " strategy " + Excerpt.quoted(withoutMandate) + " has none; compare such strategies from a"
                        + " state without dual teams");
            }
            b.team(i, status, progress, done, champion);
            b.coalitionMember(i, flag(c, coalitionCol, path, "coalition"));
            if (signedCol >= 0) {
                b.signedOff(i, signedOff(c.get(signedCol), path, functions));
            }
        }
    }

    /** A {@code signed_off} cell: declared function names separated by {@code ;}, each once (blank: none). */
    private static List<String> signedOff(CsvTable.Cell cell, String path, List<String> functions) {
        List<String> out = new ArrayList<>();
        if (cell.text().isBlank()) {
            return out;
        }
        if (functions.isEmpty()) {
            throw error(cell.where(), path, "signed_off", "expected a blank cell: the scenario declares no functions");
        }
        for (String part : cell.text().split(";", -1)) {
            String name = part.strip();
            if (!functions.contains(name)) {
                throw error(cell.where(), path, "signed_off", Problems.unknown("unknown function "
                        + Excerpt.quoted(name), name, functions));
            }
            if (out.contains(name)) {
                throw error(cell.where(), path, "signed_off", "function " + Excerpt.quoted(name) + " is listed twice");
            }
            out.add(name);
        }
        return out;
    }

    private static Status status(CsvTable.Cell cell, String path) {
        return StatusWord.parse(cell.text(), problem -> error(cell.where(), path, "status", problem));
    }

    private static boolean flag(List<CsvTable.Cell> c, int col, String path, String column) {
        if (col < 0) {
            return false;
        }
        String t = c.get(col).text().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "", "false", "no", "0" -> false;
            case "true", "yes", "1" -> true;
            default -> throw error(c.get(col).where(), path, column, "expected true or false (or a blank cell)");
        };
    }

    private static ScenarioException error(SourceLocation where, String path, String column, String problem) {
        return new ScenarioException(where, column, problem);
    }
}
