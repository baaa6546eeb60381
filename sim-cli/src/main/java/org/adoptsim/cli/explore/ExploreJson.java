package org.adoptsim.cli.explore;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Reads the page's requests with Jackson, strictly: unknown fields, trailing tokens, a number where a
 * whole number is due and a missing primitive are errors, nesting and string lengths are bounded; and
 * says what was wrong in one line ({@code request: field.path: problem}) in the request's own terms,
 * never echoing the body.
 */
final class ExploreJson {
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
                            .maxStringLength(1000).maxNumberLength(40).build())
                    .build())
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private ExploreJson() {
    }

    /** The request body as {@link Levers}; an empty body is no lever moved. */
    static Levers levers(byte[] body) {
        if (body.length == 0) {
            return Levers.NONE;
        }
        try {
            Levers l = MAPPER.readValue(body, Levers.class);
            return l == null ? Levers.NONE : l;
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("(body)");
            throw new LeverException("request: " + path, problem(e));
        } catch (JsonProcessingException e) {
            throw new LeverException("request", "not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            throw new LeverException("request", "cannot be read");
        }
    }

    /** The problem in the request's words, not Jackson's (which name Java classes). */
    private static String problem(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field; known: " + String.join(", ", u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().toList());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> t = m.getTargetType();
            String expected = t == Integer.class || t == int.class ? "a whole number"
                    : t == Double.class || t == double.class ? "a number"
                    : t == Boolean.class || t == boolean.class ? "true or false"
                    : t == String.class ? "text"
                    : java.util.List.class.isAssignableFrom(t) ? "a list"
                    : "an object";
            return "expected " + expected;
        }
        return "cannot be read";
    }

    private static String firstLine(String s) {
        String line = s == null ? "invalid" : s.lines().findFirst().orElse("invalid");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
