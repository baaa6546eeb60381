package org.adoptsim.cli.decide.prim;

import java.util.List;

/**
 * What PRIM found.
 *
 * @param peeling  the peeling trajectory, step 0 being the whole input space; mass falls and the boxes
 *                 nest from step to step
 * @param selected index into {@code peeling} of the box chosen for pasting
 * @param box      the final box: the selected one after pasting (stage PASTE) and trimming (stage
 *                 TRIM), or the selected one itself when neither changed it
 */
public record PrimResult(List<BoxStats> peeling, int selected, BoxStats box) {

    public PrimResult {
        peeling = List.copyOf(peeling);
    }

    /** Whether pasting or trimming changed the selected box. */
    public boolean refined() {
        return box.stage() != BoxStats.Stage.PEEL;
    }
}
