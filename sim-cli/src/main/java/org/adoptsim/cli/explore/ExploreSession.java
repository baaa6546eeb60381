package org.adoptsim.cli.explore;

import org.adoptsim.cli.webcharts.Asset;
import org.adoptsim.cli.webcharts.Assets;
import org.adoptsim.cli.webcharts.ResultJson;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 *
 * <p>Public for the benchmarks ({@code ExploreBenchmark} times {@link #answer}, the server's whole work
 * per lever change); the server itself stays package-private.
 */
public final class ExploreSession {
    private static final com.sun.management.OperatingSystemMXBean OS = ManagementFactory.getPlatformMXBean(
            com.sun.management.OperatingSystemMXBean.class);

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

    /** A session on a scenario file, read as UTF-8 (the caller has validated it). */
    public static ExploreSession open(Path file, int replicates, int threads) throws IOException {
        return new ExploreSession(Files.readString(file, StandardCharsets.UTF_8), file, file.toString(), replicates,
                threads);
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
        if (s.rules().functions().enabled()) {
            o.set("functions", LeverState.functions(original));
        }
        o.set("uncertainties", ExploreJson.MAPPER.valueToTree(editor.uncertainties()));
        return o;
    }

    /**
     * What {@code POST api/run} answers for a request body: the levers read, the comparison rerun and
     * written as JSON. A bad body or lever is a {@link LeverException}; a problem in a file the scenario
     * names (a teams CSV), the loader's located exception.
     */
    public byte[] answer(byte[] body) throws InterruptedException, IOException {
        return ExploreJson.MAPPER.writeValueAsBytes(run(ExploreJson.levers(body)));
    }

    /**
     * Reruns the comparison with the levers applied; a bad lever is a {@link LeverException}. The
     * answer says how long it took: {@code elapsedMs} wall time and {@code cpuMs}, the process's CPU time
     * meanwhile (all threads; on a loaded machine the honest measure of the work).
     */
    synchronized ObjectNode run(Levers levers) throws InterruptedException {
        long start = System.nanoTime();
        long cpu = OS.getProcessCpuTime();
        Scenario s = editor.load(levers).scenario();
        RunSettings settings = s.run().withReplicates(replicates);
        ComparisonTables tables = Replicates.compare(s.withRun(settings), threads);
        ObjectNode o = ResultJson.of(tables, settings, (System.nanoTime() - start) / 1_000_000);
        o.put("cpuMs", cpu < 0 ? -1 : (OS.getProcessCpuTime() - cpu) / 1_000_000);
        return o;
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
