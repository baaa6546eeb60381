package org.adoptsim.core.config;

import java.util.Locale;

/**
 * When a team needs a function's sign-off (docs/model.md, "Across functions"): {@code START} before
 * its migration work can start (budget, roadmap), {@code SWITCH} before its old system can be
 * switched off (security certification, change approval).
 */
public enum SignOffStage {
    START, SWITCH;

    /** The lower-case name used in scenario files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
