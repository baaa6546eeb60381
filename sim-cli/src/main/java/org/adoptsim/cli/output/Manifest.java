package org.adoptsim.cli.output;

import java.util.List;
import java.util.Map;
import org.adoptsim.cli.scenario.input.InputFile;

/**
 * manifest.json: what an output folder holds and how it was made. Everything but {@link Execution}
 * depends only on the scenario, the options and the tool version, never on the thread count or the
 * clock. {@code files} maps each data file to its SHA-256, so a folder whose CSVs were changed or
 * mixed with another run's is detected; {@code generated} lists the charts and reports, which
 * {@code adoptsim report} can rebuild from the data files.
 *
 * @param command             {@code run} or {@code compare}
 * @param complete            false when the run was interrupted and the files cover only the
 *                            replicates that finished
 * @param replicates          replicates asked for
 * @param replicatesCompleted replicates 0 … k−1 that finished and are in the files
 * @param baseline            the strategy the paired differences are taken against (compare only)
 * @param posterior           the calibration's posterior the parameters were drawn from ({@code --posterior}),
 *                            or null
 */
public record Manifest(String toolVersion, String command, boolean complete, ScenarioInfo scenario, long seed,
        int weeks, int replicates, long replicatesCompleted, List<String> strategies, String baseline,
        List<String> chartFormats, Map<String, String> files, List<String> generated, Execution execution,
        Posterior posterior) {

    /** Identifies the format of manifest.json and the files it lists. */
    public static final String FORMAT = "adoptsim-output/1";

    public Manifest {
        strategies = List.copyOf(strategies);
        chartFormats = List.copyOf(chartFormats);
        files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
        generated = List.copyOf(generated);
    }

    /** A manifest of a run without a posterior. */
    public Manifest(String toolVersion, String command, boolean complete, ScenarioInfo scenario, long seed,
            int weeks, int replicates, long replicatesCompleted, List<String> strategies, String baseline,
            List<String> chartFormats, Map<String, String> files, List<String> generated, Execution execution) {
        this(toolVersion, command, complete, scenario, seed, weeks, replicates, replicatesCompleted, strategies,
                baseline, chartFormats, files, generated, execution, null);
    }

    /**
     * {@code --posterior DIR}: the posterior file as named and its SHA-256, the parameters it holds, its
     * particles, and the joint parameter sets drawn (one per replicate pair that finished).
     */
    public record Posterior(String file, String sha256, List<String> parameters, int particles, long draws) {
        public Posterior {
            parameters = List.copyOf(parameters);
        }
    }

    public Manifest withPosterior(Posterior p) {
        return new Manifest(toolVersion, command, complete, scenario, seed, weeks, replicates, replicatesCompleted,
                strategies, baseline, chartFormats, files, generated, execution, p);
    }

    /**
     * The scenario: its name, organisation size, and (when it came from a file) the file as given on
     * the command line, the SHA-256 of its bytes and its description; null where there is none.
     * {@code inputs} are the files the scenario names (teams, edge lists) with their SHA-256, empty when
     * it names none, and null when read from a manifest written before they were recorded.
     */
    public record ScenarioInfo(String name, int teams, String file, String sha256, List<InputFile> inputs,
            String description) {

        public ScenarioInfo {
            inputs = inputs == null ? null : List.copyOf(inputs);
        }
    }

    /** How this particular execution went: not reproducible, and not meant to be. */
    public record Execution(String commandLine, int threads, String started, String finished, double seconds,
            String java) {
    }

    public Manifest withGenerated(List<String> chartFormatsNow, List<String> generatedNow) {
        return new Manifest(toolVersion, command, complete, scenario, seed, weeks, replicates, replicatesCompleted,
                strategies, baseline, chartFormatsNow, files, generatedNow, execution, posterior);
    }
}
