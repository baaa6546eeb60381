package org.adoptsim.core.org;

import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.ArchetypeMix;
import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.TeamAttributes;
import org.adoptsim.core.random.Purpose;
import org.adoptsim.core.random.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;

/**
 * Draws an {@link Org} from its specification. Every attribute, the archetypes and each graph come
 * from their own stream of {@link RandomStreams}, and per-archetype distributions from their own
 * sub-stream, so the organisation depends only on (seed, replicate) and changing one attribute's
 * distribution leaves every other draw where it was.
 */
public final class OrgFactory {
    private OrgFactory() {
    }

    public static Org draw(Organisation spec, RandomStreams streams) {
        int n = spec.teams();
        int[] department = new int[n];
        for (int i = 0; i < n; i++) {
            department[i] = i % spec.departments();
        }
        Archetype[] archetype = archetypes(spec.archetypes(), n, streams.stream(Purpose.ARCHETYPES));
        TeamAttributes a = spec.attributes();
        double[] threshold = draw("threshold", a.threshold(), archetype, streams, Purpose.THRESHOLD, null);
        int[] proof = rounded(draw("proofNeeded", a.proofNeeded(), archetype, streams, Purpose.PROOF_NEEDED, null));
        double[] effort = draw("effort", a.effort(), archetype, streams, Purpose.EFFORT, null);
        double[] capacity = draw("capacity", a.capacity(), archetype, streams, Purpose.CAPACITY, null);
        double[] gain = draw("gain", a.gain(), archetype, streams, Purpose.GAIN, null);
        double[] stayCost = draw("stayCost", a.stayCost(), archetype, streams, Purpose.STAY_COST, null);
        double[] horizon = draw("horizon", a.horizon(), archetype, streams, Purpose.HORIZON, null);
        int[] hidden = rounded(draw("hiddenDeps", a.hiddenDeps(), archetype, streams, Purpose.HIDDEN_DEPS, null));
        Archetype p = Archetype.PRAGMATIST;
        double[] convThreshold = draw("threshold", a.threshold(), archetype, streams, Purpose.CONVERTED_THRESHOLD, p);
        int[] convProof = rounded(draw("proofNeeded", a.proofNeeded(), archetype, streams, Purpose.CONVERTED_PROOF, p));
        double[] convHorizon = draw("horizon", a.horizon(), archetype, streams, Purpose.CONVERTED_HORIZON, p);
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
     * Draws one attribute for every team; with {@code as} set, every team draws as that archetype
     * (used for the pragmatist values a converted holdout takes on).
     */
    private static double[] draw(String field, Attribute attr, Archetype[] archetype, RandomStreams streams,
            Purpose purpose, Archetype as) {
        int n = archetype.length;
        Distribution.TeamSampler[] samplers = new Distribution.TeamSampler[Archetype.values().length];
        for (Archetype a : Archetype.values()) {
            Distribution d = attr.forArchetype(as == null ? a : as);
            if (d instanceof Distribution.Values v && v.size() != n) {
                throw new IllegalArgumentException(field + ".values: lists " + v.size() + " values for " + n + " teams");
            }
            samplers[a.ordinal()] = d.sampler(streams.stream(purpose, a.ordinal()));
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = attr.clip(samplers[archetype[i].ordinal()].sample(i));
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
