package org.adoptsim.cli.sweep.spec;

import java.util.List;
import java.util.Map;

/**
 * A node of a parsed YAML document that remembers where it came from, so every validation error can
 * name its line. Three kinds: scalars (with their text and YAML type), sequences and mappings (whose
 * keys keep document order). Immutable.
 */
public sealed interface YamlNode {

    Located where();

    /** A short name of the node's kind for error messages ("a number", "a list", …). */
    String kind();

    /** A scalar: {@code text} as written, {@code type} as YAML resolved it. */
    record Scalar(String text, ScalarType type, Located where) implements YamlNode {
        @Override
        public String kind() {
            return switch (type) {
                case INTEGER, FLOAT -> "a number";
                case BOOLEAN -> "true/false";
                case NULL -> "empty";
                case STRING -> "text";
            };
        }

        public boolean isNumber() {
            return type == ScalarType.INTEGER || type == ScalarType.FLOAT;
        }
    }

    record Sequence(List<YamlNode> items, Located where) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A mapping; {@code keys} gives where each key was written. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Located> keys, Located where) implements YamlNode {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL }
}
