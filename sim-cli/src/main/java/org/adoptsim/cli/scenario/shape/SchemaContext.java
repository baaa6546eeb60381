package org.adoptsim.cli.scenario.shape;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Collects the named definitions ({@code $defs}) while a schema is written. Not thread-safe. */
public final class SchemaContext {
    private final Map<String, ObjectNode> defs = new LinkedHashMap<>();

    public ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A {@code $ref} to the definition {@code name}, writing it the first time. */
    public ObjectNode ref(String name, Supplier<ObjectNode> definition) {
        if (!defs.containsKey(name)) {
            defs.put(name, null);
            defs.put(name, definition.get());
        }
        return object().put("$ref", "#/$defs/" + name);
    }

    public Map<String, ObjectNode> definitions() {
        return defs;
    }
}
