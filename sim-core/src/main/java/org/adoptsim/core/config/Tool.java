package org.adoptsim.core.config;

/** The cost-reduction investments of docs/model.md; built in the order a strategy lists them. */
public enum Tool {
    SCRIPTS, RUNBOOKS, SHIMS, CANARY;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
