package org.adoptsim.core.org;

import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.ArchetypeMix;
import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.KnownTeams;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.TeamAttributes;
import org.adoptsim.core.config.TeamField;
import org.adoptsim.core.random.Purpose;
import org.adoptsim.core.random.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;

/**
 * Draws an {@link Org} from its specification. Every attribute, the archetypes and each graph come
 * from their own stream of {@link RandomStreams}, and per-archetype distributions from their own
 * sub-stream, so the organisation depends only on (seed, replicate) and changing one attribute's
 * distribution leaves every other draw where it was. What {@link Organisation#known()} knows about a
 * team replaces the drawn value after the draw, so unknown teams keep the values they would have
 * without it; a known archetype is set before the attributes are drawn, so the team's unknown
 * attributes come from its own archetype's distributions.
 */
public final class OrgFactory {
    private OrgFactory() {
    }

    public static Org draw(Organisation spec, RandomStreams streams) {
        int n = spec.teams();
        KnownTeams known = spec.known();
        int[] department = new int[n];
        for (int i = 0; i < n; i++) {
            department[i] = known.department(i) >= 0 ? known.department(i) : i % spec.departments();
        }
        Archetype[] archetype = archetypes(spec.archetypes(), n, streams.stream(Purpose.ARCHETYPES));
        for (int i = 0; i < known.teams(); i++) {
            if (known.archetype(i) != null) {
                archetype[i] = known.archetype(i);
            }
        }
        TeamAttributes a = spec.attributes();
        TeamsByArchetype groups = new TeamsByArchetype(archetype);
        double[] threshold = known(draw("threshold", a.threshold(), groups, streams, Purpose.THRESHOLD),
                known, TeamField.THRESHOLD, a);
        double[] proofRaw = known(draw("proofNeeded", a.proofNeeded(), groups, streams, Purpose.PROOF_NEEDED),
                known, TeamField.PROOF_NEEDED, a);
        double[] effort = known(draw("effort", a.effort(), groups, streams, Purpose.EFFORT),
                known, TeamField.EFFORT, a);
        double[] capacity = known(draw("capacity", a.capacity(), groups, streams, Purpose.CAPACITY),
                known, TeamField.CAPACITY, a);
        double[] gain = known(draw("gain", a.gain(), groups, streams, Purpose.GAIN), known, TeamField.GAIN, a);
        double[] stayCost = known(draw("stayCost", a.stayCost(), groups, streams, Purpose.STAY_COST),
                known, TeamField.STAY_COST, a);
        double[] horizon = known(draw("horizon", a.horizon(), groups, streams, Purpose.HORIZON),
                known, TeamField.HORIZON, a);
        int[] hidden = rounded(known(draw("hiddenDeps", a.hiddenDeps(), groups, streams, Purpose.HIDDEN_DEPS),
                known, TeamField.HIDDEN_DEPS, a));
        double[] convThreshold = converted(a.threshold(), groups, streams, Purpose.CONVERTED_THRESHOLD, threshold);
        int[] convProof = rounded(converted(a.proofNeeded(), groups, streams, Purpose.CONVERTED_PROOF, proofRaw));
        double[] convHorizon = converted(a.horizon(), groups, streams, Purpose.CONVERTED_HORIZON, horizon);
        int[] proof = rounded(proofRaw);
        boolean complete = spec.network() instanceof NetworkSpec.Complete;
        Graph network = Networks.build(spec.network(), n, department, spec.departments(),
                streams.stream(Purpose.NETWORK));
        Graph upstream = Dependencies.build(spec.dependencies(), n, streams.stream(Purpose.DEPENDENCIES));
        return new Org(department, archetype, threshold, proof, effort, capacity, gain, stayCost, horizon, hidden,
                convThreshold, convProof, convHorizon, complete, network, upstream);
    }

    static Archetype[] archetypes(ArchetypeMix mix, int n, UniformRandomProvider rng) {
        Archetype[] out = new Archetype[n];
        if (!mix.explicit().isEmpty()) {
            if (mix.explicit().size() != n) {
                throw new IllegalArgumentException("archetypes.explicit: lists " + mix.explicit().size()
                        + " archetypes for " + n + " teams");
            }
            return mix.explicit().toArray(out);
        }
        double[] shares = mix.normalisedShares();
        Archetype[] all = Archetype.values();
        if (mix.assignment() == ArchetypeMix.Assignment.MULTINOMIAL) {
            for (int i = 0; i < n; i++) {
                double u = rng.nextDouble();
                int k = 0;
                while (k < all.length - 1 && u >= shares[k]) {
                    u -= shares[k];
                    k++;
                }
                out[i] = all[k];
            }
            return out;
        }
        int[] counts = largestRemainder(shares, n);
        int[] order = PermutationSampler.natural(n);
        PermutationSampler.shuffle(rng, order);
        int pos = 0;
        for (int k = 0; k < all.length; k++) {
            for (int c = 0; c < counts[k]; c++) {
                out[order[pos++]] = all[k];
            }
        }
        return out;
    }

