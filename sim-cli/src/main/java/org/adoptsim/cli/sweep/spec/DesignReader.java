package org.adoptsim.cli.sweep.spec;

import org.adoptsim.cli.text.Suggest;

import java.util.List;
import java.util.Set;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/**
 * Reads the {@code design} of a sweep file — {@code grid} (the default), {@code {type: lhs, points}},
 * {@code {type: sobol, samples}} or {@code {type: morris, trajectories, levels}} — and checks that it
 * suits the parameters and that its size stays below {@value #MAX_POINTS} points. Stateless.
 */
final class DesignReader {
    static final long MAX_POINTS = Integer.MAX_VALUE;
    /** Sobol sequences of Commons Math 3 go up to 1000 dimensions; Saltelli needs 2k. */
    static final int MAX_SOBOL_PARAMETERS = 500;

    private DesignReader() {
    }

    static DesignSpec read(Fields top, List<Parameter> params) {
        if (!top.has("design")) {
            return grid(params, top.where());
        }
        YNode node = top.node("design");
        if (node instanceof YScalar s && s.kind() == YScalar.Kind.STRING) {
            return ofType(s.text(), null, node.where(), params);
        }
        Fields f = new Fields(node, "design");
        return ofType(f.text("type"), f, f.where("type"), params);
    }

    private static DesignSpec ofType(String type, Fields f, SourceLocation at, List<Parameter> params) {
        return switch (type) {
            case "grid" -> {
                only(f, Set.of("type"));
                yield grid(params, at);
            }
            case "lhs" -> {
                only(f, Set.of("type", "points"));
                yield new DesignSpec.LatinHypercube((int) size(f, "points", 100, MAX_POINTS, at));
            }
            case "sobol" -> sobol(f, at, params);
            case "morris" -> morris(f, at, params);
            default -> throw new SpecException(at, "design", "unknown design '" + type + "'"
                    + Suggest.didYouMean(type, List.of("grid", "lhs", "sobol", "morris")) + "; known: grid, lhs, sobol, morris");
        };
    }

    private static DesignSpec grid(List<Parameter> params, SourceLocation at) {
        long size = 1;
        for (Parameter p : params) {
            if (!(p.domain() instanceof Domain.Levels l)) {
                throw new SpecException(p.where(), "parameters." + p.path(),
                        "a grid design needs listed values or a range with steps");
            }
            size *= l.size();
            if (size > MAX_POINTS) {
                throw new SpecException(at, "design", "the grid has more than " + MAX_POINTS + " points");
            }
        }
        return new DesignSpec.Grid();
    }

    private static DesignSpec sobol(Fields f, SourceLocation at, List<Parameter> params) {
        only(f, Set.of("type", "samples"));
        if (params.size() > MAX_SOBOL_PARAMETERS) {
            throw new SpecException(at, "design", "sobol handles at most " + MAX_SOBOL_PARAMETERS + " parameters");
        }
        long samples = size(f, "samples", 256, MAX_POINTS / (params.size() + 2), at);
        if (samples < DesignSpec.Sobol.MIN_SAMPLES) {
            throw new SpecException(f == null ? at : f.where("samples"), "design.samples", "must be >= "
                    + DesignSpec.Sobol.MIN_SAMPLES + ": Sobol indices from fewer base rows are noise, was " + samples);
        }
        return new DesignSpec.Sobol((int) samples);
    }

    private static DesignSpec morris(Fields f, SourceLocation at, List<Parameter> params) {
        only(f, Set.of("type", "trajectories", "levels"));
        long r = size(f, "trajectories", 20, MAX_POINTS / (params.size() + 1), at);
        if (r < DesignSpec.Morris.MIN_TRAJECTORIES) {
            throw new SpecException(f == null ? at : f.where("trajectories"), "design.trajectories", "must be >= "
                    + DesignSpec.Morris.MIN_TRAJECTORIES + ": Morris statistics from fewer trajectories are noise, was " + r);
        }
        long p = f == null ? 4 : f.integer("levels", 2, 4);
        if (p % 2 != 0 || p > 1000) {
            throw new SpecException(f.where("levels"), "design.levels", "must be an even number between 2 and 1000, was " + p);
        }
        return new DesignSpec.Morris((int) r, (int) p);
    }

    private static long size(Fields f, String key, long fallback, long max, SourceLocation at) {
        long v = f == null ? fallback : f.integer(key, 1, fallback);
        if (v > max) {
            throw new SpecException(f == null ? at : f.where(key), "design." + key, "must be <= " + max
                    + " (the design would exceed " + MAX_POINTS + " points)");
        }
        return v;
    }

    private static void only(Fields f, Set<String> keys) {
        if (f != null) {
            f.allowOnly(keys);
        }
    }
}
