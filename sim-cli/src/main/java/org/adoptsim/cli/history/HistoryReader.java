package org.adoptsim.cli.history;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.csv.CsvReader;
import org.adoptsim.cli.csv.CsvRecord;
import org.adoptsim.cli.csv.CsvSyntaxException;
import org.adoptsim.cli.scenario.StatusWord;
import org.adoptsim.cli.scenario.TeamNames;
import org.adoptsim.cli.scenario.input.TextFile;
import org.adoptsim.cli.scenario.shape.Problems;

/**
 * Reads a migration log (the format {@link HistoryWriter} writes, or one a person kept): a header
 * naming the columns {@code team}, {@code start_week} (or {@code start}), {@code done_week} (or
 * {@code done}) and optionally {@code status}, in any order, other columns ignored; then one row per
 * team. A week is a whole number from 0; a date is ISO ({@code 2026-03-02}) and needs the initiative's
 * start date, its week being the whole weeks since then. An empty cell means "not yet". A status is one
 * of the model's team statuses (idle, willing, migrating, blocked, done, dual; any case) or empty. Blank lines and
 * {@code #} comments are skipped. Every problem is one {@link HistoryException} at its cell: an unknown
 * or repeated team, an unknown status, a bad week or date, a team done before it started or done without a start. Given
 * the scenario's team names, a log's names are mapped back onto them: the rows come back in the
 * scenario's team order, and {@code team-K} stands for the scenario's K-th team unless a team has that
 * name.
 */
public final class HistoryReader {
    /** Largest log file read (bytes). */
    public static final long MAX_BYTES = 16L << 20;

    private final LocalDate startDate;
    private final List<String> knownTeams;

    /**
     * @param startDate  the date of week 0, for logs written in dates; null when the log is in weeks
     * @param knownTeams the scenario's team names, or null to take the teams the log names
     */
    public HistoryReader(LocalDate startDate, List<String> knownTeams) {
        this.startDate = startDate;
        this.knownTeams = knownTeams == null ? null : List.copyOf(knownTeams);
    }

    public MigrationLog read(Path file, String display) {
        return parse(TextFile.read(file, display, MAX_BYTES, null, ""), display);
    }

    public MigrationLog parse(String text, String display) {
        try {
            return parseRecords(new CsvReader(new StringReader(text), CsvReader.Dialect.HAND_WRITTEN), display);
        } catch (CsvSyntaxException e) {
            throw new HistoryException(new SourceLocation(display, e.line(), e.column()), "", e.problem());
        }
    }

