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

    static Manifest sample(Map<String, Manifest.FileEntry> files, List<String> strategies, int weeks) {
        return Manifest.builder().toolVersion("1.2.3").command("compare")
                .scenario(new Manifest.ScenarioInfo("demo", 42, "demo.yaml", "ab12",
                        List.of(new InputFile("teams.csv", "cd34"), new InputFile("edges/network.csv", "ef56")),
                        "A demo."))
                .seed(42L).replicates(6).files(files).generated(List.of("report.html"))
                .section(new Comparison(weeks, 6, strategies, strategies.get(0), List.of("png"), null).section())
                .execution(new Manifest.Execution("adoptsim compare demo.yaml", "/home/u", 2, "2025-01-01T00:00:00Z",
                        "2025-01-01T00:00:02Z", 2.0, "17", "Linux amd64"))
                .build();
    }

    private static Map<String, Manifest.FileEntry> runs() {
        return Map.of("runs.csv", new Manifest.FileEntry(12, "ff"));
    }

    @Test
    void roundTripsWithAFixedKeyOrder() {
        Manifest m = sample(runs(), List.of("a", "b"), 104);
        String json = ManifestJson.write(m);
        assertEquals(m, ManifestJson.read("manifest.json", json));
        assertTrue(json.startsWith("{\n  \"format\" : \"adoptsim-output/2\",\n  \"tool\" : \"adoptsim\",\n"), json);
        assertTrue(json.indexOf("\"execution\"") > json.indexOf("\"files\""), "execution details last");
        assertTrue(json.contains("\"sha256\" : \"ab12\",\n    \"inputs\" : [ {\n      \"file\" : \"teams.csv\",\n"
                + "      \"sha256\" : \"cd34\"\n    }, {\n"), json);
    }

    @Test
    void aManifestFromBeforeInputsWereRecordedReadsAndWritesBackUnchanged() {
        Manifest m = sample(runs(), List.of("a"), 104);
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
        Manifest builtIn = m.toBuilder().command("run").status(Manifest.Status.INTERRUPTED)
                .scenario(new Manifest.ScenarioInfo("x", 3, null, null, List.of(), null)).seed(1L).replicates(5)
                .section(new Comparison(10, 2, List.of("a"), null, List.of("svg", "pdf"), null).section()).generated(List.of())
                .build();
        assertEquals(builtIn, ManifestJson.read("manifest.json", ManifestJson.write(builtIn)));
    }

    @Test
    void everyManifestIsTwoSpaceIndentedJsonEndingInOneLineBreak() {
        com.fasterxml.jackson.databind.node.ObjectNode n = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode();
        n.put("name", "s");
        n.putArray("metrics").add("final_done_share");
        assertEquals("{\n  \"name\" : \"s\",\n  \"metrics\" : [ \"final_done_share\" ]\n}\n", ManifestJson.text(n));
        String written = ManifestJson.write(sample(runs(), List.of("a", "b"), 104));
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
        assertEquals("manifest.json: not valid JSON at line 1, column 2", notJson.getMessage());
        OutputFormatException cut = assertThrows(OutputFormatException.class,
                () -> ManifestJson.read("manifest.json", "{\n  \"format\": \"adoptsim-output/2\",\n  \"tool\": \"ad"));
        assertEquals("manifest.json: not valid JSON: it ends at line 3, column 14, before the document is complete"
                + " (was the file cut short?)", cut.getMessage());
        OutputFormatException missing = assertThrows(OutputFormatException.class,
                () -> ManifestJson.read("manifest.json", "{\"format\":\"adoptsim-output/2\"}"));
        assertTrue(missing.getMessage().contains("missing field"), missing.getMessage());
    }

    @Test
    void aFormatOneManifestOfACompareStillReads() {
        String v1 = "{\"format\":\"adoptsim-output/1\",\"tool\":\"adoptsim\",\"version\":\"0.1\",\"command\":\"compare\","
                + "\"complete\":false,\"scenario\":{\"name\":\"s\",\"teams\":3,\"file\":\"s.yaml\",\"sha256\":\"ab\","
                + "\"description\":null},\"seed\":7,\"weeks\":52,\"replicates\":10,\"replicatesCompleted\":4,"
                + "\"strategies\":[\"a\",\"b\"],\"baseline\":\"a\",\"chartFormats\":[\"png\"],"
                + "\"files\":{\"runs.csv\":\"ff\"},\"generated\":[\"report.md\"],\"execution\":{\"commandLine\":\"x\","
                + "\"threads\":2,\"started\":null,\"finished\":null,\"seconds\":1.5,\"java\":\"17\"}}";
        Manifest m = ManifestJson.read("manifest.json", v1);
        assertEquals(Manifest.Status.INTERRUPTED, m.status());
        assertEquals(List.of("a", "b"), m.strategies());
        assertEquals(4, m.replicatesCompleted());
        assertEquals(52, m.weeks());
        assertEquals(Map.of("runs.csv", "ff"), m.hashes());
        assertEquals(7L, m.seed());
    }

    @Test
    void aSectionOfAnotherCommandRoundTripsAndIsNotAComparison() {
        Manifest.Section s = Manifest.Section.of("optimisation");
        com.fasterxml.jackson.databind.node.ObjectNode f = s.fields();
        f.put("candidates", 12).putArray("levers").add("mandate.triggerShare");
        Manifest m = sample(runs(), List.of("a"), 10).toBuilder().command("optimise")
                .section(new Manifest.Section("optimisation", f)).build();
        String json = ManifestJson.write(m);
        assertTrue(json.contains("\"optimisation\" : {\n    \"candidates\" : 12,"), json);
        Manifest read = ManifestJson.read("manifest.json", json);
        assertEquals(m, read);
        assertThrows(OutputFormatException.class, read::comparison);
    }
}
