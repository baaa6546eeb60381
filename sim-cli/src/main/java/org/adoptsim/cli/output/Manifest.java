package org.adoptsim.cli.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.adoptsim.cli.scenario.input.InputFile;

/**
 * manifest.json, the one model every writing command uses ({@code run}, {@code compare}, {@code report},
 * {@code sweep}, {@code merge}, {@code analyze}, {@code calibrate}, {@code optimise}, {@code discover}): what
 * an output folder holds and how it was made. The common fields come first — tool version, command,
 * status, scenario and its hash, seed, replicates, the data files with their size and SHA-256, the
 * generated charts and reports — then one {@link Section} that belongs to the command (for a comparison
 * its strategies and baseline, for a sweep its design and progress), then {@link Execution}. Everything but
 * {@link Execution} depends only on the inputs, the options and the tool version, never on the thread count
 * or the clock. {@code files} lets a reader detect a data file changed or mixed with another run's;
 * {@code generated} lists what can be rebuilt from the data files. The format is documented once, in
 * {@code docs/outputs.md}. Built by name with {@link #builder()}; immutable.
 *
 * @param command    the command that wrote the folder
 * @param status     {@link Status#COMPLETE}, {@link Status#INTERRUPTED} (the files cover only what finished) or
 *                   {@link Status#RUNNING} (a sweep still writing; resumable)
 * @param seed       the root seed, null for a command that draws nothing
 * @param replicates replicates asked for per evaluated scenario (per sweep point, per candidate), null where
 *                   the command runs none
 */
