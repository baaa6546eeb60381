package org.adoptsim.cli.compare;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.results.Caveat;
import org.adoptsim.cli.text.Num;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Trigger;

/**
 * Finds the results of a comparison that follow from an assumption of the model rather than from the
 * simulation, from the scenario's settings alone. Today one: a mandate forced by an adoption share at or
 * above the readiness share meets readiness R = 1, so by the resentment formula of docs/model.md (step 4,
 * {@code r = pressure·(1 − R)·factor}) it causes no resentment whatever happens in the runs — the zero is
 * the assumption "a mandate after 70 % adoption is almost a non-event" (seed), not a finding. A mandate
 * that may also fire at a week is not flagged: it can fire before that share.
 */
final class Assumptions {
    private Assumptions() {
    }

    static List<Caveat> of(Scenario scenario, List<Strategy> strategies) {
        double readiness = scenario.rules().work().readinessShare();
        List<Caveat> out = new ArrayList<>();
        for (Strategy s : strategies) {
            Trigger t = s.mandate().trigger();
            if (t.week() < 0 && t.share() >= 0 && t.share() >= readiness) {
                out.add(new Caveat(s.name(), "mean_resentment", s.name() + "'s mandate fires at "
                        + Num.fixed(t.share() * 100, 0) + "% done, at or above the readiness share "
                        + Num.fixed(readiness * 100, 0) + "%: its zero mandate resentment is an assumption, not a"
                        + " finding."));
            }
        }
        return out;
    }
}
