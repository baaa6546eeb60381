package org.adoptsim.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.adoptsim.cli.scenario.input.InputFile;
import org.junit.jupiter.api.Test;

class ManifestJsonTest {

    static Manifest sample(Map<String, String> files, List<String> strategies, int weeks) {
        return new Manifest("1.2.3", "compare", true, new Manifest.ScenarioInfo("demo", 42, "demo.yaml", "ab12",
                List.of(new InputFile("teams.csv", "cd34"), new InputFile("edges/network.csv", "ef56")), "A demo."), 42,
                weeks, 6, 6, strategies, strategies.get(0), List.of("png"), files, List.of("report.html"),
                new Manifest.Execution("adoptsim compare demo.yaml", 2, "2025-01-01T00:00:00Z",
                        "2025-01-01T00:00:02Z", 2.0, "17"));
    }

    @Test
    void roundTripsWithAFixedKeyOrder() {
        Manifest m = sample(Map.of("runs.csv", "ff"), List.of("a", "b"), 104);
        String json = ManifestJson.write(m);
        assertEquals(m, ManifestJson.read("manifest.json", json));
        assertTrue(json.startsWith("{\n  \"format\" : \"adoptsim-output/1\",\n  \"tool\" : \"adoptsim\",\n"), json);
        assertTrue(json.indexOf("\"execution\"") > json.indexOf("\"files\""), "execution details last");
        assertTrue(json.contains("\"sha256\" : \"ab12\",\n    \"inputs\" : [ {\n      \"file\" : \"teams.csv\",\n"
                + "      \"sha256\" : \"cd34\"\n    }, {\n"), json);
    }

    @Test
    void aManifestFromBeforeInputsWereRecordedReadsAndWritesBackUnchanged() {
        Manifest m = sample(Map.of("runs.csv", "ff"), List.of("a"), 104);
        String json = ManifestJson.write(m);
        String old = json.replaceAll("(?s)\n    \"inputs\" : \\[.*?\\],", "");
        assertTrue(!old.contains("inputs") && old.contains("\"sha256\" : \"ab12\",\n    \"description\""), old);
        Manifest read = ManifestJson.read("manifest.json", old);
        assertNull(read.scenario().inputs(), "unknown, not empty");
        assertEquals(m.files(), read.files());
        assertEquals(old, ManifestJson.write(read));
    }

    @Test
    void aBuiltInScenarioHasNoFileOrHash() {
        Manifest m = sample(Map.of(), List.of("a"), 10);
        Manifest builtIn = new Manifest(m.toolVersion(), "run", false, new Manifest.ScenarioInfo("x", 3, null, null, List.of(), null),
                1, 10, 5, 2, List.of("a"), null, List.of("svg", "pdf"), Map.of(), List.of(), m.execution());
        assertEquals(builtIn, ManifestJson.read("manifest.json", ManifestJson.write(builtIn)));
    }

    @Test
    void everyManifestIsTwoSpaceIndentedJsonEndingInOneLineBreak() {
        com.fasterxml.jackson.databind.node.ObjectNode n = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode();
        n.put("name", "s");
        n.putArray("metrics").add("final_done_share");
        assertEquals("{\n  \"name\" : \"s\",\n  \"metrics\" : [ \"final_done_share\" ]\n}\n", ManifestJson.text(n));
        String written = ManifestJson.write(sample(Map.of("runs.csv", "ff"), List.of("a", "b"), 104));
        assertEquals(written, ManifestJson.text(readTree(written)), "compare's manifest is written the same way");
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void badManifestsAreNamed() {
        OutputFormatException notJson = assertThrows(OutputFormatException.class,
                () -> ManifestJson.read("manifest.json", "{oops"));
        assertTrue(notJson.getMessage().startsWith("manifest.json: not valid JSON"));
        OutputFormatException missing = assertThrows(OutputFormatException.class,
                () -> ManifestJson.read("manifest.json", "{\"format\":\"adoptsim-output/1\"}"));
        assertTrue(missing.getMessage().contains("missing field"), missing.getMessage());
    }
}
