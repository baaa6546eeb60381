package org.adoptsim.cli.explore;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import org.adoptsim.cli.Excerpt;

/**
 * Reads the page's requests with Jackson, strictly: unknown fields, a field given twice in one object,
 * trailing tokens, a number where a whole number is due, a number too large or too small to be told from
 * infinity or 0, a missing primitive and a null in a list or map are errors, nesting and string
 * lengths are bounded; and says what was wrong in one line, in the request's own terms, never echoing
 * more than {@value Excerpt#MAX_CHARS} characters of the body: {@code request: not valid JSON: problem
 * (line L, column C)} for a body that is not JSON, {@code request: field.path: problem, was value} for
 * JSON that is not {@link Levers}.
 */
final class ExploreJson {
    static final int MAX_NESTING = 16;
    static final int MAX_STRING = 1000;
    static final int MAX_NUMBER = 40;
    /** How Jackson's message for a name given twice in one object begins, before the name. */
    private static final String DUPLICATE = "Duplicate field '";

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                            .maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).build())
                    // Jackson's messages quote a bad token: at most as much as an error message may quote.
                    .errorReportConfiguration(ErrorReportConfiguration.builder()
                            .maxErrorTokenLength(Excerpt.MAX_CHARS).maxRawContentLength(0).build())
                    .build())
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .build();

    private ExploreJson() {
    }

    /** The request body as {@link Levers}; an empty body (or {@code null}) is no lever moved. */
    static Levers levers(byte[] body) {
        if (body.length == 0) {
            return Levers.NONE;
        }
        JsonNode tree = tree(body);
        if (tree == null || tree.isNull()) {
            return Levers.NONE;
        }
        try {
            return MAPPER.treeToValue(tree, Levers.class);
        } catch (JsonMappingException e) {
            JsonPointer at = JsonPointer.empty();
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference r : e.getPath()) {
                boolean field = r.getFieldName() != null;
                at = at.appendProperty(field ? r.getFieldName() : String.valueOf(r.getIndex()));
                // A name is the body's text (an unknown field of any length): cut like any value quoted.
                path.append(path.length() == 0 || !field ? "" : ".")
                        .append(field ? Excerpt.of(r.getFieldName()) : "[" + r.getIndex() + "]");
            }
            throw new LeverException("request: " + (path.length() == 0 ? "(body)" : path), problem(e, tree.at(at)));
        } catch (JsonProcessingException e) {
            throw new LeverException("request", "cannot be read");
        }
    }

    /** The body as a JSON tree, or null for a body of white space; a body that is not one JSON value is refused. */
    private static JsonNode tree(byte[] body) {
        notUtf8(body);
        namesAndNumbers(body);
        try (JsonParser p = MAPPER.createParser(body)) {
            try {
                return MAPPER.readTree(p);
            } catch (MismatchedInputException e) {
                // the one check of readTree beyond the syntax: FAIL_ON_TRAILING_TOKENS
                throw new LeverException("request", "not valid JSON: more than one value" + where(e.getLocation()));
            } catch (JsonProcessingException e) {
                throw new LeverException("request", "not valid JSON: " + syntax(e)
                        + where(e.getLocation() != null ? e.getLocation() : p.currentLocation()));
            }
        } catch (IOException e) {
            throw new LeverException("request", "not valid JSON: cannot be read");
        }
    }

    /**
     * Refuses a field given twice in one object (JSON would let the last one win unseen) and a number a
     * double cannot hold (1e400 would be read as infinity, 1e-400 as 0), naming the field and quoting the
     * number as sent. It runs before {@link #tree}, so these two are reported ahead of any other problem of the
     * body (an unknown field holding 1e400 is reported as the number); a body that is not JSON is left to tree.
     */
    private static void namesAndNumbers(byte[] body) {
        try (JsonParser p = MAPPER.createParser(body)) {
            try {
                numbers(p);
            } catch (JsonProcessingException e) {
                String m = e.getOriginalMessage();
                if (m != null && m.startsWith(DUPLICATE)) {
                    throw new LeverException("request: " + path(p.getParsingContext()), "given twice in one object");
                }
            }
        } catch (IOException e) {
            // Not valid JSON: tree() says where.
        }
    }

    private static void numbers(JsonParser p) throws IOException {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t != JsonToken.VALUE_NUMBER_FLOAT) {
                continue;
            }
            double d = p.getDoubleValue();
            String problem = Double.isInfinite(d) ? "too large to be a number here (at most about 1.8e308)"
                    : d == 0 && nonZeroDigits(p.getText())
                            ? "too small to be told from 0 (at least about 4.9e-324)" : null;
            if (problem != null) {
                throw new LeverException("request: " + path(p.getParsingContext()), problem + ", was "
                        + Excerpt.of(p.getText()));
            }
        }
    }

    /**
     * Whether a JSON number's digits before its exponent are not all 0, read from the text: asking the parser
     * for its exact value fails on an exponent like e-99999999999, which is still a valid number.
     */
    private static boolean nonZeroDigits(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** "strategies.earned.tooling[1]" for the value the parser is at, names cut like any value quoted. */
    private static String path(JsonStreamContext at) {
        String path = "";
        for (JsonStreamContext c = at; c != null && !c.inRoot(); c = c.getParent()) {
            path = (c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + Excerpt.of(c.getCurrentName())) + path;
        }
        return path.isEmpty() ? "(body)" : path.startsWith(".") ? path.substring(1) : path;
    }

    /** Refuses a body that is not UTF-8, at the line and column of its first bad byte (Jackson's is some bytes on). */
    private static void notUtf8(byte[] body) {
        CharBuffer text = CharBuffer.allocate(body.length);
        if (!StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body), text, true).isError()) {
            return;
        }
        text.flip();
        int line = 1;
        int column = 1;
        while (text.hasRemaining()) {
            boolean newline = text.get() == '\n';
            line += newline ? 1 : 0;
            column = newline ? 1 : column + 1;
        }
        throw new LeverException("request", "not valid JSON: not UTF-8 text (line " + line + ", column " + column
                + ")");
    }

    /** What is wrong with the JSON, in words that name no Jackson class or feature. */
    private static String syntax(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException) {
            return "the body ends before the JSON does";
        }
        if (e instanceof StreamConstraintsException) {
            return m.startsWith("Document nesting") ? "nested more than " + MAX_NESTING + " deep"
                    : m.startsWith("Number") ? "a number longer than " + MAX_NUMBER + " characters"
                    : m.startsWith("String") ? "a string longer than " + MAX_STRING + " characters"
                    : "over the request's bounds";
        }
        // Jackson's own words up to the first name of one of its classes or features; first line only.
        String line = m.lines().findFirst().orElse("");
        int tick = line.indexOf('`');
        line = (tick < 0 ? line : line.substring(0, tick)).replaceFirst("[\\s:;,(]+$", "")
                .replaceFirst(": enable$", "");
        return line.isEmpty() ? "cannot be read" : Excerpt.visible(Character.toLowerCase(line.charAt(0))
                + line.substring(1));
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr()
                + ")";
    }

    /** The problem in the request's words, not Jackson's (which name Java classes), with the value sent. */
    private static String problem(JsonMappingException e, JsonNode value) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field; known: " + String.join(", ", u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().toList());
        }
        if (e.getCause() instanceof InputCoercionException c) {
            Class<?> t = c.getTargetType();
            boolean isLong = t == Long.class || t == long.class;
            boolean negative = value.isNumber() && value.decimalValue().signum() < 0;
            return "out of range (at " + (negative ? "least " + (isLong ? Long.MIN_VALUE : Integer.MIN_VALUE)
                    : "most " + (isLong ? Long.MAX_VALUE : Integer.MAX_VALUE)) + "), was " + shown(value);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> t = m.getTargetType();
            String expected = t == Integer.class || t == int.class ? "a whole number"
                    : t == Double.class || t == double.class ? "a number"
                    : t == Boolean.class || t == boolean.class ? "true or false"
                    : t == String.class ? "text"
                    : java.util.List.class.isAssignableFrom(t) ? "a list"
                    : "an object";
            return "expected " + expected + ", was " + shown(value);
        }
        return "cannot be read";
    }

    /** A JSON value as an error message shows it: scalars as sent (cut to {@value Excerpt#MAX_CHARS} characters). */
    private static String shown(JsonNode v) {
        if (v.isMissingNode()) {
            return "missing";
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "a list";
        }
        return v.isTextual() ? Excerpt.quoted(v.textValue()) : Excerpt.of(v.toString());
    }
}
