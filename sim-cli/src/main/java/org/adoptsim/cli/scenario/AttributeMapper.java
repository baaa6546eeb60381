package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.number;

import java.util.EnumMap;
import java.util.Map;
import org.adoptsim.cli.scenario.shape.NamedShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.OneOfShape;
import org.adoptsim.cli.scenario.shape.Shape;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.Distribution;

/**
 * One team attribute. Written as a distribution it applies to every team and replaces the default's
 * per-archetype distributions. Written as {@code {all, byArchetype, min, max}}: {@code all} replaces the
 * distribution for every team (and clears the default's per-archetype ones unless {@code byArchetype}
 * is also given); {@code byArchetype} alone changes only the archetypes it names; {@code min}/{@code max}
 * set the range draws are clipped to. Explicit values must list one value per team.
 */
final class AttributeMapper {
    static final ObjectShape LONG_FORM = ObjectShape.builder()
            .description("a distribution for all teams, per-archetype distributions, and the clipping range")
            .optional("all", DistributionMapper.SHAPE, "the distribution for every team")
            .optional("byArchetype", ByArchetype.of(DistributionMapper.SHAPE,
                    "distributions per archetype, replacing 'all' for those archetypes", "the distribution"),
                    "distributions per archetype")
            .optional("min", number().min(0),
                    "draws are clipped to at least this (every attribute is hours, weeks, a share or a count)")
            .optional("max", number(), "draws are clipped to at most this (>= min)")
            .build();

    static final Shape SHAPE = new NamedShape("attribute", OneOfShape.of(
            "a distribution (for every team) or {all, byArchetype, min, max}",
            DistributionMapper.SHAPE, LONG_FORM));

    private AttributeMapper() {
    }

    /** Maps a checked node over {@code base}; explicit values must have {@code teams} entries. */
    static Attribute map(YNode node, String path, Attribute base, int teams) {
        if (DistributionMapper.isDistribution(node)) {
            Distribution d = DistributionMapper.map(node, path);
            checkLength(node, path, d, teams);
            return base.withAll(d);
        }
        Fields f = Fields.of(node, path);
        Distribution all = base.all();
        Map<Archetype, Distribution> by = new EnumMap<>(Archetype.class);
        if (f.has("all")) {
            all = DistributionMapper.map(f.node("all"), f.pathOf("all"));
            checkLength(f.node("all"), f.pathOf("all"), all, teams);
        } else {
            by.putAll(base.byArchetype());
        }
        if (f.has("byArchetype")) {
            Fields b = f.child("byArchetype");
            for (Archetype a : Archetype.values()) {
                if (b.has(a.id())) {
                    Distribution d = DistributionMapper.map(b.node(a.id()), b.pathOf(a.id()));
                    checkLength(b.node(a.id()), b.pathOf(a.id()), d, teams);
                    by.put(a, d);
                }
            }
        }
        double min = f.number("min", base.min());
        double max = f.number("max", base.max());
        if (min > max) {
            throw f.error(f.has("max") ? "max" : "min", "the range is empty: min " + Fields.plain(min) + " > max "
                    + Fields.plain(max));
        }
        Distribution finalAll = all;
        return f.build(() -> new Attribute(finalAll, by, min, max));
    }

    private static void checkLength(YNode node, String path, Distribution d, int teams) {
        if (d instanceof Distribution.Values v && v.size() != teams) {
            YNode list = ((YMap) node).get("values");
            throw new org.adoptsim.cli.scenario.input.ScenarioException(list.where(), path + ".values",
                    "lists " + ((YList) list).size() + " values for " + teams + " teams (one per team)");
        }
    }
}
