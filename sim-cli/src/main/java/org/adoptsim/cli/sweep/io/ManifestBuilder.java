package org.adoptsim.cli.sweep.io;

import org.adoptsim.cli.output.Manifest;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.adoptsim.cli.output.Manifest.Execution;
import org.adoptsim.cli.VersionProvider;
import org.adoptsim.cli.sweep.run.SweepPlan;
import org.adoptsim.cli.sweep.spec.DesignSpec;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.sweep.spec.Parameter;

/**
 * Writes a sweep's {@link SweepManifest}, the common model with a {@code sweep} section, from its plan, the
 * files it came from and how the run went. Field order is fixed. Timing accumulates over resumed sessions: {@code elapsedSeconds} is the sum of
 * every session's wall time, {@code runsPerSecond} this session's rate.
 */
public final class ManifestBuilder {
    private ManifestBuilder() {
    }

    /**
     * The sweep section for {@code plan}: what was swept and which slice; progress and timing are set with
     * {@link #progress}. Mutable: the session updates it as points finish.
     */
    public static ObjectNode describe(SweepPlan plan, String sweepFile, String format) {
        ObjectNode n = SweepManifest.JSON.createObjectNode();
        n.put("name", plan.spec().name());
        n.put("hash", plan.hash());
        n.put("sweepFile", sweepFile);
        if (plan.draws() != null) {
            n.putObject("posterior").put("file", plan.draws().source().file())
                    .put("sha256", plan.draws().source().sha256());
        }
        n.set("strategies", SweepManifest.array(plan.strategies()));
        n.set("metrics", SweepManifest.array(plan.metrics().stream().map(Metric::id).toList()));
        ObjectNode set = n.putObject("set");
        plan.spec().fixed().forEach((k, v) -> set.put(k, String.valueOf(v)));
        n.set("parameters", parameters(plan));
        n.set("design", design(plan.spec().design(), plan.designPoints()));
        n.set("seeds", seeds(plan));
        n.set("points", points(plan));
        n.set("shard", shard(plan));
        ObjectNode runs = n.putObject("runs");
        runs.put("total", plan.runs());
        runs.put("done", 0);
        n.putObject("output").put("format", format);
        return n;
    }

    /**
     * The whole manifest: the common fields from {@code plan} and the scenario file, the section, and the
     * data files (listed only once complete: while a sweep runs they grow).
     */
    public static SweepManifest manifest(SweepPlan plan, String scenarioFile, ObjectNode section, String status,
            Map<String, Manifest.FileEntry> files, Execution execution) {
        return new SweepManifest(Manifest.builder().toolVersion(VersionProvider.version())
                .command("sweep").status(Manifest.Status.of(status))
                .scenario(new Manifest.ScenarioInfo(plan.scenarioName(), plan.teams(), scenarioFile,
                        plan.scenarioSha256(), plan.inputs(), null))
                .seed(plan.rootSeed()).replicates(plan.replicates()).files(files)
                .section(new Manifest.Section(SweepManifest.SECTION, section))
                .execution(execution).build());
    }

    private static ArrayNode parameters(SweepPlan plan) {
        ArrayNode params = SweepManifest.JSON.createArrayNode();
        for (Parameter p : plan.parameters()) {
            ObjectNode o = params.addObject();
            o.put("label", p.label());
            o.put("path", p.path());
            if (!p.alsoSets().isEmpty()) {
                o.set("alsoSets", SweepManifest.array(p.alsoSets()));
            }
            o.put("numeric", p.domain().numeric());
            o.put("domain", p.domain().canonical());
        }
        return params;
    }

    private static ObjectNode seeds(SweepPlan plan) {
        ObjectNode seeds = SweepManifest.JSON.createObjectNode();
        seeds.put("randomNumbers", plan.spec().randomNumbers().name().toLowerCase(java.util.Locale.ROOT));
        seeds.put("derivation", "point seed = SplitMix64-derive(root, point) (root itself with common random numbers);"
                + " run streams = RandomStreams(point seed, replicate)");
        return seeds;
    }

    private static ObjectNode points(SweepPlan plan) {
        ObjectNode points = SweepManifest.JSON.createObjectNode();
        points.put("design", plan.designPoints());
        points.put("limited", plan.limitedPoints());
        points.put("from", plan.from());
        points.put("to", plan.to());
        points.put("done", plan.from());
        return points;
    }

    private static com.fasterxml.jackson.databind.JsonNode shard(SweepPlan plan) {
        if (plan.shard().whole()) {
            return SweepManifest.JSON.nullNode();
        }
        ObjectNode s = SweepManifest.JSON.createObjectNode();
        s.put("index", plan.shard().index());
        s.put("count", plan.shard().count());
        return s;
    }

    static ObjectNode design(DesignSpec d, long points) {
        ObjectNode o = SweepManifest.JSON.createObjectNode();
        o.put("type", d.type());
        if (d instanceof DesignSpec.LatinHypercube l) {
            o.put("points", l.points());
        } else if (d instanceof DesignSpec.Sobol s) {
            o.put("samples", s.samples());
            o.put("scheme", "Saltelli: per base row A, B, then AB_i for each parameter i");
        } else if (d instanceof DesignSpec.Morris m) {
            o.put("trajectories", m.trajectories());
            o.put("levels", m.levels());
        }
        o.put("size", points);
        return o;
    }

    /** Sets progress and timing in the section. */
    public static void progress(ObjectNode n, long pointsDone, long runsDone, Timing t) {
        ((ObjectNode) n.path("points")).put("done", pointsDone);
        ((ObjectNode) n.path("runs")).put("done", runsDone);
        ObjectNode timing = n.putObject("timing");
        timing.put("started", t.started().toString());
        timing.put("updated", Instant.now().toString());
        timing.put("elapsedSeconds", seconds(t.elapsedSeconds()));
        timing.put("sessions", t.sessions());
        timing.put("threads", t.threads());
        timing.put("runsThisSession", t.sessionRuns());
        timing.put("runsPerSecond", t.sessionSeconds() > 0 ? Math.round(t.sessionRuns() / t.sessionSeconds() * 10) / 10.0 : 0);
    }

    /** Seconds as the manifest writes them: to the millisecond, so a sum of them carries no float noise. */
    static double seconds(double s) {
        return Math.round(s * 1000) / 1000.0;
    }

    /** Wall-clock accounting over sessions. */
    public record Timing(Instant started, double previousSeconds, double sessionSeconds, long sessionRuns, int sessions,
            int threads) {
        double elapsedSeconds() {
            return previousSeconds + sessionSeconds;
        }
    }
}
