package org.adoptsim.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.scenario.input.InputFile;

/** Writes and reads {@link Manifest} as pretty-printed JSON with a fixed key order. Thread-safe. */
public final class ManifestJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    /**
     * The text of every manifest adoptsim writes ({@code compare}'s, {@code run}'s, a sweep's): two-space
     * indented JSON, "\n" line ends, a final line break.
     */
    public static String text(JsonNode root) {
        try {
            return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String write(Manifest m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", Manifest.FORMAT);
        root.put("tool", "adoptsim");
        root.put("version", m.toolVersion());
        root.put("command", m.command());
        root.put("complete", m.complete());
        scenario(root.putObject("scenario"), m.scenario());
        root.put("seed", m.seed());
        root.put("weeks", m.weeks());
        root.put("replicates", m.replicates());
        root.put("replicatesCompleted", m.replicatesCompleted());
        strings(root.putArray("strategies"), m.strategies());
        root.put("baseline", m.baseline());
        strings(root.putArray("chartFormats"), m.chartFormats());
        ObjectNode files = root.putObject("files");
        m.files().forEach(files::put);
        strings(root.putArray("generated"), m.generated());
        execution(root.putObject("execution"), m.execution());
        if (m.posterior() != null) {
            posterior(root.putObject("posterior"), m.posterior());
        }
        return text(root);
    }

    public static Manifest read(String file, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new OutputFormatException(file + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        Fields f = new Fields(file, root);
        if (!Manifest.FORMAT.equals(f.text("format"))) {
            throw new OutputFormatException(file + ": format '" + f.text("format") + "' is not " + Manifest.FORMAT);
        }
        Fields sc = f.object("scenario");
        Fields ex = f.object("execution");
        return new Manifest(f.text("version"), f.text("command"), f.bool("complete"),
                new Manifest.ScenarioInfo(sc.text("name"), (int) sc.integer("teams"), sc.optionalText("file"),
                        sc.optionalText("sha256"), sc.inputs("inputs"), sc.optionalText("description")),
                f.integer("seed"), (int) f.integer("weeks"), (int) f.integer("replicates"),
                f.integer("replicatesCompleted"), f.strings("strategies"), f.optionalText("baseline"),
                f.strings("chartFormats"), f.map("files"), f.strings("generated"),
                new Manifest.Execution(ex.optionalText("commandLine"), (int) ex.integer("threads"),
                        ex.optionalText("started"), ex.optionalText("finished"), ex.number("seconds"),
                        ex.optionalText("java")), posterior(f.optionalObject("posterior")));
    }

    private static void posterior(ObjectNode p, Manifest.Posterior posterior) {
        p.put("file", posterior.file());
        p.put("sha256", posterior.sha256());
        strings(p.putArray("parameters"), posterior.parameters());
        p.put("particles", posterior.particles());
        p.put("draws", posterior.draws());
    }

    private static Manifest.Posterior posterior(Fields p) {
        return p == null ? null : new Manifest.Posterior(p.text("file"), p.text("sha256"), p.strings("parameters"),
                (int) p.integer("particles"), p.integer("draws"));
    }

    private static void scenario(ObjectNode sc, Manifest.ScenarioInfo s) {
        sc.put("name", s.name());
        sc.put("teams", s.teams());
        sc.put("file", s.file());
        sc.put("sha256", s.sha256());
        if (s.inputs() != null) {
            inputs(sc.putArray("inputs"), s.inputs());
        }
        sc.put("description", s.description());
    }

    /** Each file a scenario names as {@code {"file", "sha256"}}; the sweep manifest writes them the same way. */
    public static void inputs(ArrayNode array, List<InputFile> inputs) {
        inputs.forEach(i -> array.addObject().put("file", i.file()).put("sha256", i.sha256()));
    }

    private static void execution(ObjectNode ex, Manifest.Execution e) {
        ex.put("commandLine", e.commandLine());
        ex.put("threads", e.threads());
        ex.put("started", e.started());
        ex.put("finished", e.finished());
        ex.put("seconds", e.seconds());
        ex.put("java", e.java());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** Typed access to an object's fields with errors that name the file and field. */
    private record Fields(String file, JsonNode node) {
        JsonNode get(String name, boolean required) {
            JsonNode v = node.get(name);
            if ((v == null || v.isNull()) && required) {
                throw new OutputFormatException(file + ": missing field '" + name + "'");
            }
            return v == null || v.isNull() ? null : v;
        }

        String text(String name) {
            return get(name, true).asText();
        }

        String optionalText(String name) {
            JsonNode v = get(name, false);
            return v == null ? null : v.asText();
        }

        boolean bool(String name) {
            return get(name, true).asBoolean();
        }

        long integer(String name) {
            JsonNode v = get(name, true);
            if (!v.canConvertToLong()) {
                throw new OutputFormatException(file + ": field '" + name + "' must be a whole number");
            }
            return v.asLong();
        }

        double number(String name) {
            return get(name, true).asDouble();
        }

        Fields object(String name) {
            return new Fields(file, get(name, true));
        }

        Fields optionalObject(String name) {
            JsonNode v = get(name, false);
            return v == null ? null : new Fields(file, v);
        }

        List<String> strings(String name) {
            List<String> out = new ArrayList<>();
            get(name, true).forEach(v -> out.add(v.asText()));
            return out;
        }

        /** The {@code inputs} array, or null where the field is missing (a manifest from before it). */
        List<InputFile> inputs(String name) {
            JsonNode v = get(name, false);
            if (v == null) {
                return null;
            }
            List<InputFile> out = new ArrayList<>();
            for (JsonNode i : v) {
                Fields f = new Fields(file, i);
                out.add(new InputFile(f.text("file"), f.text("sha256")));
            }
            return out;
        }

        Map<String, String> map(String name) {
            Map<String, String> out = new LinkedHashMap<>();
            get(name, true).properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
            return out;
        }
    }
}