    private MigrationLog parseRecords(CsvReader csv, String display) {
        CsvRecord header = csv.next();
        if (header == null) {
            throw new HistoryException(SourceLocation.startOf(display), "",
                    "the log is empty; expected a header: team,start_week,done_week,status");
        }
        int team = column(header, display, "team");
        int start = column(header, display, "start_week", "start");
        int done = column(header, display, "done_week", "done");
        int status = optionalColumn(header, display, "status");
        List<String> names = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> dones = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
            String name = cell(r, team);
            if (name.isEmpty()) {
                throw error(display, r, team, "team", "a row needs a team name");
            }
            if (knownTeams != null) {
                name = knownName(name);
            }
            if (knownTeams != null && !knownTeams.contains(name)) {
                throw error(display, r, team, "team", Problems.unknownName("unknown team " + Excerpt.quoted(name), name,
                        knownTeams, "the teams file"));
            }
            Integer first = seen.putIfAbsent(name, r.line());
            if (first != null) {
                throw error(display, r, team, "team", "team " + Excerpt.quoted(name) + " is listed twice (first on line " + first + ")");
            }
            int s = week(display, r, start, header.field(start));
            int d = week(display, r, done, header.field(done));
            if (d >= 0 && s < 0) {
                throw error(display, r, done, header.field(done), "done at week " + d + " but never started");
            }
            if (d >= 0 && d < s) {
                throw error(display, r, done, header.field(done), "done at week " + d + ", before it started (week " + s + ")");
            }
            String said = status < 0 ? "" : status(display, r, status);
            if (d < 0 && said.equals("done")) {
                // it was read as a team still migrating (or idle), against what the row says
                throw error(display, r, status, "status", "the status is done but " + header.field(done)
                        + " is empty; give the week the team finished");
            }
            names.add(name);
            starts.add(s);
            dones.add(d);
            statuses.add(said);
        }
        if (names.isEmpty()) {
            throw new HistoryException(new SourceLocation(display, header.line() + 1, 1), "", "the log has no teams");
        }
        MigrationLog log = new MigrationLog(names, starts.stream().mapToInt(Integer::intValue).toArray(),
                dones.stream().mapToInt(Integer::intValue).toArray(), statuses);
        return knownTeams == null ? log : inScenarioOrder(log);
    }

    /**
     * The scenario's name for a log's team: the name itself when the scenario has it, else, for
     * {@code team-K} with 1 ≤ K ≤ the scenario's teams, its K-th team (a log written before the
     * scenario named its teams, or by {@code run --history} on a scenario without a teams file).
     */
    private String knownName(String name) {
        int i = TeamNames.indexOf(name);
        if (knownTeams.contains(name) || i < 0) {
            return name;
        }
        return i < knownTeams.size() ? knownTeams.get(i) : name;
    }

    /** The log with its rows in the scenario's team order, so that row i is the scenario's team i. */
    private MigrationLog inScenarioOrder(MigrationLog log) {
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < log.size(); i++) {
            row.put(log.teams().get(i), i);
        }
        int[] s = log.start();
        int[] d = log.done();
        List<String> names = new ArrayList<>(log.size());
        int[] starts = new int[log.size()];
        int[] dones = new int[log.size()];
        List<String> statuses = new ArrayList<>(log.size());
        for (String name : knownTeams) {
            Integer i = row.get(name);
            if (i != null) {
                starts[names.size()] = s[i];
                dones[names.size()] = d[i];
                names.add(name);
                statuses.add(log.status().get(i));
            }
        }
        return new MigrationLog(names, starts, dones, statuses);
    }

    /** The cell's week: −1 when empty, else a whole week ≥ 0 or an ISO date on or after the start date. */
    private int week(String display, CsvRecord r, int col, String name) {
        String v = cell(r, col);
        if (v.isEmpty()) {
            return -1;
        }
        if (v.matches("\\d{1,9}")) {
            return Integer.parseInt(v);
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            if (startDate == null) {
                throw error(display, r, col, name, "'" + v + "' is a date; give the initiative's start date"
                        + " (--start-date YYYY-MM-DD) to count weeks from it");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw error(display, r, col, name, "'" + v + "' is not a calendar date");
            }
            long days = ChronoUnit.DAYS.between(startDate, date);
            if (days < 0) {
                throw error(display, r, col, name, v + " is before the initiative's start date " + startDate);
            }
            return (int) (days / 7);
        }
        throw error(display, r, col, name, "expected a week (a whole number from 0) or a date (YYYY-MM-DD), was '"
                + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'");
    }

    /** The status cell: empty (the log does not say) or a team status of the model, in any case ({@link StatusWord}). */
    private static String status(String display, CsvRecord r, int col) {
        String v = cell(r, col);
        return v.isEmpty() ? v : StatusWord.parse(v, problem -> error(display, r, col, "status", problem)).id();
    }

    private static String cell(CsvRecord r, int col) {
        return col < r.size() ? r.field(col).strip() : "";
    }

    private static HistoryException error(String display, CsvRecord r, int col, String name, String problem) {
        int line = col < r.size() ? r.line(col) : r.line();
        int column = col < r.size() ? r.column(col) : 1;
        return new HistoryException(new SourceLocation(display, line, column), name, problem);
    }

    private static int column(CsvRecord header, String display, String... names) {
        int i = optionalColumn(header, display, names);
        if (i < 0) {
            throw new HistoryException(new SourceLocation(display, header.line(), 1), "",
                    "the header has no column '" + names[0] + "' (expected team,start_week,done_week,status)");
        }
        return i;
    }

    /** The column of any of {@code names}; a header naming it twice (or by two of its names) is refused. */
    private static int optionalColumn(CsvRecord header, String display, String... names) {
        int found = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = header.field(i).strip().toLowerCase(Locale.ROOT);
            for (String n : names) {
                if (h.equals(n)) {
                    if (found >= 0) {
                        throw new HistoryException(new SourceLocation(display, header.line(i), header.column(i)),
                                names[0], "the header names this column twice (first as column " + (found + 1) + ")");
                    }
                    found = i;
                }
            }
        }
        return found;
    }
}
