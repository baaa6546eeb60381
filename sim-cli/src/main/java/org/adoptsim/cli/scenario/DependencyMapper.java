package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.number;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.scenario.shape.EnumShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.OneOfShape;
import org.adoptsim.cli.scenario.shape.Shape;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.NetworkSpec;

/**
 * {@code organisation.dependencies}: {@code none}, {@code random: {meanUpstream}} (missing: the core's
 * default), or {@code edges: FILE.csv} (columns {@code team,upstream}: the team cannot switch the old
 * system off before its upstream team has) or {@code edges: [[team, upstream], ...]}. The graph must be
 * acyclic; a cycle is reported at one of its edges.
 */
final class DependencyMapper {
    static final Shape SHAPE = OneOfShape.of("none, {random: {meanUpstream}} or {edges: FILE.csv or [[team, upstream], ...]}",
            EnumShape.of("none"),
            NetworkMapper.single("random", "teams in a random order, each taking Poisson(meanUpstream) upstream "
                    + "teams from those before it", ObjectShape.builder()
                    .optional("meanUpstream", number().min(0), "mean number of upstream teams per team").build()),
            NetworkMapper.single("edges", "explicit dependencies: each pair is [team, upstream]", EdgeMapper.SHAPE));

    private DependencyMapper() {
    }

    static DependencySpec map(YNode node, String path, ReferencedFiles files, TeamRefs refs) {
        if (node instanceof YScalar) {
            return new DependencySpec.None();
        }
        YMap.Entry e = ((YMap) node).entries().get(0);
        Fields outer = Fields.of(node, path);
        if (e.key().equals("edges")) {
            String p = outer.pathOf("edges");
            List<EdgeMapper.LocatedEdge> edges = EdgeMapper.read(e.value(), p, files, refs, "team", "upstream");
            Cycles.requireAcyclic(edges, refs, p);
            List<NetworkSpec.Edge> out = new ArrayList<>(edges.size());
            edges.forEach(x -> out.add(new NetworkSpec.Edge(x.a(), x.b())));
            return new DependencySpec.EdgeList(out);
        }
        Fields f = outer.child("random");
        if (!(DependencySpec.defaults() instanceof DependencySpec.Random r)) {
            if (!f.has("meanUpstream")) {
                throw f.error("needs 'meanUpstream'");
            }
            return f.build(() -> new DependencySpec.Random(f.number("meanUpstream", 0)));
        }
        return f.build(() -> new DependencySpec.Random(f.number("meanUpstream", r.meanUpstream())));
    }
}
