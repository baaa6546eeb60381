package org.adoptsim.cli.scenario.shape;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;

/**
 * A mapping with a fixed set of named fields, each with its own shape and description; unknown keys are
 * rejected (with a suggestion), required ones must be present. Build with {@link #builder()}.
 */
public final class ObjectShape implements Shape {

    /** One field. */
    public record Field(String name, Shape shape, boolean required, String description) {
    }

    private final String description;
    private final Map<String, Field> fields;

    private ObjectShape(String description, Map<String, Field> fields) {
        this.description = description;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Map<String, Field> fields() {
        return fields;
    }

    public Field field(String name) {
        return fields.get(name);
    }

    public String description() {
        return description;
    }

    /** Whether an empty mapping is valid (no required fields). */
    public boolean allOptional() {
        return fields.values().stream().noneMatch(Field::required);
    }

    @Override
    public boolean matches(YNode node) {
        return node instanceof YMap;
    }

    @Override
    public void check(YNode node, String path) {
        check(node, path, PartCheck.FULL);
    }

    /**
     * As {@link #check(YNode, String)}, with each field's value checked by {@code each} (which may skip
     * a value it knows is valid); the mapping's own checks, unknown and required fields, are the same.
     */
    public void check(YNode node, String path, PartCheck each) {
        if (!(node instanceof YMap map)) {
            throw Problems.wrongType(node, path, expected());
        }
        for (YMap.Entry e : map.entries()) {
            Field f = fields.get(e.key());
            String p = Problems.join(path, e.key());
            if (f == null && !Problems.nameLike(e.key())) {
                // Not a field name at all (a file of another kind, such as /etc/shadow or an environment
                // dump, read as YAML): the key is not shown, since it may be that file's content.
                throw new org.adoptsim.cli.scenario.input.ScenarioException(e.keyAt(), path,
                        "a key that is not a field name (expected " + Problems.listed(fields.keySet()) + ")");
            }
            if (f == null) {
                throw new org.adoptsim.cli.scenario.input.ScenarioException(e.keyAt(), p,
                        Problems.unknown("unknown field", e.key(), fields.keySet()));
            }
            each.check(f.shape(), e.value(), p);
        }
        for (Field f : fields.values()) {
            if (f.required() && !map.has(f.name())) {
                throw Problems.at(node, path, "needs the field '" + f.name() + "' (" + f.description() + ")");
            }
        }
    }

    @Override
    public ObjectNode schema(SchemaContext ctx) {
        ObjectNode o = ctx.object().put("type", "object");
        if (description != null) {
            o.put("description", description);
        }
        ObjectNode props = o.putObject("properties");
        List<String> required = new ArrayList<>();
        for (Field f : fields.values()) {
            ObjectNode p = f.shape().schema(ctx);
            if (f.description() != null && !p.has("description")) {
                p.put("description", f.description());
            }
            props.set(f.name(), p);
            if (f.required()) {
                required.add(f.name());
            }
        }
        if (!required.isEmpty()) {
            ArrayNode r = o.putArray("required");
            required.forEach(r::add);
        }
        o.put("additionalProperties", false);
        return o;
    }

    @Override
    public String expected() {
        return "a mapping (fields: " + String.join(", ", fields.keySet()) + ")";
    }

    /** Collects fields in order. */
    public static final class Builder {
        private final Map<String, Field> fields = new LinkedHashMap<>();
        private String description;

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder optional(String name, Shape shape, String description) {
            return add(new Field(name, shape, false, description));
        }

        public Builder required(String name, Shape shape, String description) {
            return add(new Field(name, shape, true, description));
        }

        private Builder add(Field f) {
            if (fields.put(f.name(), f) != null) {
                throw new IllegalStateException("field declared twice: " + f.name());
            }
            return this;
        }

        public ObjectShape build() {
            return new ObjectShape(description, fields);
        }
    }
}
