package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.integer;
import static org.adoptsim.cli.scenario.shape.NumberShape.number;
import static org.adoptsim.cli.scenario.shape.NumberShape.probability;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.cli.scenario.shape.EnumShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.OneOfShape;
import org.adoptsim.cli.scenario.shape.Shape;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.core.config.NetworkSpec;

/**
 * {@code organisation.network}, the influence network: {@code none}, {@code complete}, or one of
 * {@code erdosRenyi: {meanDegree}}, {@code wattsStrogatz: {k, rewire}}, {@code barabasiAlbert: {m}},
 * {@code departments: {inside, crossTiesPerTeam}} (fields missing here keep the core's default
 * network's values), {@code edges: FILE.csv} (columns {@code from,to}) or {@code edges: [[a, b], ...]}.
 */
final class NetworkMapper {
    static final Shape SHAPE = OneOfShape.of("none, complete, or one of {erdosRenyi: {meanDegree}}, "
                    + "{wattsStrogatz: {k, rewire}}, {barabasiAlbert: {m}}, {departments: {inside, crossTiesPerTeam}}, "
                    + "{edges: FILE.csv or [[a, b], ...]}",
            EnumShape.of("none", "complete"),
            single("erdosRenyi", "G(n, p) random graph", ObjectShape.builder()
                    .required("meanDegree", number().min(0), "expected ties per team").build()),
            single("wattsStrogatz", "ring lattice with rewiring (small world)", ObjectShape.builder()
                    .required("k", integer().min(0), "neighbours per team on the ring (even)")
                    .required("rewire", probability(), "probability each tie is rewired").build()),
            single("barabasiAlbert", "preferential attachment", ObjectShape.builder()
                    .required("m", integer().min(1), "ties each new team makes").build()),
            single("departments", "dense inside departments, sparse across", ObjectShape.builder()
                    .optional("inside", probability(), "probability each pair inside a department is tied")
                    .optional("crossTiesPerTeam", number().min(0), "ties per team to other departments")
                    .build()),
            single("edges", "an explicit list of ties", EdgeMapper.SHAPE));

    private NetworkMapper() {
    }

    static ObjectShape single(String key, String description, Shape value) {
        return ObjectShape.builder().description(description).required(key, value, description).build();
    }

    static NetworkSpec map(YNode node, String path, ReferencedFiles files, TeamRefs refs) {
        if (node instanceof YScalar s) {
            return s.text().equals("none") ? new NetworkSpec.None() : new NetworkSpec.Complete();
        }
        YMap.Entry e = ((YMap) node).entries().get(0);
        Fields outer = Fields.of(node, path);
        if (e.key().equals("edges")) {
            return edges(e.value(), outer.pathOf("edges"), files, refs);
        }
        Fields f = outer.child(e.key());
        return f.build(() -> switch (e.key()) {
            case "erdosRenyi" -> new NetworkSpec.ErdosRenyi(f.number("meanDegree", 0));
            case "wattsStrogatz" -> new NetworkSpec.WattsStrogatz(f.integer("k", 0), f.number("rewire", 0));
            case "barabasiAlbert" -> new NetworkSpec.BarabasiAlbert(f.integer("m", 0));
            case "departments" -> departments(f);
            default -> throw new IllegalStateException("unchecked network " + e.key());
        });
    }

    private static NetworkSpec departments(Fields f) {
        if (!(NetworkSpec.defaults() instanceof NetworkSpec.Departments d)) {
            for (String key : List.of("inside", "crossTiesPerTeam")) {
                if (!f.has(key)) {
                    throw f.error("needs '" + key + "'");
                }
            }
            return new NetworkSpec.Departments(f.number("inside", 0), f.number("crossTiesPerTeam", 0));
        }
        return new NetworkSpec.Departments(f.number("inside", d.inside()), f.number("crossTiesPerTeam",
                d.crossTiesPerTeam()));
    }

    private static NetworkSpec edges(YNode node, String path, ReferencedFiles files, TeamRefs refs) {
        List<NetworkSpec.Edge> edges = new ArrayList<>();
        for (EdgeMapper.LocatedEdge e : EdgeMapper.read(node, path, files, refs, "from", "to")) {
            if (e.a() == e.b()) {
                throw new ScenarioException(e.where(), path, refs.name(e.a()) + " cannot be tied to itself");
            }
            edges.add(new NetworkSpec.Edge(e.a(), e.b()));
        }
        return new NetworkSpec.EdgeList(edges);
    }
}
