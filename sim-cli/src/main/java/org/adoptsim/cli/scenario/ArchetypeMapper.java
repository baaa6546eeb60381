package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.number;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.scenario.shape.EnumShape;
import org.adoptsim.cli.scenario.shape.ListShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.ArchetypeMix;

/**
 * {@code organisation.archetypes}: the mix (shares, normalised, so they need not sum to 1) and how it is
 * assigned ({@code quota}: largest-remainder counts at random positions; {@code multinomial}: each team
 * drawn independently), or an explicit {@code list} with one archetype per team. An {@code archetype}
 * column in the teams file is an explicit list too.
 */
final class ArchetypeMapper {
    static final EnumShape ARCHETYPE = new EnumShape(ids());

    static final ObjectShape SHAPE = ObjectShape.builder()
            .description("the archetype mix and how it is assigned, or an explicit list")
            .optional("believer", number().min(0), "share of believers (innovators and early adopters)")
            .optional("pragmatist", number().min(0), "share of pragmatists (early majority)")
            .optional("conservative", number().min(0), "share of conservatives (late majority)")
            .optional("holdout", number().min(0), "share of holdouts (laggards)")
            .optional("assignment", EnumShape.of("quota", "multinomial"),
                    "quota: exact largest-remainder counts; multinomial: each team drawn independently")
            .optional("list", ListShape.of(ARCHETYPE).nonEmpty(), "one archetype per team, in team order")
            .build();

    private ArchetypeMapper() {
    }

    /** Maps over {@code base}; {@code fromTeamsFile} is the teams file's archetype column, or null. */
    static ArchetypeMix map(Fields f, ArchetypeMix base, int teams, List<Archetype> fromTeamsFile) {
        List<Archetype> explicit = base.explicit();
        if (f.has("list")) {
            if (fromTeamsFile != null) {
                throw f.error("list", "the teams file already gives each team's archetype; use one or the other");
            }
            explicit = list((YList) f.node("list"), f.pathOf("list"), teams);
        } else if (fromTeamsFile != null) {
            explicit = fromTeamsFile;
        }
        List<Archetype> chosen = explicit;
        return f.build(() -> new ArchetypeMix(
                f.number("believer", base.believer()),
                f.number("pragmatist", base.pragmatist()),
                f.number("conservative", base.conservative()),
                f.number("holdout", base.holdout()),
                f.word("assignment", w -> ArchetypeMix.Assignment.valueOf(w.toUpperCase(java.util.Locale.ROOT)),
                        base.assignment()),
                chosen));
    }

    private static List<Archetype> list(YList node, String path, int teams) {
        if (node.size() != teams) {
            throw new org.adoptsim.cli.scenario.input.ScenarioException(node.where(), path,
                    "lists " + node.size() + " archetypes for " + teams + " teams (one per team)");
        }
        List<Archetype> out = new ArrayList<>(node.size());
        for (YNode n : node.items()) {
            out.add(Archetype.parse(((YScalar) n).text()));
        }
        return out;
    }

    private static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Archetype a : Archetype.values()) {
            ids.add(a.id());
        }
        return ids;
    }
}
