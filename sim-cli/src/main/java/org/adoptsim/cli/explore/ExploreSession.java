package org.adoptsim.cli.explore;

import org.adoptsim.cli.webcharts.Asset;
import org.adoptsim.cli.webcharts.Assets;
import org.adoptsim.cli.webcharts.ResultJson;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.scenario.LoadedScenario;
import org.adoptsim.core.config.RunSettings;
import org.adoptsim.core.config.Scenario;

/**
 * One explored scenario: what the API answers, without the HTTP. The page's replicate count replaces
 * the file's (so a lever change answers quickly); seed and weeks are the file's. {@link #run} is
 * {@code compare --replicates N} of the scenario with the levers applied, number for number.
 * Thread-safe; runs are serialised (one user, and each run already uses every core).
 */
final class ExploreSession {
    private final ScenarioEditor editor;
    private final LoadedScenario original;
    private final int replicates;
    private final int threads;

    /**
     * @param text       the scenario file's text, as loaded and checked by the caller
     * @param replicates replicates per run
     * @param threads    simulation threads per run
     */
    ExploreSession(String text, Path file, String display, int replicates, int threads) {
        this.editor = new ScenarioEditor(text, file, display);
        this.original = editor.load(Levers.NONE);
        this.replicates = replicates;
        this.threads = threads;
    }

    int replicates() {
        return replicates;
    }

    /** The scenario, its strategies with their levers, and the uncertainties offered: the page's start. */
    ObjectNode describe() {
        Scenario s = original.scenario();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("scenario", s.name());
        if (original.description() != null) {
            o.put("description", original.description());
        }
        o.put("replicates", replicates).put("seed", s.run().seed()).put("weeks", s.run().weeks())
                .put("teams", s.organisation().teams()).put("threads", threads)
                .put("maxTeams", ScenarioEditor.MAX_TEAMS).put("savedName", editor.savedName());
        o.set("strategies", LeverState.strategies(original));
        o.set("tools", LeverState.tools());
        o.set("uncertainties", ExploreJson.MAPPER.valueToTree(editor.uncertainties()));
        return o;
    }

    /** Reruns the comparison with the levers applied; a bad lever is the loader's located exception. */
    synchronized ObjectNode run(Levers levers) throws InterruptedException {
        long start = System.nanoTime();
        Scenario s = editor.load(levers).scenario();
        RunSettings settings = s.run().withReplicates(replicates);
        ComparisonTables tables = Replicates.compare(s.withRun(settings), threads);
        return ResultJson.of(tables, settings, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The scenario file with the levers applied, checked by the loader: what "Save as scenario"
     * downloads. Its run settings are the file's ({@code compare --replicates N} on it gives the page's
     * numbers).
     */
    String save(Levers levers) {
        editor.load(levers);
        return editor.yaml(levers);
    }

    String savedName() {
        return editor.savedName();
    }
}