    /** Hamilton's method: floor of each quota, then the largest remainders get the rest (ties: earlier first). */
    static int[] largestRemainder(double[] shares, int n) {
        int[] counts = new int[shares.length];
        double[] rem = new double[shares.length];
        int left = n;
        for (int k = 0; k < shares.length; k++) {
            double quota = shares[k] * n;
            counts[k] = (int) Math.floor(quota + 1e-9);
            rem[k] = quota - counts[k];
            left -= counts[k];
        }
        while (left > 0) {
            int best = 0;
            for (int k = 1; k < shares.length; k++) {
                if (rem[k] > rem[best] + 1e-12) {
                    best = k;
                }
            }
            counts[best]++;
            rem[best] = -1;
            left--;
        }
        return counts;
    }

    /**
     * Draws one attribute for every team, each archetype from its own sub-stream in team order, one
     * archetype's teams at a time (the same values as team by team: the sub-streams are separate).
     */
    private static double[] draw(String field, Attribute attr, TeamsByArchetype groups, RandomStreams streams,
            Purpose purpose) {
        int n = groups.teams();
        double[] out = new double[n];
        for (Archetype a : Archetype.values()) {
            Distribution d = attr.forArchetype(a);
            if (d instanceof Distribution.Values v && v.size() != n) {
                throw new IllegalArgumentException(field + ".values: lists " + v.size() + " values for " + n + " teams");
            }
            Distribution.TeamSampler sampler = d.sampler(streams.stream(purpose, a.ordinal()));
            sampler.fill(out, groups.order, groups.start[a.ordinal()], groups.start[a.ordinal() + 1]);
        }
        for (int i = 0; i < n; i++) {
            out[i] = attr.clip(out[i]);
        }
        return out;
    }

    /** Team indices grouped by archetype (ascending within each), so attribute draws go group by group. */
    private static final class TeamsByArchetype {
        final int[] order;
        final int[] start = new int[Archetype.values().length + 1];

        TeamsByArchetype(Archetype[] archetype) {
            order = new int[archetype.length];
            for (Archetype a : archetype) {
                start[a.ordinal() + 1]++;
            }
            for (int k = 0; k < Archetype.values().length; k++) {
                start[k + 1] += start[k];
            }
            int[] next = start.clone();
            for (int i = 0; i < archetype.length; i++) {
                order[next[archetype[i].ordinal()]++] = i;
            }
        }

        int teams() {
            return order.length;
        }
    }

    /**
     * Replaces the drawn values of the teams whose value is known (clipped to the attribute's range,
     * like a drawn one). The draws were made first, on their own streams, so the unknown teams get
     * exactly the values they would get without the table.
     */
    private static double[] known(double[] drawn, KnownTeams known, TeamField f, TeamAttributes a) {
        Attribute attr = f.of(a);
        for (int i = 0; i < known.teams(); i++) {
            double v = known.value(f, i);
            if (!Double.isNaN(v)) {
                drawn[i] = attr.clip(v);
            }
        }
        return drawn;
    }

    /**
     * The pragmatist values a holdout takes on when it is converted, drawn for the holdouts from the
     * pragmatist distribution on the holdouts' sub-stream; every other team keeps its own value (only
     * holdouts are ever converted). The per-team lengths were checked by {@link #draw}.
     */
    private static double[] converted(Attribute attr, TeamsByArchetype groups, RandomStreams streams, Purpose purpose,
            double[] own) {
        int holdout = Archetype.HOLDOUT.ordinal();
        Distribution.TeamSampler sampler = attr.forArchetype(Archetype.PRAGMATIST)
                .sampler(streams.stream(purpose, holdout));
        double[] out = own.clone();
        int from = groups.start[holdout];
        int to = groups.start[holdout + 1];
        sampler.fill(out, groups.order, from, to);
        for (int k = from; k < to; k++) {
            int i = groups.order[k];
            out[i] = attr.clip(out[i]);
        }
        return out;
    }

    private static int[] rounded(double[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (int) Math.round(values[i]);
        }
        return out;
    }
}
