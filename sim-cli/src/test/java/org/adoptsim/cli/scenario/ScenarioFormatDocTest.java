package org.adoptsim.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/scenario-format.md names what the loader accepts and quotes what it prints. */
class ScenarioFormatDocTest {
    static final Path DOC = Path.of("../docs/scenario-format.md");
    private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    @Test
    void theTopLevelBlockAndTheContentsNameEveryTopLevelKey() throws IOException {
        String doc = Files.readString(DOC);
        String block = block(doc, "## Top level");
        String contents = doc.substring(doc.indexOf("Contents:"), doc.indexOf("## General rules"));
        for (String key : ScenarioMapper.SHAPE.fields().keySet()) {
            assertTrue(block.contains("\n" + key + ":"), "the top-level block leaves out " + key);
            if (!List.of("name", "description").contains(key)) {
                assertTrue(contents.contains("(#" + key + ")"), "the contents leave out " + key);
            }
        }
    }

    @Test
    void theRulesBlockWritesOutEverySectionAndField() throws IOException {
        String doc = Files.readString(DOC);
        String block = block(doc, "## rules");
        Map<String, ObjectShape.Field> sections = RulesMapper.SHAPE.fields();
        assertTrue(doc.contains("in " + COUNTS.get(sections.size()) + " sections"),
                "the rules section does not say it has " + sections.size() + " sections");
        for (var section : sections.values()) {
            int at = block.indexOf("\n  " + section.name() + ":");
            assertTrue(at >= 0, "the rules block leaves out " + section.name());
            int end = block.indexOf("\n  ", at + 1);
            while (end >= 0 && block.startsWith("\n   ", end)) {
                end = block.indexOf("\n  ", end + 1);
            }
            String body = block.substring(at, end < 0 ? block.length() : end);
            for (String field : ((ObjectShape) section.shape()).fields().keySet()) {
                assertTrue(body.contains("\n    " + field + ":"), "rules." + section.name() + " leaves out " + field);
            }
        }
    }

    @Test
    void theWholeNumberErrorIsQuotedAsTheLoaderPrintsIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "name: s\nrun:\n  replicates: 3\n  weeks: 52.5\n");
        LocatedException e = assertThrows(LocatedException.class, () -> ScenarioLoader.load(file));
        String line = "s.yaml:4:10: " + e.path() + ": " + e.problem();
        assertTrue(Files.readString(DOC).contains("\n" + line + "\n"), "docs/scenario-format.md does not quote: " + line);
    }

    /** DecisionPhase multiplies the Bass hazard by attention; the canary factor scales blockers and post-migration incidents. */
    @Test
    void theSchemaDescribesTheBassRuleAndTheCanaryAsTheEngineDoes() {
        String rule = DecisionRulesMapper.SHAPE.field("rule").description();
        assertTrue(rule.contains("bass: weekly probability attention * (1 - exp(-(p + q S)))"), rule);
        String canary = ToolingRulesMapper.SHAPE.field("canaryFactor").description();
        assertTrue(canary.contains("the blocker rate and the post-migration incident rate"), canary);
    }

    /** The first fenced block after a heading. */
    private static String block(String doc, String heading) {
        int h = doc.indexOf("\n" + heading + "\n");
        int open = doc.indexOf("```yaml\n", h);
        return doc.substring(open + 7, doc.indexOf("\n```", open + 7) + 1);
    }
}
