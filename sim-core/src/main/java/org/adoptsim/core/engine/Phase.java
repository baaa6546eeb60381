package org.adoptsim.core.engine;

/** One step of the week (docs/model.md "One week, in order"). Implementations keep no per-run state. */
interface Phase {
    void apply(World world);
}
