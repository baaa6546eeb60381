package org.adoptsim.cli.scenario;

import java.util.List;
import org.adoptsim.cli.scenario.input.CsvTable;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.CrossFunction;
import org.adoptsim.core.config.Tool;

/**
 * A state file named on the command line ({@code run/compare --from state.csv --week N}) rather than
 * in the scenario: read with the same rules as {@code start.stateFile} ({@link StateTable}). The
 * levers already in place (tools, dashboard, coalition, maturity) are the scenario's {@code start}
 * block's, if it has one; the week and the teams come from the command line.
 */
public final class StateFiles {
    private StateFiles() {
    }

    /**
     * @param csv       the state file's text, parsed ({@code CsvTable.parse(text, display)})
     * @param week      the initiative's current week
     * @param teamNames the scenario's team names (empty: teams by index)
     * @param scenario  the scenario, for its teams, strategies and any start block
     */
    public static ObservedState read(CsvTable csv, int week, List<String> teamNames, Scenario scenario) {
        int n = scenario.organisation().teams();
        ObservedState.Builder b = ObservedState.builder(n).week(week);
        ObservedState levers = scenario.start();
        if (levers != null) {
            b.dashboard(levers.dashboard()).coalition(levers.coalition());
            if (!Double.isNaN(levers.maturity())) {
                b.maturity(levers.maturity());
            }
            for (Tool t : levers.tools()) {
                b.tool(t);
            }
        }
        TeamTable table = teamNames.isEmpty() ? null : TeamTable.of(teamNames);
        StateTable.read(csv, csv.file(), new TeamRefs(table, n), week,
                StateTable.withoutMandate(scenario.strategies()),
                scenario.rules().functions().list().stream().map(CrossFunction::name).toList(), b);
        return b.build();
    }
}
