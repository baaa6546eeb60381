package org.adoptsim.cli.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one YAML document into a located {@link YNode} tree. It only parses: events of the streaming
 * parser become plain maps, lists and scalars, so no Java type named in the document is ever
 * constructed, and tags ({@code !!java...}) are rejected. Anchors and aliases are resolved here (the
 * parser reports them but does not expand them), within {@link YamlLimits}: an alias shares the node
 * it refers to, and the expanded size of the document is bounded. Duplicate keys, multiple documents
 * and nesting beyond the limit are rejected. Every problem is a {@link LocatedException}.
 * Not thread-safe; use one reader per document.
 */
public final class YamlTreeReader {
    /** The longest number the parser reads, in characters. */
    private static final int MAX_NUMBER_CHARS = 100;

    private final String file;
    private final YamlLimits limits;
    private final Map<String, YNode> anchors = new HashMap<>();
    /** The keys and list indices from the root to the value being read, to name it in an error. */
    private final List<Object> path = new ArrayList<>();
    private AnchoredYamlFactory.Parser parser;
    private int aliases;
    private long weight;

    private YamlTreeReader(String file, YamlLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** Parses {@code text}, naming {@code file} in locations. */
    public static YNode read(String text, String file, YamlLimits limits) {
        return new YamlTreeReader(file, limits).document(text);
    }

    private YNode document(String text) {
        checkSize(text);
        checkRuns(text);
        try (AnchoredYamlFactory.Parser p = (AnchoredYamlFactory.Parser) factory(limits)
                .createParser(new java.io.StringReader(text))) {
            parser = p;
            JsonToken first = next();
            if (first == null) {
                throw new LocatedException(SourceLocation.startOf(file), "", "the file is empty");
            }
            YNode root = value(first, 0);
            if (next() != null) {
                throw error("", "a file holds one YAML document; remove the second '---' and what follows");
            }
            return root;
        } catch (IOException e) {
            throw new LocatedException(SourceLocation.startOf(file), "", "cannot read: " + e.getMessage());
        }
    }

    /** The document's length in characters, before the parser buffers any of it. */
    private void checkSize(String text) {
        if (text.length() > limits.maxCodePoints() && text.codePointCount(0, text.length()) > limits.maxCodePoints()) {
            throw new LocatedException(SourceLocation.startOf(file), "", "the file is too long (more than "
                    + limits.maxCodePoints() + " characters)");
        }
    }

    /**
     * The longest run of characters without a space, tab or line break, in one linear pass: SnakeYAML's
     * cost is quadratic in it (see {@link YamlLimits}), so a longer run is refused where it starts.
     */
    private void checkRuns(String text) {
        int line = 1;
        int lineStart = 0;
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                }
                runStart = i + 1;
            } else if (i - runStart >= limits.maxRun()) {
                throw new LocatedException(new SourceLocation(file, line, runStart - lineStart + 1), "",
                        "more than " + limits.maxRun() + " characters without a space or line break; break the"
                        + " value up (a long text over several lines, a list with one item per line)");
            }
        }
    }

    private void checkValue(String text, SourceLocation at) {
        if (text != null && text.length() > limits.maxValue()) {
            throw new LocatedException(at, "", "a value longer than " + limits.maxValue() + " characters");
        }
    }

    private static AnchoredYamlFactory factory(YamlLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(limits.maxCodePoints());
        options.setAllowRecursiveKeys(false);
        return new AnchoredYamlFactory(YAMLFactory.builder()
                .loaderOptions(options)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS, YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxNumberLength(MAX_NUMBER_CHARS)
                        .build()));
    }

    private YNode value(JsonToken token, int depth) throws IOException {
        SourceLocation at = here();
        rejectTag(at);
        String anchor = parser.anchor();
        YNode node = switch (token) {
            case START_OBJECT -> map(at, depth + 1);
            case START_ARRAY -> list(at, depth + 1);
            default -> parser.isCurrentAlias() ? alias(at) : scalar(token, at);
        };
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private YMap map(SourceLocation at, int depth) throws IOException {
        checkDepth(at, depth);
        List<YMap.Entry> entries = new ArrayList<>();
        Map<String, SourceLocation> keys = new HashMap<>();
        while (next() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourceLocation keyAt = here();
            checkValue(key, keyAt);
            SourceLocation first = keys.putIfAbsent(key, keyAt);
            if (first != null) {
                throw new LocatedException(keyAt, "", "the key " + org.adoptsim.cli.Excerpt.quoted(key) + " appears twice in one mapping (first at line "
                        + first.line() + ")");
            }
            JsonToken v = next();
            path.add(key);
            entries.add(new YMap.Entry(key, keyAt, value(v, depth)));
            path.remove(path.size() - 1);
        }
        return YMap.of(at, entries);
    }

    private YList list(SourceLocation at, int depth) throws IOException {
        checkDepth(at, depth);
        List<YNode> items = new ArrayList<>();
        JsonToken t;
        while ((t = next()) != JsonToken.END_ARRAY) {
            path.add(items.size());
            items.add(value(t, depth));
            path.remove(path.size() - 1);
        }
        return YList.of(at, items);
    }

    private YNode alias(SourceLocation at) throws IOException {
        String name = parser.getText();
        if (++aliases > limits.maxAliases()) {
            throw new LocatedException(at, "", "too many aliases (more than " + limits.maxAliases() + ")");
        }
        YNode target = anchors.get(name);
        if (target == null) {
            String shown = org.adoptsim.cli.Excerpt.of(name);
            throw new LocatedException(at, "", "alias '*" + shown + "' refers to no anchor '&" + shown
                    + "' defined before it");
        }
        weight += target.weight();
        if (weight > limits.maxWeight()) {
            throw new LocatedException(at, "", "the document is too large once its aliases are expanded (more than "
                    + limits.maxWeight() + " values)");
        }
        return target;
    }

    private YScalar scalar(JsonToken token, SourceLocation at) throws IOException {
        String text = parser.getText();
        checkValue(text, at);
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(token, text, at);
            case VALUE_TRUE, VALUE_FALSE -> new YScalar(at, YScalar.Kind.BOOLEAN, text, null);
            case VALUE_NULL -> new YScalar(at, YScalar.Kind.NULL, text, null);
            default -> new YScalar(at, YScalar.Kind.STRING, text, null);
        };
    }

    /**
     * A number, or a located error naming the field where the parser cannot read one: YAML's {@code .nan}
     * and {@code .inf}, which no field accepts, or a number the parser refuses.
     */
    private YScalar number(JsonToken token, String text, SourceLocation at) throws IOException {
        try {
            return token == JsonToken.VALUE_NUMBER_INT
                    ? new YScalar(at, YScalar.Kind.INTEGER, text, new java.math.BigDecimal(parser.getBigIntegerValue()))
                    : new YScalar(at, YScalar.Kind.FLOAT, text, parser.getDecimalValue());
        } catch (JsonProcessingException | NumberFormatException e) {
            String special = text.strip().replaceFirst("^[+-]", "").toLowerCase(java.util.Locale.ROOT);
            throw new LocatedException(at, pathText(), special.equals(".nan") || special.equals(".inf")
                    ? "must be a finite number, was " + org.adoptsim.cli.Excerpt.of(text)
                    : text.length() > MAX_NUMBER_CHARS ? "a number longer than " + MAX_NUMBER_CHARS + " characters"
                    : "cannot read the number " + org.adoptsim.cli.Excerpt.quoted(text));
        }
    }

    /** The dotted path of the value being read ({@code organisation.attributes.effort.all}, {@code a.b[2]}). */
    private String pathText() {
        StringBuilder b = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                b.append(b.length() == 0 ? "" : ".").append(org.adoptsim.cli.Excerpt.of((String) step));
            }
        }
        return b.toString();
    }

    private void rejectTag(SourceLocation at) throws IOException {
        String tag = parser.getTypeId();
        if (tag != null) {
            String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18)
                    : tag.startsWith("!") ? tag : "!" + tag;
            throw new LocatedException(at, "", "YAML tags such as '" + shown + "' are not supported");
        }
    }

    private void checkDepth(SourceLocation at, int depth) {
        if (depth > limits.maxDepth()) {
            throw new LocatedException(at, "", "nested too deeply (more than " + limits.maxDepth() + " levels)");
        }
    }

    private JsonToken next() throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw YamlSyntax.toLocatedException(e, file);
        } catch (RuntimeException e) {
            throw new LocatedException(here(), "", "YAML syntax: " + YamlSyntax.oneLine(e));
        }
    }

    private SourceLocation here() {
        JsonLocation l = parser.currentTokenLocation();
        return new SourceLocation(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private LocatedException error(String path, String problem) {
        return new LocatedException(here(), path, problem);
    }
}
