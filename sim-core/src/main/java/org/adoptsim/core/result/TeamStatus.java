package org.adoptsim.core.result;

/**
 * A team's state (docs/model.md "Team states"). {@code DONE} is honest adoption: the old system is off for
 * that team. {@code DUAL} is the half-migration: declared migrated, still running the old system.
 * The engine stores the ordinal as a byte.
 */
public enum TeamStatus {
    IDLE, WILLING, MIGRATING, BLOCKED, DONE, DUAL;


    private static final TeamStatus[] VALUES = values();

    public static TeamStatus of(int ordinal) {
        return VALUES[ordinal];
    }

    /** Started the migration (the vanity figure counts these). */
    public boolean started() {
        return this == MIGRATING || this == BLOCKED || this == DONE || this == DUAL;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
