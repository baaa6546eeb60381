package org.adoptsim.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.adoptsim.cli.scenario.input.InputFile;

/**
 * Typed access to a manifest object's fields, with errors ({@link OutputFormatException}) that name the
 * file and the field. Jackson's tree gives the values; this adds the one-line errors the project's rules ask
 * for. Immutable.
 *
 * @param where the file (and section) named in errors
 */
public record ManifestFields(String where, JsonNode node) {

    private JsonNode get(String name, boolean required) {
        JsonNode v = node.get(name);
        boolean absent = v == null || v.isNull();
        if (absent && required) {
            throw new OutputFormatException(where + ": missing field '" + name + "'");
        }
        return absent ? null : v;
    }

    public String text(String name) {
        return get(name, true).asText();
    }

    public String optionalText(String name) {
        JsonNode v = get(name, false);
        return v == null ? null : v.asText();
    }

    public boolean bool(String name) {
        return get(name, true).asBoolean();
    }

    public long integer(String name) {
        JsonNode v = get(name, true);
        if (!v.canConvertToLong()) {
            throw new OutputFormatException(where + ": field '" + name + "' must be a whole number");
        }
        return v.asLong();
    }

    /** A whole number, or null where the field is missing or null. */
    public Long optionalInteger(String name) {
        return get(name, false) == null ? null : integer(name);
    }

    public double number(String name) {
        return get(name, true).asDouble();
    }

    public ManifestFields object(String name) {
        JsonNode v = get(name, true);
        if (!v.isObject()) {
            throw new OutputFormatException(where + ": field '" + name + "' must be an object");
        }
        return new ManifestFields(where, v);
    }

    /** The object {@code name}, or null where it is missing. */
    public ManifestFields optionalObject(String name) {
        return get(name, false) == null ? null : object(name);
    }

    public List<String> strings(String name) {
        List<String> out = new ArrayList<>();
        get(name, true).forEach(v -> out.add(v.asText()));
        return out;
    }

    /** The {@code inputs} array, or null where the field is missing (a manifest from before it). */
    public List<InputFile> inputs(String name) {
        JsonNode v = get(name, false);
        if (v == null) {
            return null;
        }
        List<InputFile> out = new ArrayList<>();
        for (JsonNode i : v) {
            ManifestFields f = new ManifestFields(where, i);
            out.add(new InputFile(f.text("file"), f.text("sha256")));
        }
        return out;
    }

    /** Each field of the object {@code name}, read with {@code value}, in file order. */
    public <T> Map<String, T> map(String name, Function<ManifestFields, T> value) {
        Map<String, T> out = new java.util.LinkedHashMap<>();
        get(name, true).properties().forEach(e -> out.put(e.getKey(), value.apply(new ManifestFields(where,
                e.getValue()))));
        return out;
    }
}
