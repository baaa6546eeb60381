package org.adoptsim.cli.scenario.describe;

import static org.adoptsim.cli.scenario.describe.Words.num;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.Distribution;

/** Distributions and attributes in words, for summaries: {@code lognormal(median 360, sigma 0.6)}. */
public final class DistributionText {
    private DistributionText() {
    }

    public static String of(Distribution d) {
        if (d instanceof Distribution.Constant c) {
            return num(c.value());
        } else if (d instanceof Distribution.Uniform u) {
            return "uniform(" + num(u.min()) + " to " + num(u.max()) + ")";
        } else if (d instanceof Distribution.Normal n) {
            return "normal(mean " + num(n.mean()) + ", sd " + num(n.sd()) + ")";
        } else if (d instanceof Distribution.LogNormal l) {
            return "lognormal(median " + num(l.median()) + ", sigma " + num(l.sigma()) + ")";
        } else if (d instanceof Distribution.Beta b) {
            return "beta(" + num(b.alpha()) + ", " + num(b.beta()) + ")";
        } else if (d instanceof Distribution.Poisson p) {
            return "Poisson(" + num(p.mean()) + ")";
        }
        double[] v = ((Distribution.Values) d).values();
        return v.length + " explicit values (" + num(Arrays.stream(v).min().orElse(0)) + " to "
                + num(Arrays.stream(v).max().orElse(0)) + ")";
    }

    /** An attribute: its distribution for all teams, or per archetype where they differ. */
    public static String of(Attribute a) {
        if (a.byArchetype().isEmpty()) {
            return of(a.all());
        }
        List<String> parts = new ArrayList<>();
        for (Archetype t : Archetype.values()) {
            parts.add(t.id() + " " + of(a.forArchetype(t)));
        }
        return String.join(", ", parts);
    }
}
