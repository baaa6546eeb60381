package org.adoptsim.core.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where an initiative stands today (docs/model.md, "Starting from today"): the initiative's current
 * week in the organisation's own calendar, the levers already in place (tools built, a published
 * dashboard, a coalition under way), the platform's maturity, and per team its status, the share of
 * its migration done, the week it finished, whether it is a champion and, with functions declared
 * (docs/model.md, "Across functions"), the functions that have signed it off. A run from this state
 * simulates forward from {@link #week()}; teams it does not mention are idle. Immutable; built with
 * {@link #builder}.
 */
public final class ObservedState {
    /** A team's observed status. */
    public enum Status {
        IDLE, WILLING, MIGRATING, BLOCKED, DONE, DUAL;

        /** The lower-case name a state file uses. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final int week;
    private final Set<Tool> tools;
    private final boolean dashboard;
    private final boolean coalition;
    private final double maturity;
    private final Status[] status;
    private final double[] progress;
    private final int[] doneWeek;
    private final boolean[] champion;
    private final boolean[] member;
    private final List<List<String>> signedOff;
    private final boolean recordsSignOffs;

    private ObservedState(Builder b) {
        this.week = b.week;
        this.tools = Set.copyOf(b.tools);
        this.dashboard = b.dashboard;
        this.coalition = b.coalition;
        this.maturity = b.maturity;
        this.status = b.status.clone();
        this.progress = b.progress.clone();
        this.doneWeek = b.doneWeek.clone();
        this.champion = b.champion.clone();
        this.member = b.member.clone();
        this.signedOff = List.copyOf(b.signedOff);
        this.recordsSignOffs = b.recordsSignOffs;
    }

    public static Builder builder(int teams) {
        return new Builder(teams);
    }

    public int teams() {
        return status.length;
    }

    /** The initiative's current week: the first simulated week is this one. */
    public int week() {
        return week;
    }

    public Set<Tool> tools() {
        return tools;
    }

    /** Whether a dashboard of adoption is already published (it stays, whatever the strategy). */
    public boolean dashboard() {
        return dashboard;
    }

    /**
     * Whether a coalition is already formed and started: its members are the teams marked
     * {@link #coalitionMember}, and no more are recruited.
     */
    public boolean coalition() {
        return coalition;
    }

    /** The platform's maturity today in [0, 1], or NaN to start from the rules' maturity. */
    public double maturity() {
        return maturity;
    }

    public Status status(int team) {
        return status[team];
    }

    /** Share of the team's migration done, in [0, 1] (1 for a done team). */
    public double progress(int team) {
        return progress[team];
    }

    /** Calendar week the team finished (≤ {@link #week()} − 1), or −1 if it is not done. */
    public int doneWeek(int team) {
        return doneWeek[team];
    }

    public boolean champion(int team) {
        return champion[team];
    }

    /** Whether the team is in the coalition (only meaningful with {@link #coalition()}). */
    public boolean coalitionMember(int team) {
        return member[team];
    }

    /**
     * The functions that have already signed the team off, by name (empty without functions). A run
     * counts them as approved; where the state {@linkplain #recordsSignOffs records none}, a done team
     * counts every sign-off it needs as approved.
     */
    public List<String> signedOff(int team) {
        return signedOff.get(team);
    }

    /**
     * Whether the state says which sign-offs its teams have (a state file's {@code signed_off} column, or a
     * run's own observation): a done team then has only those and its start-stage ones, so one forced
     * through at shutdown and still waiting for a switch sign-off waits on. Without it a done team has all.
     */
    public boolean recordsSignOffs() {
        return recordsSignOffs;
    }

    /** Whether some team is dual (running both systems): only a mandate puts a team there. */
    public boolean hasDual() {
        return Arrays.asList(status).contains(Status.DUAL);
    }

    /** Collects the state; every team starts idle with nothing done. */
    public static final class Builder {
        private int week;
        private final Set<Tool> tools = EnumSet.noneOf(Tool.class);
        private boolean dashboard;
        private boolean coalition;
        private double maturity = Double.NaN;
        private final Status[] status;
        private final double[] progress;
        private final int[] doneWeek;
        private final boolean[] champion;
        private final boolean[] member;
        private final List<List<String>> signedOff;
        private boolean recordsSignOffs;

        private Builder(int teams) {
            Checks.atLeast("teams", teams, 1);
            status = new Status[teams];
            Arrays.fill(status, Status.IDLE);
            progress = new double[teams];
            doneWeek = new int[teams];
            Arrays.fill(doneWeek, -1);
            champion = new boolean[teams];
            member = new boolean[teams];
            signedOff = new ArrayList<>(Collections.nCopies(teams, List.of()));
        }

        public Builder week(int w) {
            Checks.atLeast("week", w, 0);
            week = w;
            return this;
        }

        public Builder tool(Tool t) {
            tools.add(t);
            return this;
        }

        public Builder dashboard(boolean v) {
            dashboard = v;
            return this;
        }

        public Builder coalition(boolean v) {
            coalition = v;
            return this;
        }

        public Builder maturity(double m) {
            if (!(m >= 0 && m <= 1)) {
                throw new IllegalArgumentException("maturity: must be in [0, 1]");
            }
            maturity = m;
            return this;
        }

        /**
         * One team's observation. A done team needs progress 1 and a done week before the current
         * week; a team not done has no done week; only a done team can be a champion.
         */
        public Builder team(int i, Status s, double share, int done, boolean isChampion) {
            Checks.required("status", s);
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("progress: must be in [0, 1]");
            }
            if (s == Status.DONE && share < 1) {
                throw new IllegalArgumentException("progress: a done team has progress 1");
            }
            if ((s == Status.DONE) != (done >= 0)) {
                throw new IllegalArgumentException(s == Status.DONE ? "done_week: a done team needs the week it finished"
                        : "done_week: only a done team has one");
            }
            if (isChampion && s != Status.DONE) {
                throw new IllegalArgumentException("champion: only a done team can be a champion");
            }
            status[i] = s;
            progress[i] = share;
            doneWeek[i] = done;
            champion[i] = isChampion;
            return this;
        }

        /** Marks a team as a member of the coalition in place. */
        public Builder coalitionMember(int i, boolean v) {
            member[i] = v;
            return this;
        }

        /** The functions, by name, that have already signed team {@code i} off (no name twice). */
        public Builder signedOff(int i, List<String> functions) {
            if (new HashSet<>(functions).size() != functions.size()) {
                throw new IllegalArgumentException("signed_off: a function is named twice");
            }
            signedOff.set(i, List.copyOf(functions));
            recordsSignOffs = true;
            return this;
        }

        public ObservedState build() {
            for (int i = 0; i < doneWeek.length; i++) {
                if (doneWeek[i] >= week) {
                    throw new IllegalArgumentException("done_week: team " + i + " finished in week " + doneWeek[i]
                            + ", not before the current week " + week);
                }
            }
            return new ObservedState(this);
        }
    }
}
