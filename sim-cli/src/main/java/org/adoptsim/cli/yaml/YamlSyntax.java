package org.adoptsim.cli.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.SourceLocation;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the YAML parser's exceptions (multi-line, with a source excerpt and a caret) into one located
 * line: the problem, where it is, and what construct it was in.
 */
final class YamlSyntax {
    private YamlSyntax() {
    }

    static LocatedException toLocatedException(JsonProcessingException e, String file) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                return marked(m, file);
            }
        }
        JsonLocation l = e.getLocation();
        SourceLocation at = l == null ? SourceLocation.startOf(file)
                : new SourceLocation(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
        String problem = oneLine(e.getOriginalMessage());
        if (problem.startsWith("Expected a field name")) {
            // a complex key ('? [a, b]'): the parser's words name its own event classes
            problem = "a key must be a plain name, not a list or a map";
        }
        return new LocatedException(at, "", "YAML syntax: " + problem);
    }

    private static LocatedException marked(MarkedYAMLException m, String file) {
        Mark p = m.getProblemMark();
        SourceLocation at = new SourceLocation(file, p.getLine() + 1, p.getColumn() + 1);
        StringBuilder msg = new StringBuilder("YAML syntax: ").append(oneLine(m.getProblem()));
        Mark c = m.getContextMark();
        if (m.getContext() != null) {
            msg.append(" (").append(oneLine(m.getContext()));
            if (c != null) {
                msg.append(" that starts at ").append(c.getLine() + 1).append(':').append(c.getColumn() + 1);
            }
            msg.append(')');
        }
        return new LocatedException(at, "", msg.toString());
    }

    static String oneLine(Throwable t) {
        String m = t.getMessage();
        return oneLine(m == null ? t.getClass().getSimpleName() : m);
    }

    static String oneLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        String first = s.strip();
        int at = first.indexOf("\n at [Source");
        if (at >= 0) {
            first = first.substring(0, at);
        }
        return first.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
