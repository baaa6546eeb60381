package org.adoptsim.cli.scenario.shape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/**
 * A text (a YAML string scalar; quote numbers and {@code true}/{@code false} to make them text), non-empty,
 * at most {@code maxLength} characters and, if set, matching {@code pattern} (described in words by
 * {@code what}).
 */
public record StringShape(String what, String pattern, int maxLength) implements Shape {
    /**
     * The compiled patterns, by source: shapes are checked for every scenario a sweep point or a
     * calibration particle builds, and compiling the pattern at each check was a few per cent of that.
     */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    /** Any non-empty text up to 4096 characters. */
    public static StringShape text(String what) {
        return new StringShape(what, null, 4096);
    }

    /** A name: a letter or digit, then letters, digits, '-', '_' or '.'; at most 64 characters. */
    public static StringShape name(String what) {
        return new StringShape(what, "^[A-Za-z0-9][A-Za-z0-9_.-]*$", 64);
    }

    @Override
    public boolean matches(YNode node) {
        return node instanceof YScalar s && s.kind() == YScalar.Kind.STRING;
    }

    @Override
    public void check(YNode node, String path) {
        if (!matches(node)) {
            throw Problems.wrongType(node, path, expected());
        }
        String s = ((YScalar) node).text();
        if (s.isEmpty() || s.codePointCount(0, s.length()) > maxLength) {
            throw Problems.at(node, path, "must be 1 to " + maxLength + " characters long");
        }
        if (pattern != null && !COMPILED.computeIfAbsent(pattern, Pattern::compile).matcher(s).matches()) {
            throw Problems.at(node, path, org.adoptsim.cli.Excerpt.quoted(s) + " is not " + expected());
        }
    }

    @Override
    public ObjectNode schema(SchemaContext ctx) {
        ObjectNode o = ctx.object().put("type", "string").put("minLength", 1).put("maxLength", maxLength);
        if (pattern != null) {
            o.put("pattern", pattern);
        }
        return o;
    }

    @Override
    public String expected() {
        return pattern == null ? what : what + " (letters, digits, '-', '_' and '.', starting with a letter or digit)";
    }
}