public record Manifest(String toolVersion, String command, Status status, ScenarioInfo scenario, Long seed,
        Integer replicates, Map<String, FileEntry> files, List<String> generated, Section section,
        Execution execution) {

    /** Identifies the format of manifest.json and the files it lists. */
    public static final String FORMAT = "adoptsim-output/2";

    public Manifest {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(status, "status");
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        generated = List.copyOf(generated);
    }

    /** Whether the command finished everything it was asked to. */
    public boolean complete() {
        return status == Status.COMPLETE;
    }

    /** The comparison section of a {@code run}'s or {@code compare}'s manifest. */
    public Comparison comparison() {
        return Comparison.of(this);
    }

    // The comparison's fields, which the report, the charts and the terminal summary read throughout.

    public int weeks() {
        return comparison().weeks();
    }

    public long replicatesCompleted() {
        return comparison().replicatesCompleted();
    }

    public List<String> strategies() {
        return comparison().strategies();
    }

    public String baseline() {
        return comparison().baseline();
    }

    public List<String> chartFormats() {
        return comparison().chartFormats();
    }

    /** The organisation's calendar week of the runs' week 0; 0 without a calendar. */
    public int startWeek() {
        return comparison().startWeek();
    }

    /** The {@code --from} state the runs started from, and the start block it replaced; null for the scenario's own. */
    public Comparison.StartFrom startFrom() {
        return comparison().startFrom();
    }

    /** The posterior a {@code --posterior} comparison drew its parameters from, or null. */
    public Comparison.Posterior posterior() {
        return comparison().posterior();
    }

    /** The SHA-256 recorded for each data file, in the listed order. */
    public Map<String, String> hashes() {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((k, v) -> out.put(k, v.sha256()));
        return out;
    }

    public Builder toBuilder() {
        return new Builder().toolVersion(toolVersion).command(command).status(status).scenario(scenario).seed(seed)
                .replicates(replicates).files(files).generated(generated).section(section).execution(execution);
    }

    /** This manifest with the comparison's chart formats and the generated files replaced (report rebuilds them). */
    public Manifest withGenerated(List<String> chartFormatsNow, List<String> generatedNow) {
        return toBuilder().section(comparison().withChartFormats(chartFormatsNow).section()).generated(generatedNow)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder for {@code command}'s manifest by this adoptsim. */
    public static Builder of(String command) {
        return new Builder().toolVersion(org.adoptsim.cli.VersionProvider.version()).command(command);
    }

    /** complete, interrupted or running, as written in the file. */
    public enum Status {
        COMPLETE, INTERRUPTED, RUNNING;

        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The status named {@code text}, or null. */
        public static Status of(String text) {
            for (Status s : values()) {
                if (s.text().equals(text)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** A data file: its size in bytes and the SHA-256 of its bytes. */
    public record FileEntry(long bytes, String sha256) {

        /** The size and hash of {@code file} as it is now. */
        public static FileEntry of(java.nio.file.Path file) throws java.io.IOException {
            return new FileEntry(java.nio.file.Files.size(file), Sha256.of(file));
        }
    }

    /**
     * The scenario: its name, organisation size, and (when it came from a file) the file as given on the
     * command line, the SHA-256 of its bytes and its description; null where there is none (a sweep records
     * its base scenario's name and size, but no size when a parameter changes the organisation). {@code inputs} are the files the scenario names (teams, edge
     * lists) with their SHA-256, empty when it names none, and null when read from a manifest written before
     * they were recorded.
     */
    public record ScenarioInfo(String name, Integer teams, String file, String sha256, List<InputFile> inputs,
            String description) {

        public ScenarioInfo {
            inputs = inputs == null ? null : List.copyOf(inputs);
        }
    }

    /**
     * The command's own part of the manifest, written under the key {@code name} ({@code comparison},
     * {@code sweep}, {@code analysis}, {@code calibration}, {@code optimisation}, {@code discovery}). The
     * command's own class reads and writes its fields; the model only carries them.
     */
    public record Section(String name, ObjectNode fields) {
        public Section {
            Objects.requireNonNull(name, "name");
            fields = fields.deepCopy();
        }

        @Override
        public ObjectNode fields() {
            return fields.deepCopy();
        }

        /** Equal when the name and the written JSON are (a long and an int of the same value are equal). */
        @Override
        public boolean equals(Object o) {
            return o instanceof Section s && name.equals(s.name) && fields.toString().equals(s.fields.toString());
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + fields.toString().hashCode();
        }

        public static Section of(String name) {
            return new Section(name, JsonNodeFactory.instance.objectNode());
        }

        /** The section {@code name} with the fields {@code fill} puts, in that order. */
        public static Section of(String name, java.util.function.Consumer<ObjectNode> fill) {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            fill.accept(n);
            return new Section(name, n);
        }
    }

    /**
     * How this particular execution went: not reproducible, and not meant to be. {@code directory} is the
     * working directory the command ran in, against which a relative {@code scenario.file} resolves.
     */
    public record Execution(String commandLine, String directory, int threads, String started, String finished,
            double seconds, String java, String os) {

        /** This process's working directory, Java version and operating system with the given timing. */
        public static Execution now(String commandLine, int threads, java.time.Instant started,
                java.time.Instant finished) {
            return new Execution(commandLine, System.getProperty("user.dir"), threads, started.toString(),
                    finished.toString(), (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0,
                    System.getProperty("java.version"), System.getProperty("os.name") + " "
                            + System.getProperty("os.arch"));
        }
    }

    /** Builds a {@link Manifest} by name; files and generated default to empty, status to complete. */
    public static final class Builder {
        private String toolVersion;
        private String command;
        private Status status = Status.COMPLETE;
        private ScenarioInfo scenario;
        private Long seed;
        private Integer replicates;
        private Map<String, FileEntry> files = Map.of();
        private List<String> generated = List.of();
        private Section section;
        private Execution execution;

        private Builder() {
        }

        public Builder toolVersion(String v) {
            toolVersion = v;
            return this;
        }

        public Builder command(String v) {
            command = v;
            return this;
        }

        public Builder status(Status v) {
            status = v;
            return this;
        }

        public Builder scenario(ScenarioInfo v) {
            scenario = v;
            return this;
        }

        public Builder seed(Long v) {
            seed = v;
            return this;
        }

        public Builder replicates(Integer v) {
            replicates = v;
            return this;
        }

        public Builder files(Map<String, FileEntry> v) {
            files = v;
            return this;
        }

        public Builder generated(List<String> v) {
            generated = v;
            return this;
        }

        public Builder section(Section v) {
            section = v;
            return this;
        }

        public Builder execution(Execution v) {
            execution = v;
            return this;
        }

        public Manifest build() {
            return new Manifest(toolVersion, command, status, scenario, seed, replicates, files, generated, section,
                    execution);
        }
    }
}
