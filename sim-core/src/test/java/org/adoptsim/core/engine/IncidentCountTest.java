package org.adoptsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.config.WorkRules;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.EventDraws;
import org.adoptsim.core.random.Purpose;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.result.WeekObserver;
import org.adoptsim.core.result.WeekView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The weekly incident count equals the model's rule applied team by team — each team's keyed draw
 * against the old system's rate, or against its own rate fixed at completion — whatever shortcut the
 * engine takes ({@link IncidentDraws}). The check recomputes every week from what an observer sees:
 * statuses, and the maturity the team completed at. Moves are voluntary (quality 1) and there is no
 * canary, sunset or mandate, so that rate is {@code base · (1 + factor · (1 − maturity))}.
 */
class IncidentCountTest {
    private static final Scenario DEFAULTS = Scenario.defaults();

    @ParameterizedTest(name = "{0} teams")
    @ValueSource(ints = {42, 130})
    void everyWeeksCountIsTheRuleAppliedToEveryTeam(int teams) {
        WorkRules risky = WorkRules.builder().oldIncidentRate(0.1).newIncidentRate(0.04).maturityIncidentFactor(1.5)
                .qualityIncidentFactor(2).build();
        Rules rules = DEFAULTS.rules().withWork(risky);
        Strategy earnedWithoutCanary = Presets.byName("earned").orElseThrow()
                .withTooling(List.of(Tool.SCRIPTS, Tool.RUNBOOKS, Tool.SHIMS));
        List<Strategy> strategies = List.of(Presets.byName("announce-and-hope").orElseThrow(), earnedWithoutCanary);
        long total = 0;
        for (int replicate = 0; replicate < 3; replicate++) {
            RandomStreams streams = new RandomStreams(DEFAULTS.run().seed(), replicate);
            Org org = OrgFactory.draw(DEFAULTS.organisation().withTeams(teams), streams);
            Simulation sim = new Simulation(org);
            for (Strategy s : strategies) {
                Recount recount = new Recount(streams.events(), risky, rules.platform().maturity(), teams);
                sim.run(rules, s, streams, 104, RunDetail.TEAMS, recount);
                total += recount.incidents;
            }
        }
        assertTrue(total > 1000, "the check saw enough incidents to mean something: " + total);
    }

    /** Recomputes each week's incidents from the observer's view and compares them with the engine's. */
    private static final class Recount implements WeekObserver {
        private final EventDraws draws;
        private final WorkRules rules;
        private final int[] doneFrom;
        private final List<Double> maturityAfter = new ArrayList<>();
        private final double startMaturity;
        long incidents;

        Recount(EventDraws draws, WorkRules rules, double startMaturity, int teams) {
            this.draws = draws;
            this.rules = rules;
            this.startMaturity = startMaturity;
            this.doneFrom = new int[teams];
            Arrays.fill(doneFrom, -1);
        }

        @Override
        public void onWeek(WeekView view) {
            int week = view.week();
            long expected = 0;
            for (int i = 0; i < view.teams(); i++) {
                boolean done = view.status(i) == TeamStatus.DONE;
                if (done && doneFrom[i] < 0) {
                    doneFrom[i] = week;
                }
                double rate = done ? rateAfterMigrating(maturityAtCompletion(doneFrom[i])) : rules.oldIncidentRate();
                expected += draws.uniform(Purpose.INCIDENT, i, week) < rate ? 1 : 0;
            }
            assertEquals(expected, view.incidents(), "week " + week);
            incidents += expected;
            maturityAfter.add(view.maturity());
        }

        /** Completions happen before the week's platform phase, so at the maturity the previous week ended with. */
        private double maturityAtCompletion(int week) {
            return week == 0 ? startMaturity : maturityAfter.get(week - 1);
        }

        /** The model's rate after a voluntary move (quality 1) completed at this maturity. */
        private double rateAfterMigrating(double maturity) {
            return rules.newIncidentRate() * (1 + rules.maturityIncidentFactor() * (1 - maturity))
                    * (1 + rules.qualityIncidentFactor() * (1 - 1.0));
        }
    }
}
