package org.adoptsim.cli.sweep.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.adoptsim.cli.VersionProvider;
import org.adoptsim.cli.sweep.run.SweepPlan;
import org.adoptsim.cli.sweep.spec.DesignSpec;
import org.adoptsim.cli.sweep.spec.Metric;
import org.adoptsim.cli.sweep.spec.Parameter;

/**
 * Writes a sweep's {@link Manifest} from its plan, the files it came from and how the run went.
 * Field order is fixed. Timing accumulates over resumed sessions: {@code elapsedSeconds} is the sum of
 * every session's wall time, {@code runsPerSecond} this session's rate.
 */
public final class ManifestBuilder {
    private ManifestBuilder() {
    }

    /** Describes the sweep in {@code plan}; status, progress and timing are set with {@link #progress}. */
    public static ObjectNode describe(SweepPlan plan, String sweepFile, String scenarioFile, String format) {
        ObjectNode n = Manifest.JSON.createObjectNode();
        n.put("manifest", "adoptsim-sweep/1");
        n.put("sweep", plan.spec().name());
        n.put("hash", plan.hash());
        n.put("status", Manifest.RUNNING);
        n.put("sweepFile", sweepFile);
        ObjectNode scenario = n.putObject("scenario");
        scenario.put("file", scenarioFile);
        scenario.put("sha256", plan.scenarioSha256());
        n.set("strategies", Manifest.array(plan.strategies()));
        n.set("metrics", Manifest.array(plan.metrics().stream().map(Metric::id).toList()));
        ObjectNode set = n.putObject("set");
        plan.spec().fixed().forEach((k, v) -> set.put(k, String.valueOf(v)));
        ArrayNode params = n.putArray("parameters");
        for (Parameter p : plan.parameters()) {
            ObjectNode o = params.addObject();
            o.put("label", p.label());
            o.put("path", p.path());
            if (!p.alsoSets().isEmpty()) {
                o.set("alsoSets", Manifest.array(p.alsoSets()));
            }
            o.put("numeric", p.domain().numeric());
            o.put("domain", p.domain().canonical());
        }
        n.set("design", design(plan.spec().design(), plan.designPoints()));
        n.put("replicates", plan.replicates());
        ObjectNode seeds = n.putObject("seeds");
        seeds.put("root", plan.rootSeed());
        seeds.put("randomNumbers", plan.spec().randomNumbers().name().toLowerCase(java.util.Locale.ROOT));
        seeds.put("derivation", "point seed = SplitMix64-derive(root, point) (root itself with common random numbers);"
                + " run streams = RandomStreams(point seed, replicate)");
        ObjectNode points = n.putObject("points");
        points.put("design", plan.designPoints());
        points.put("limited", plan.limitedPoints());
        points.put("from", plan.from());
        points.put("to", plan.to());
        points.put("done", plan.from());
        if (plan.shard().whole()) {
            n.putNull("shard");
        } else {
            ObjectNode s = n.putObject("shard");
            s.put("index", plan.shard().index());
            s.put("count", plan.shard().count());
        }
        ObjectNode runs = n.putObject("runs");
        runs.put("total", plan.runs());
        runs.put("done", 0);
        ObjectNode output = n.putObject("output");
        output.put("format", format);
        output.set("files", Manifest.array(java.util.List.of("runs." + format, "points." + format)));
        ObjectNode versions = n.putObject("versions");
        versions.put("adoptsim", VersionProvider.version());
        versions.put("java", System.getProperty("java.version"));
        versions.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return n;
    }

    static ObjectNode design(DesignSpec d, long points) {
        ObjectNode o = Manifest.JSON.createObjectNode();
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

    /** Sets status, progress and timing. */
    public static void progress(ObjectNode n, String status, long pointsDone, long runsDone, Timing t) {
        n.put("status", status);
        ((ObjectNode) n.path("points")).put("done", pointsDone);
        ((ObjectNode) n.path("runs")).put("done", runsDone);
        ObjectNode timing = n.putObject("timing");
        timing.put("started", t.started().toString());
        timing.put("updated", Instant.now().toString());
        timing.put("elapsedSeconds", Math.round(t.elapsedSeconds() * 1000) / 1000.0);
        timing.put("sessions", t.sessions());
        timing.put("threads", t.threads());
        timing.put("runsThisSession", t.sessionRuns());
        timing.put("runsPerSecond", t.sessionSeconds() > 0 ? Math.round(t.sessionRuns() / t.sessionSeconds() * 10) / 10.0 : 0);
    }

    /** Wall-clock accounting over sessions. */
    public record Timing(Instant started, double previousSeconds, double sessionSeconds, long sessionRuns, int sessions,
            int threads) {
        double elapsedSeconds() {
            return previousSeconds + sessionSeconds;
        }
    }
}
