package org.adoptsim.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.scenario.input.TextFile;
import org.adoptsim.cli.sweep.overrides.TreeOverrides;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YamlLimits;
import org.adoptsim.cli.yaml.YamlTreeReader;
import org.junit.jupiter.api.Test;

/**
 * What {@link SharedParts} keeps stays bounded by the base tree, whatever the points override: a part
 * mapped with other arguments (another teams table, other strategies) replaces its result.
 */
class SharedPartsTest {

    @Test
    void whatIsKeptStopsGrowingHoweverManyPointsThereAre() {
        Path file = Path.of("../scenarios/acme-today/acme-today.yaml");
        YNode root = YamlTreeReader.read(TextFile.read(file, "acme-today.yaml", ScenarioLoader.MAX_BYTES, null, ""),
                "acme-today.yaml", YamlLimits.defaults());
        SharedParts shared = SharedParts.of(root);
        LoadContext ctx = LoadContext.of(file, file.toString());
        List<Integer> sizes = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 1; i <= 20; i++) {
                point(root, shared, ctx, Map.of("strategies.earned.coalition.size", (long) (20 * round + i)));
                point(root, shared, ctx, Map.of("organisation.teamsFile", "teams.csv",
                        "rules.platform.capacity", (long) (100 + 20 * round + i)));
                point(root, shared, ctx, Map.of("strategies.mandate-early.mandate.atWeek", (long) (round + i)));
            }
            sizes.add(shared.size());
        }
        assertTrue(sizes.get(0) > 20, "parts were kept: " + sizes);
        assertEquals(sizes.get(0), sizes.get(2), "what is kept after each 60 points: " + sizes);
    }

    private static void point(YNode root, SharedParts shared, LoadContext ctx, Map<String, Object> overrides) {
        ScenarioMapper.map(TreeOverrides.apply(root, overrides, Map.of()), "acme-today.yaml", "acme-today", ctx, shared);
    }
}
