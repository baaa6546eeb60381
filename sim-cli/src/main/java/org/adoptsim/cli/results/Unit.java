package org.adoptsim.cli.results;

import org.adoptsim.cli.text.Num;

/**
 * How a metric's raw value (as stored in the CSV files) is shown to people: shares of teams as
 * percentages (differences in percentage points), rates per team-week as incidents per 100
 * team-weeks, and so on. Formatting is locale-independent.
 */
public enum Unit {
    /** A share of teams in [0, 1]; shown as a percentage. */
    SHARE("% of teams", "pp", 100, 1, "share of teams, 0-1"),
    /** A share of runs in [0, 1] (the mean of a 0/1 indicator); shown as a percentage. */
    RUNS("% of runs", "pp", 100, 1, "share of runs, 0-1"),
    /** Weeks elapsed. */
    WEEKS("weeks", "weeks", 1, 1, "weeks"),
    /** Team-weeks (one team for one week). */
    TEAM_WEEKS("team-weeks", "team-weeks", 1, 1, "team-weeks"),
    /** The resentment index in [0, 1]. */
    INDEX("index 0-1", "", 1, 3, "index 0-1"),
    /** Events per team-week; shown per 100 team-weeks. */
    RATE("per 100 team-weeks", "per 100 team-weeks", 100, 2, "per team-week"),
    /** A count per run. */
    COUNT("per run", "per run", 1, 1, "per run"),
    /** A number of teams per run. */
    TEAMS("teams", "teams", 1, 1, "teams"),
    /** A ratio per team (champions per team). */
    PER_TEAM("per team", "per team", 1, 3, "per team"),
    /** Engineering hours per run. */
    HOURS("hours", "hours", 1, 0, "hours"),
    /** Full-time engineers over the run. */
    FTE("FTE", "FTE", 1, 2, "full-time engineers");

    private final String axis;
    private final String rawAxis;
    private final String diffSuffix;
    private final double scale;
    private final int decimals;

    Unit(String axis, String diffSuffix, double scale, int decimals, String rawAxis) {
        this.axis = axis;
        this.rawAxis = rawAxis;
        this.diffSuffix = diffSuffix;
        this.scale = scale;
        this.decimals = decimals;
    }

    /** Whether values show as percentages (shares of teams or of runs). */
    public boolean percent() {
        return this == SHARE || this == RUNS;
    }

    /** The unit of the raw value as the data files hold it ("share of teams, 0-1"), for sweep charts. */
    public String rawAxis() {
        return rawAxis;
    }

    /** The unit for an axis title or a column note. */
    public String axis() {
        return axis;
    }

    /** The raw value in display units (a share of 0.25 is 25). */
    public double scaled(double raw) {
        return raw * scale;
    }

    /** A value for a table: "25.0%", "67.0", "0.120"; "n/a" for NaN. */
    public String format(double raw) {
        if (Double.isNaN(raw)) {
            return "n/a";
        }
        String s = Num.fixed(scaled(raw), decimals);
        return percent() ? s + "%" : s;
    }

    /** A bare value in display units without the percent sign, for interval bounds. */
    public String formatBare(double raw) {
        return Double.isNaN(raw) ? "n/a" : Num.fixed(scaled(raw), decimals);
    }

    /** A signed difference: "+12.5 pp", "-3.0 weeks". */
    public String formatDifference(double raw) {
        if (Double.isNaN(raw)) {
            return "n/a";
        }
        String s = Num.signed(scaled(raw), decimals);
        return diffSuffix.isEmpty() ? s : s + " " + diffSuffix;
    }

    /** A signed bare value in display units, for the bounds of a difference's interval: "+1.5". */
    public String formatSignedBare(double raw) {
        return Double.isNaN(raw) ? "n/a" : Num.signed(scaled(raw), decimals);
    }

    /** The unit of a difference, for axis titles ("percentage points"). */
    public String differenceAxis() {
        return percent() ? "percentage points" : this == INDEX ? "index points" : axis;
    }
}
