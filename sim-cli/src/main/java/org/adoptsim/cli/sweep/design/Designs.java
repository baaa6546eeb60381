package org.adoptsim.cli.sweep.design;

import java.util.List;
import org.adoptsim.cli.sweep.spec.DesignSpec;
import org.adoptsim.cli.sweep.spec.Domain;
import org.adoptsim.cli.sweep.spec.Parameter;

/** Builds the {@link Design} a sweep file asks for; random designs are keyed by the root seed. */
public final class Designs {
    private static final long DESIGN_STREAM = 0x5EED_DE51_6EL;

    private Designs() {
    }

    public static Design of(DesignSpec spec, List<Parameter> parameters, long rootSeed) {
        if (spec instanceof DesignSpec.Grid) {
            int[] levels = new int[parameters.size()];
            for (int d = 0; d < levels.length; d++) {
                levels[d] = ((Domain.Levels) parameters.get(d).domain()).size();
            }
            return new GridDesign(levels);
        }
        return sampled(spec, parameters.size(), rootSeed);
    }

    /** A Latin hypercube, Saltelli or Morris design for {@code k} parameters (which need no domains). */
    public static Design sampled(DesignSpec spec, int k, long rootSeed) {
        long key = Keys.derive(rootSeed, DESIGN_STREAM);
        if (spec instanceof DesignSpec.LatinHypercube l) {
            return new LatinHypercube(l.points(), k, key);
        }
        if (spec instanceof DesignSpec.Sobol s) {
            return new SaltelliDesign(s.samples(), k);
        }
        if (spec instanceof DesignSpec.Morris m) {
            return new MorrisDesign(m.trajectories(), k, m.levels(), key);
        }
        throw new IllegalArgumentException("a grid needs its parameters' levels");
    }
}
