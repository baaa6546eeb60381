package org.adoptsim.cli.decide.select;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a {@link KimNelson} selection.
 *
 * @param systems      one result per system, by index
 * @param selected     the selected system's index, or -1 when every system was ruled infeasible
 * @param guaranteed   whether the procedure ended by its own rule, so the stated probability of correct
 *                     selection holds; false when the replicate budget ran out first (the system with
 *                     the best mean is then selected without that guarantee)
 * @param replicates   the most replicates any system was run for
 * @param screenedIn   systems that survived feasibility and screening and entered the sequential stage
 */
public record SelectionResult(List<SystemResult> systems, int selected, boolean guaranteed, int replicates,
        int screenedIn) {

    public SelectionResult {
        systems = List.copyOf(systems);
    }

    public Optional<SystemResult> best() {
        return selected < 0 ? Optional.empty() : Optional.of(systems.get(selected));
    }
}
