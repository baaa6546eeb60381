package org.adoptsim.cli.sweep.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses YAML text into a {@link YamlNode} tree that keeps line and column of every node, using
 * Jackson's streaming YAML parser. Rejects duplicate keys, multiple documents and nesting deeper than
 * {@value #MAX_DEPTH}; every problem is a {@link SpecException} located in the file. Stateless.
 */
public final class YamlReader {
    static final int MAX_DEPTH = 64;
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /** Parses one YAML document; {@code file} is the name errors show. */
    public static YamlNode parse(String text, String file) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new SpecException(Located.startOf(file), "", "the file is empty");
            }
            YamlNode root = read(p, file, 0);
            if (p.nextToken() != null) {
                throw new SpecException(at(p.currentTokenLocation(), file), "", "only one YAML document is allowed");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage();
            throw new SpecException(loc == null ? Located.startOf(file) : at(loc, file), "",
                    "not valid YAML: " + msg);
        } catch (IOException e) {
            throw new SpecException(Located.startOf(file), "", "cannot read: " + e.getMessage());
        }
    }

    private static YamlNode read(JsonParser p, String file, int depth) throws IOException {
        Located where = at(p.currentTokenLocation(), file);
        if (depth > MAX_DEPTH) {
            throw new SpecException(where, "", "nested deeper than " + MAX_DEPTH + " levels");
        }
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_OBJECT -> mapping(p, file, depth, where);
            case START_ARRAY -> sequence(p, file, depth, where);
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(p.getBigIntegerValue().toString(), YamlNode.ScalarType.INTEGER, where);
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(Double.toString(p.getDoubleValue()), YamlNode.ScalarType.FLOAT, where);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(p.getText(), YamlNode.ScalarType.BOOLEAN, where);
            case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.ScalarType.NULL, where);
            case VALUE_STRING -> new YamlNode.Scalar(p.getText(), YamlNode.ScalarType.STRING, where);
            default -> throw new SpecException(where, "", "unsupported YAML construct " + t);
        };
    }

    private static YamlNode mapping(JsonParser p, String file, int depth, Located where) throws IOException {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Located> keys = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Located keyAt = at(p.currentTokenLocation(), file);
            if (keys.containsKey(key)) {
                throw new SpecException(keyAt, key, "key is given twice (first at line " + keys.get(key).line() + ")");
            }
            p.nextToken();
            keys.put(key, keyAt);
            entries.put(key, read(p, file, depth + 1));
        }
        return new YamlNode.Mapping(Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keys), where);
    }

    private static YamlNode sequence(JsonParser p, String file, int depth, Located where) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(read(p, file, depth + 1));
        }
        return new YamlNode.Sequence(items, where);
    }

    private static Located at(JsonLocation loc, String file) {
        return new Located(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }
}
