package org.adoptsim.cli.sweep.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.adoptsim.cli.sweep.io.SweepManifest;
import org.adoptsim.cli.sweep.spec.DesignSpec;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * One strategy's per-point aggregates of one metric, in point order: the mean over replicates, their
 * standard deviation and count — what the sensitivity estimators and main-effect plots work on.
 */
public record PointSeries(double[] mean, double[] sd, double[] n) {

    public static PointSeries of(Table points, String strategy, String metric) {
        Table t = points.where(points.stringColumn("strategy").isEqualTo(strategy));
        Metric m = MetricCatalog.anyHorizon().byId(metric).orElse(null);
        DoubleColumn count = m != null && m.mayBeMissing() ? t.doubleColumn(metric + "_n") : t.doubleColumn("replicates");
        return new PointSeries(t.doubleColumn(metric + "_mean").asDoubleArray(), t.doubleColumn(metric + "_sd")
                .asDoubleArray(), count.asDoubleArray());
    }

    /** Whether every point has a mean. */
    public boolean complete() {
        for (double v : mean) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    /** The design a manifest describes (type and sizes). */
    public static DesignSpec design(SweepManifest m) {
        JsonNode d = m.design();
        return switch (d.path("type").asText()) {
            case "lhs" -> new DesignSpec.LatinHypercube(d.path("points").asInt());
            case "sobol" -> new DesignSpec.Sobol(d.path("samples").asInt());
            case "morris" -> new DesignSpec.Morris(d.path("trajectories").asInt(), d.path("levels").asInt());
            default -> new DesignSpec.Grid();
        };
    }
}
