package org.adoptsim.cli.scenario.shape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Writes a root shape as a complete JSON Schema (draft 2020-12) document: the root object's keywords,
 * then the shared definitions under {@code $defs}. The output is deterministic (field order is
 * declaration order) so the published file can be compared byte for byte with a fresh one.
 */
public final class JsonSchemaWriter {
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private JsonSchemaWriter() {
    }

    public static ObjectNode schema(Shape root, String id, String title) {
        SchemaContext ctx = new SchemaContext();
        ObjectNode body = root.schema(ctx);
        ObjectNode doc = ctx.object().put("$schema", DIALECT).put("$id", id).put("title", title);
        doc.setAll(body);
        if (!ctx.definitions().isEmpty()) {
            ObjectNode defs = doc.putObject("$defs");
            for (Map.Entry<String, ObjectNode> d : ctx.definitions().entrySet()) {
                defs.set(d.getKey(), d.getValue());
            }
        }
        return doc;
    }

    /** The schema as pretty-printed JSON with a final newline. */
    public static String text(Shape root, String id, String title) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            return new ObjectMapper().writer(printer).writeValueAsString(schema(root, id, title)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema", e);
        }
    }
}
