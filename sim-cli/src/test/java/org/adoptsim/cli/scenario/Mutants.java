package org.adoptsim.cli.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.cli.yaml.YamlLimits;
import org.adoptsim.cli.yaml.YamlTreeReader;

/**
 * Test helper: mutates a scenario file one value or key at a time (every distinct field path once;
 * list items by their first two positions) with probe values, and compares the loader's verdict with
 * the schema's. A mutant only the loader rejects is acceptable when its message is one of the rules
 * the schema cannot express (cross-field conditions, the contents of referenced files); a mutant only
 * the schema rejects never is.
 */
final class Mutants {
    private static final List<String> NUMBER_PROBES = List.of("-1", "0", "0.5", "1.5", "2.5", "\"x\"");
    private static final List<String> WORD_PROBES = List.of("42", "xx-unknown", "none");
    private static final List<String> BOOLEAN_PROBES = List.of("1", "\"true\"");
    private static final Pattern BEYOND_SCHEMA = Pattern.compile(String.join("|",
            "must be >= min", "must be even", "values for \\d+ teams", "archetypes for \\d+ teams",
            "at least one share must be > 0", "the range is empty", "cannot read", "is not a team index",
            "unknown team", "is outside 0\\.\\.", "cannot be tied to itself", "depends on itself", "form a cycle",
            "but the teams file lists", "says nothing about when the", "the teams file already gives",
            "unknown function '", "no function '.*' is declared", "give exactly one of share"));

    private final Path file;
    private final String text;
    private final int[] lineStarts;
    private final Set<String> seen = new HashSet<>();
    private final List<String> disagreements = new ArrayList<>();
    private int tried;

    Mutants(Path file) throws IOException {
        this.file = file;
        this.text = Files.readString(file);
        this.lineStarts = text.lines().mapToInt(l -> 0).toArray();
        int line = 0;
        for (int i = 0; i < text.length() && line + 1 < lineStarts.length; i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[++line] = i + 1;
            }
        }
    }

    /** Mutants compared so far. */
    int tried() {
        return tried;
    }

    List<String> disagreements() {
        walk(YamlTreeReader.read(text, file.toString(), YamlLimits.defaults()), "");
        return disagreements;
    }

    private void walk(YNode node, String path) {
        if (node instanceof YMap m) {
            for (YMap.Entry e : m.entries()) {
                String p = path.isEmpty() ? e.key() : path + "." + e.key();
                if (seen.add("key " + p)) {
                    replace(e.keyAt(), e.key(), e.key() + "zz", "key " + p);
                }
                walk(e.value(), p);
            }
        } else if (node instanceof YList l) {
            for (int i = 0; i < Math.min(2, l.size()); i++) {
                walk(l.get(i), path + "[" + i + "]");
            }
        } else if (seen.add(path)) {
            YScalar s = (YScalar) node;
            List<String> probes = s.isNumber() ? NUMBER_PROBES
                    : s.kind() == YScalar.Kind.BOOLEAN ? BOOLEAN_PROBES : WORD_PROBES;
            probes.forEach(p -> replace(s.where(), s.text(), p, path + " = " + p));
        }
    }

    private void replace(SourceLocation at, String original, String probe, String what) {
        int start = lineStarts[at.line() - 1] + at.column() - 1;
        if (!text.startsWith(original, start)) {
            return;
        }
        String mutant = text.substring(0, start) + probe + text.substring(start + original.length());
        List<String> schema;
        try {
            schema = SchemaCheck.problems(mutant);
        } catch (LocatedException notYaml) {
            return;
        }
        tried++;
        String loader = loaderVerdict(mutant);
        boolean loaderRejects = loader != null;
        boolean schemaRejects = !schema.isEmpty();
        if (schemaRejects && !loaderRejects) {
            disagreements.add(what + ": only the schema rejects it: " + schema);
        } else if (loaderRejects && !schemaRejects && !BEYOND_SCHEMA.matcher(loader).find()) {
            disagreements.add(what + ": only the loader rejects it: " + loader);
        }
    }

    private String loaderVerdict(String mutant) {
        try {
            ScenarioLoader.parse(mutant, file.toString(), LoadContext.of(file, file.toString()));
            return null;
        } catch (LocatedException e) {
            return e.getMessage();
        }
    }
}
