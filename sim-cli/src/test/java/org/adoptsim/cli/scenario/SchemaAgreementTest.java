package org.adoptsim.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.adoptsim.cli.LocatedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema and the loader agree: the schema in docs is the one the shapes write, it
 * is a valid 2020-12 schema, every shipped scenario conforms, every malformed test file is rejected by
 * both (or, for cross-field and file-content rules the schema cannot express, accepted by the schema
 * and said so in the file), and thousands of mutants of real files get the same verdict from both.
 */
class SchemaAgreementTest {
    static final Path PUBLISHED = Path.of("../docs/scenario.schema.json");

    static Stream<Path> scenarios() throws IOException {
        List<Path> all = new ArrayList<>(ShippedScenariosTest.shipped());
        all.add(Yaml.RESOURCES.resolve("good/every-field.yaml"));
        return all.stream();
    }

    @Test
    void thePublishedSchemaIsTheOneTheShapesWrite() throws IOException {
        assertEquals(ScenarioSchema.text(), Files.readString(PUBLISHED),
                "docs/scenario.schema.json is stale: regenerate it with ./adoptsim schema > docs/scenario.schema.json");
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> problems = meta.validate(new ObjectMapper().readTree(ScenarioSchema.text()));
        assertEquals(Set.of(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyShippedScenarioConforms(Path file) throws IOException {
        assertEquals(List.of(), SchemaCheck.problems(Files.readString(file)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.adoptsim.cli.scenario.ScenarioErrorsTest#badFiles")
    void malformedFilesAreRejectedByBothOrMarkedAsBeyondTheSchema(Path file) throws IOException {
        String verdict = ScenarioErrorsTest.header(file, "schema");
        assertThrows(LocatedException.class, () -> ScenarioLoader.load(file));
        if (verdict.equals("unparsable")) {
            return;
        }
        List<String> problems = SchemaCheck.problems(Files.readString(file));
        if (verdict.equals("rejects")) {
            assertFalse(problems.isEmpty(), "the schema accepts " + file);
        } else {
            assertTrue(verdict.startsWith("accepts ("), file + ": '# schema:' must be rejects, unparsable or accepts (why)");
            assertEquals(List.of(), problems, file + " says the schema cannot see its problem, but it does");
        }
    }

    /** Every shipped scenario but the 1,000-team one, whose fields the others cover and whose CSVs are slow. */
    static Stream<Path> mutated() throws IOException {
        return scenarios().filter(p -> !p.getFileName().toString().equals("enterprise-1000.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutated")
    void mutantsGetTheSameVerdictFromLoaderAndSchema(Path file) throws IOException {
        Mutants mutants = new Mutants(file);
        List<String> disagreements = mutants.disagreements();
        assertEquals(List.of(), disagreements, disagreements.size() + " disagreements");
        assertTrue(mutants.tried() >= 40, "only " + mutants.tried() + " mutants");
    }
}
