package org.adoptsim.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.adoptsim.cli.scenario.input.InputFile;

/**
 * Writes and reads {@link Manifest} as pretty-printed JSON with a fixed key order: the common fields, the
 * command's section under its name, then {@code execution}. The format is in {@code docs/outputs.md}.
 * Thread-safe.
 */
public final class ManifestJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> COMMON = Set.of("format", "tool", "version", "command", "status", "scenario",
            "seed", "replicates", "files", "generated", "execution");

    private static final String FORMAT_1 = "adoptsim-output/1";

    private ManifestJson() {
    }

    /** The text of every manifest: two-space indented JSON, "\n" line ends, a final line break. */
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
        root.put("status", m.status().text());
        if (m.scenario() == null) {
            root.putNull("scenario");
        } else {
            scenario(root.putObject("scenario"), m.scenario());
        }
        root.put("seed", m.seed());
        root.put("replicates", m.replicates());
        ObjectNode files = root.putObject("files");
        m.files().forEach((name, f) -> files.putObject(name).put("bytes", f.bytes()).put("sha256", f.sha256()));
        m.generated().forEach(root.putArray("generated")::add);
        if (m.section() != null) {
            root.set(m.section().name(), m.section().fields());
        }
        if (m.execution() != null) {
            execution(root.putObject("execution"), m.execution());
        }
        return text(root);
    }

    /**
     * Where the JSON stops being valid, in our words: the parser's own message names its internals
     * ({@code [Source: REDACTED ...]}) and may quote the file.
     */
    private static String notJson(JsonProcessingException e) {
        com.fasterxml.jackson.core.JsonLocation l = e.getLocation();
        String where = l == null || l.getLineNr() < 1 ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
        return e instanceof com.fasterxml.jackson.core.io.JsonEOFException
                ? "not valid JSON: it ends" + where + ", before the document is complete (was the file cut short?)"
                : "not valid JSON" + where;
    }

    public static Manifest read(String file, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new OutputFormatException(file + ": " + notJson(e));
        }
        if (root == null || !root.isObject()) {
            throw new OutputFormatException(file + ": not a JSON object");
        }
        ManifestFields f = new ManifestFields(file, root);
        if (FORMAT_1.equals(f.optionalText("format"))) {
            return readFormat1(f);
        }
        if (!Manifest.FORMAT.equals(f.optionalText("format"))) {
            throw new OutputFormatException(file + ": format '" + f.optionalText("format") + "' is not "
                    + Manifest.FORMAT + " (written by another version: run the command again)");
        }
        Manifest.Status status = Manifest.Status.of(f.text("status"));
        if (status == null) {
            throw new OutputFormatException(file + ": field 'status' must be complete, interrupted or running");
        }
        ManifestFields sc = f.optionalObject("scenario");
        ManifestFields ex = f.optionalObject("execution");
        return Manifest.builder().toolVersion(f.text("version")).command(f.text("command")).status(status)
                .scenario(sc == null ? null : new Manifest.ScenarioInfo(sc.optionalText("name"),
                        sc.optionalInteger("teams") == null ? null : sc.optionalInteger("teams").intValue(),
                        sc.optionalText("file"), sc.optionalText("sha256"), sc.inputs("inputs"),
                        sc.optionalText("description")))
                .seed(f.optionalInteger("seed"))
                .replicates(f.optionalInteger("replicates") == null ? null : f.optionalInteger("replicates").intValue())
                .files(f.map("files", e -> new Manifest.FileEntry(e.integer("bytes"), e.text("sha256"))))
                .generated(f.strings("generated"))
                .section(section(root))
                .execution(ex == null ? null : new Manifest.Execution(ex.optionalText("commandLine"),
                        ex.optionalText("directory"), (int) ex.integer("threads"), ex.optionalText("started"),
                        ex.optionalText("finished"), ex.number("seconds"), ex.optionalText("java"),
                        ex.optionalText("os")))
                .build();
    }

    /**
     * A manifest of {@code run} or {@code compare} from before the one model (format 1): the comparison's
     * fields stood at the top, {@code complete} was a boolean, {@code files} held only hashes (their sizes
     * read as -1, unknown). Read so that {@code report} and the folder check keep working on older folders.
     */
    private static Manifest readFormat1(ManifestFields f) {
        ManifestFields sc = f.object("scenario");
        ManifestFields ex = f.object("execution");
        return Manifest.builder().toolVersion(f.text("version")).command(f.text("command"))
                .status(f.bool("complete") ? Manifest.Status.COMPLETE : Manifest.Status.INTERRUPTED)
                .scenario(new Manifest.ScenarioInfo(sc.text("name"), (int) sc.integer("teams"), sc.optionalText("file"),
                        sc.optionalText("sha256"), sc.inputs("inputs"), sc.optionalText("description")))
                .seed(f.integer("seed")).replicates((int) f.integer("replicates"))
                .files(f.map("files", e -> new Manifest.FileEntry(-1, e.node().asText())))
                .generated(f.strings("generated"))
                .section(new Comparison((int) f.integer("weeks"), f.integer("replicatesCompleted"),
                        f.strings("strategies"), f.optionalText("baseline"), f.strings("chartFormats"), null).section())
                .execution(new Manifest.Execution(ex.optionalText("commandLine"), null, (int) ex.integer("threads"),
                        ex.optionalText("started"), ex.optionalText("finished"), ex.number("seconds"),
                        ex.optionalText("java"), null))
                .build();
    }

    /** The one field that is not a common one: the command's section. */
    private static Manifest.Section section(JsonNode root) {
        for (var e : root.properties()) {
            if (!COMMON.contains(e.getKey()) && e.getValue().isObject()) {
                return new Manifest.Section(e.getKey(), (ObjectNode) e.getValue());
            }
        }
        return null;
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

    /** Each file a scenario names as {@code {"file", "sha256"}}. */
    public static void inputs(ArrayNode array, List<InputFile> inputs) {
        inputs.forEach(i -> array.addObject().put("file", i.file()).put("sha256", i.sha256()));
    }

    private static void execution(ObjectNode ex, Manifest.Execution e) {
        ex.put("commandLine", e.commandLine());
        ex.put("directory", e.directory());
        ex.put("threads", e.threads());
        ex.put("started", e.started());
        ex.put("finished", e.finished());
        ex.put("seconds", e.seconds());
        ex.put("java", e.java());
        ex.put("os", e.os());
    }
}
