package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.integer;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.scenario.input.CsvTable;
import org.adoptsim.cli.scenario.shape.ListShape;
import org.adoptsim.cli.scenario.shape.OneOfShape;
import org.adoptsim.cli.scenario.shape.Shape;
import org.adoptsim.cli.scenario.shape.StringShape;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/**
 * Edge lists, for the influence network and the dependencies: a CSV file (path relative to the
 * scenario file; a header row names the two columns, other columns are ignored) or an inline list of
 * pairs. Teams are named (with a teams file) or given by 0-based index. Every edge keeps where it was
 * written, for later checks (self-ties, cycles) to point at it.
 */
final class EdgeMapper {
    static final Shape ENDPOINT = OneOfShape.of("a team: its name in the teams file, team-K (the K-th, from 1) without one, or its 0-based index",
            integer().min(0), StringShape.text("a team name"));

    static final Shape SHAPE = OneOfShape.of("a CSV file (path relative to the scenario file) or a list of [a, b] pairs",
            StringShape.text("a CSV file path"), ListShape.of(ListShape.of(ENDPOINT).exactly(2)));

    /** One edge between team indices and where it was written. */
    record LocatedEdge(int a, int b, SourceLocation where) {
    }

    private EdgeMapper() {
    }

    /** Reads the edges; {@code columns} are the CSV header names of the two ends. */
    static List<LocatedEdge> read(YNode node, String path, ReferencedFiles files, TeamRefs refs, String... columns) {
        if (node instanceof YScalar s) {
            return csv(s, path, files, refs, columns);
        }
        List<LocatedEdge> out = new ArrayList<>();
        YList pairs = (YList) node;
        for (int i = 0; i < pairs.size(); i++) {
            YList pair = (YList) pairs.get(i);
            String p = path + "[" + i + "]";
            out.add(new LocatedEdge(end(pair.get(0), p + "[0]", refs), end(pair.get(1), p + "[1]", refs),
                    pair.where()));
        }
        return out;
    }

    private static int end(YNode node, String path, TeamRefs refs) {
        YScalar s = (YScalar) node;
        return s.isNumber() ? refs.index(s.number().longValue(), s.where(), path)
                : refs.resolve(s.text(), s.where(), path);
    }

    private static List<LocatedEdge> csv(YScalar ref, String path, ReferencedFiles files, TeamRefs refs,
            String[] columns) {
        CsvTable table = files.csv(ref.text(), ref.where(), path);
        int a = table.requireColumn(columns[0], path);
        int b = table.requireColumn(columns[1], path);
        List<LocatedEdge> out = new ArrayList<>(table.rows().size());
        for (CsvTable.Row row : table.rows()) {
            CsvTable.Cell ca = row.cells().get(a);
            CsvTable.Cell cb = row.cells().get(b);
            out.add(new LocatedEdge(refs.resolve(ca.text(), ca.where(), path), refs.resolve(cb.text(), cb.where(), path),
                    row.cells().get(0).where()));
        }
        return out;
    }
}
