package org.adoptsim.cli.decide.optimise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.sweep.overrides.TreeOverrides;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/**
 * {@code best.yaml}: the winning plan as a strategy entry ready to paste under {@code strategies:} in
 * the scenario file — the strategy as the file writes it (a preset and any fields), with the levers set
 * by the same tree overrides the runs used, under a new name. Comment lines on top say what it is and
 * how well it did. Stateless.
 */
final class BestYaml {
    private BestYaml() {
    }

    static String of(YNode scenarioTree, String strategy, Map<String, Object> overrides, String newName,
            List<String> comments) {
        YNode tree = TreeOverrides.apply(scenarioTree, overrides, Map.of());
        YNode node = ((YMap) ((YMap) tree).get("strategies")).get(strategy);
        Object plain = plain(node);
        if (plain instanceof String preset) {
            plain = new LinkedHashMap<>(Map.of("preset", preset));
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(newName, plain);
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());
        StringBuilder b = new StringBuilder();
        for (String c : comments) {
            b.append("# ").append(c).append('\n');
        }
        try {
            b.append(yaml.writeValueAsString(entry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write best.yaml: " + e.getMessage(), e);
        }
        return b.toString();
    }

    /** The tree as plain values: maps, lists, numbers (as written), booleans, text, null. */
    private static Object plain(YNode n) {
        if (n instanceof YMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach(e -> out.put(e.key(), plain(e.value())));
            return out;
        }
        if (n instanceof YList l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        YScalar s = (YScalar) n;
        return switch (s.kind()) {
            case INTEGER, FLOAT -> s.number();
            case BOOLEAN -> s.booleanValue();
            case NULL -> null;
            case STRING -> s.text();
        };
    }

}
