package org.adoptsim.core.functions;

import java.util.List;
import org.adoptsim.core.config.CrossFunction;
import org.adoptsim.core.config.FunctionLevers;
import org.adoptsim.core.config.Functions;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.SignOffStage;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Trigger;
import org.adoptsim.core.result.FunctionsOutcome;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Replicate;

/** Small set-ups for the functions' behavioural tests (docs/model.md, "Across functions"). */
final class Desk {
    private Desk() {
    }

    /** The default organisation with these functions, roadmap planning off, {@code weeks} weeks. */
    static Scenario with(int weeks, CrossFunction... functions) {
        Scenario d = Scenario.defaults();
        return d.withRules(d.rules().withFunctions(new Functions(List.of(functions)))
                        .withDecisions(d.rules().decisions().withRoadmap(false)))
                .withRun(d.run().withWeeks(weeks));
    }

    /** A start-stage function that always approves (a = 1) and sits every week. */
    static CrossFunction.Builder start(String name) {
        return CrossFunction.builder(name).stage(SignOffStage.START).cadenceWeeks(1).alignment(1).reviewWeeks(1);
    }

    /** A switch-stage function that always approves (a = 1) and sits every week. */
    static CrossFunction.Builder switchOff(String name) {
        return CrossFunction.builder(name).stage(SignOffStage.SWITCH).cadenceWeeks(1).alignment(1).reviewWeeks(1);
    }

    /** Every team forced to start at week 0 (a quarter boundary), with a deadline past any horizon. */
    static Strategy forcedAtZero(String name) {
        return Strategy.builder(name).mandate(Mandate.at(Trigger.atWeek(0)).withDeadlineWeeks(1000)).build();
    }

    static Strategy withLevers(Strategy s, FunctionLevers levers) {
        return s.withFunctionLevers(levers);
    }

    static RunResult run(Scenario sc, Strategy s, int replicate) {
        return Replicate.run(sc, List.of(s), replicate, RunDetail.SERIES).get(0);
    }

    static FunctionsOutcome outcome(Scenario sc, Strategy s, int replicate) {
        return run(sc, s, replicate).functions().orElseThrow();
    }
}
