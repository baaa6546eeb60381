package org.adoptsim.cli.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import org.adoptsim.cli.yaml.YamlLimits;
import org.adoptsim.cli.yaml.YamlTreeReader;

/**
 * Test helper: validates YAML text against the published schema with networknt's json-schema-validator,
 * an implementation independent of ours. Integers may be written as integral decimals (2.0), as JSON
 * Schema 2020-12 says.
 */
final class SchemaCheck {
    static final JsonSchema SCHEMA = load();

    private SchemaCheck() {
    }

    private static JsonSchema load() {
        try {
            JsonNode doc = new ObjectMapper().readTree(ScenarioSchema.text());
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().losslessNarrowing(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(doc, config);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema's complaints about the YAML text (which must parse), empty if it conforms. */
    static List<String> problems(String yaml) {
        Set<ValidationMessage> messages = SCHEMA.validate(TreeJson.of(YamlTreeReader.read(yaml, "x.yaml",
                YamlLimits.defaults())));
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
