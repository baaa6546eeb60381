package org.adoptsim.cli.scenario.input;

/**
 * The size limits on what a scenario may ask for, each a located one-line error when exceeded. They
 * are far above any real organisation (the largest shipped scenario has 1,000 teams and 104 weeks) and
 * keep every count inside an {@code int} with room to multiply, so no input can overflow an array size
 * or make the tool run for days. docs/security.md lists them with the YAML and file limits.
 */
public final class InputLimits {
    /** Teams in one organisation. */
    public static final int MAX_TEAMS = 1_000_000;
    /** Departments in one organisation. */
    public static final int MAX_DEPARTMENTS = MAX_TEAMS;
    /** Weeks in one run: 50 years of weekly steps. */
    public static final int MAX_WEEKS = 2_600;
    /** Replicates per strategy. */
    public static final int MAX_REPLICATES = 10_000_000;
    /** Bytes of the scenario file itself. */
    public static final long MAX_SCENARIO_BYTES = 16L << 20;
    /** Bytes of a file a scenario names (teams, edge list). */
    public static final long MAX_CSV_BYTES = 64L << 20;
    /** Rows in a file a scenario names. */
    public static final int MAX_CSV_ROWS = 2_000_000;
    /** Fields in all rows of a file a scenario names together (each is kept with its location). */
    public static final int MAX_CSV_CELLS = 6_000_000;
    /** Characters in one CSV field. */
    public static final int MAX_CSV_FIELD = 64 * 1024;

    private InputLimits() {
    }
}
