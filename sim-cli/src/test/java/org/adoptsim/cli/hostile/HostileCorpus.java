package org.adoptsim.cli.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the hostile-input corpus: scenario files, the files they name and command lines, tried as
 * an attacker and as a careless colleague would. Each case is written under its own folder
 * ({@code root/NNN/}) beside a shared secret ({@code root/secret.txt}, outside every case's folder,
 * holding {@link #SECRET}), so that any case whose output quotes a file it should not have read is
 * caught. The corpus is the product of a few families (every field × every hostile value, every way to
 * name a file × both fields that name one, whole-file damage, option values), not a list of files.
 */
final class HostileCorpus {
    /** Appears in the secret file and in files of the wrong kind, and must never appear in any output. */
    static final String SECRET = "SECRET-MARKER-5c1e0b";

    /** One case: a readable name and the adoptsim arguments ({@code {out}} is the case's output folder). */
    record Case(String name, List<String> args, Path folder) {
    }

    private static final String BASE = """
            name: hostile
            run: {weeks: 4, replicates: 2, seed: 1}
            organisation: {teams: 12, departments: 3}
            strategies:
              earned: {preset: earned}
              pure-mandate: {preset: pure-mandate}
            """;

    /** Fields and how to put a value into the base scenario. */
    private static final String[][] FIELDS = {
        {"organisation.teams", "name: hostile\nrun: {weeks: 4, replicates: 2, seed: 1}\norganisation: {teams: %s}\n"},
        {"organisation.departments", "name: hostile\nrun: {weeks: 4, replicates: 2}\norganisation: {teams: 12, departments: %s}\n"},
        {"run.weeks", "name: hostile\nrun: {weeks: %s, replicates: 2}\norganisation: {teams: 12}\n"},
        {"run.replicates", "name: hostile\nrun: {weeks: 4, replicates: %s}\norganisation: {teams: 12}\n"},
        {"run.seed", "name: hostile\nrun: {weeks: 4, replicates: 2, seed: %s}\norganisation: {teams: 12}\n"},
        {"name", "name: %s\nrun: {weeks: 4, replicates: 2}\norganisation: {teams: 12}\n"},
        {"description", "name: hostile\ndescription: %s\nrun: {weeks: 4, replicates: 2}\norganisation: {teams: 12}\n"},
        {"organisation.teamsFile", "name: hostile\nrun: {weeks: 4, replicates: 2}\norganisation: {teamsFile: %s}\n"},
        {"organisation.network", "name: hostile\nrun: {weeks: 4, replicates: 2}\norganisation: {teams: 12, network: %s}\n"},
        {"strategy preset", "name: hostile\nrun: {weeks: 4, replicates: 2}\norganisation: {teams: 12}\n"
            + "strategies: {earned: {preset: %s}}\n"},
    };

    private static final String STRATEGIES = "strategies: {earned: {preset: earned}}\n";

    /** Hostile YAML values. */
    private static List<String> values() {
        return List.of("", "-1", "0", "2147483647", "99999999999999999999999", "1e309", ".nan", "!!java.io.File /etc",
                "*nope", "&a [*a, *a]", "\"\\0\"", "\"\\u202e\"", "{a: 1, a: 2}", "~", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                + "[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "x".repeat(300_000), "\"" + "ab ".repeat(700_000) + "\"",
                "../../../../tmp/x", "\"line\\nbreak\"");
    }

    private HostileCorpus() {
    }

    /** Writes every case under {@code root} and returns them. */
    static List<Case> generate(Path root) throws IOException {
        Path secret = root.resolve("secret.txt");
        Files.writeString(secret, "name\n" + SECRET + "\nPASSWORD=" + SECRET + "\n");
        List<Case> cases = new ArrayList<>();
        for (String[] f : FIELDS) {
            for (String v : values()) {
                String text = f[1].formatted(v) + (f[1].contains("strategies:") ? "" : STRATEGIES);
                cases.add(scenario(root, cases.size(), f[0] + " = " + shortened(v), text));
            }
        }
        String[] refs = {"../secret.txt", secret.toString(), "link.csv", "/dev/zero", "/dev/urandom",
            "/proc/self/environ", "/etc/passwd", "fifo.csv", "sub", "wrong-kind.csv", "binary.csv", "long-field.csv",
            "many-rows.csv", "missing.csv", "sub/../../secret.txt", "nul\\0.csv"};
        for (String ref : refs) {
            for (String field : new String[] {"teamsFile: \"%s\"", "network: {edges: \"%s\"}"}) {
                String org = field.startsWith("teams") ? "organisation: {" + field.formatted(ref) + "}\n"
                        : "organisation: {teams: 12, " + field.formatted(ref) + "}\n";
                Case c = scenario(root, cases.size(), field.split(":")[0] + " -> " + ref,
                        "name: hostile\nrun: {weeks: 4, replicates: 2}\n" + org + STRATEGIES);
                namedFiles(c.folder(), secret);
                cases.add(c);
                if (!ref.startsWith("/") && !ref.startsWith("..")) {
                    cases.add(new Case(c.name() + " (allowed outside)", withFlag(c.args()), c.folder()));
                }
            }
        }
        wholeFiles(root, cases);
        options(root, cases);
        sweeps(root, cases);
        return cases;
    }

    private static List<String> withFlag(List<String> args) {
        List<String> a = new ArrayList<>(args);
        a.add("--allow-outside-files");
        return a;
    }

    private static Case scenario(Path root, int n, String name, String text) throws IOException {
        Path folder = Files.createDirectories(root.resolve(String.format("%03d", n)));
        Path file = Files.writeString(folder.resolve("s.yaml"), text);
        return new Case(name, args(file), folder);
    }

    private static Case scenarioBytes(Path root, int n, String name, byte[] bytes) throws IOException {
        Path folder = Files.createDirectories(root.resolve(String.format("%03d", n)));
        Path file = Files.write(folder.resolve("s.yaml"), bytes);
        return new Case(name, args(file), folder);
    }

    private static List<String> args(Path file) {
        return List.of("compare", file.toString(), "--out", "{out}", "--threads", "1", "--quiet", "--charts", "svg");
    }

    /** The files a case's scenario may name, beside it: links, specials and files of the wrong kind. */
    private static void namedFiles(Path folder, Path secret) throws IOException {
        Files.createSymbolicLink(folder.resolve("link.csv"), secret);
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("wrong-kind.csv"), SECRET + ";" + SECRET + "\nroot:x:0:0\n");
        byte[] binary = (SECRET + "\u0000\u00ff").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("binary.csv"), binary);
        Files.writeString(folder.resolve("long-field.csv"), "name,from,to\n" + "y".repeat(70_000) + ",0,1\n");
        Path rows = folder.getParent().resolve("many-rows.csv");
        if (!Files.exists(rows)) {
            StringBuilder b = new StringBuilder("from,to\n");
            for (int i = 0; i < 2_000_001; i++) {
                b.append("0,1\n");
            }
            Files.writeString(rows, b);
        }
        Files.createLink(folder.resolve("many-rows.csv"), rows);
        try {
            new ProcessBuilder("mkfifo", folder.resolve("fifo.csv").toString()).start().waitFor();
        } catch (IOException | InterruptedException e) {
            Files.writeString(folder.resolve("fifo.csv"), "from,to\n0,1\n");
        }
    }

    private static void wholeFiles(Path root, List<Case> cases) throws IOException {
        byte[][] damaged = {
            new byte[0], "\uFEFF".getBytes(StandardCharsets.UTF_8), {(byte) 0xff, (byte) 0xfe, 0x41},
            (BASE + "\u0000").getBytes(StandardCharsets.UTF_8), (BASE + "---\n" + BASE).getBytes(StandardCharsets.UTF_8),
            (BASE + "\t bad: indent\n").getBytes(StandardCharsets.UTF_8), ("a: " + "[".repeat(5000)).getBytes(StandardCharsets.UTF_8),
            ("a: &x [" + "*x, ".repeat(200) + "]").getBytes(StandardCharsets.UTF_8),
            (BASE + "# " + "z".repeat(17 << 20) + "\n").getBytes(StandardCharsets.UTF_8),
            ("name: " + "\"".repeat(3)).getBytes(StandardCharsets.UTF_8), BASE.getBytes(StandardCharsets.UTF_16),
        };
        for (byte[] b : damaged) {
            cases.add(scenarioBytes(root, cases.size(), "damaged file #" + cases.size(), b));
        }
        for (String target : new String[] {"/dev/zero", "/proc/self/environ", "/etc/passwd", "."}) {
            Path folder = Files.createDirectories(root.resolve(String.format("%03d", cases.size())));
            cases.add(new Case("scenario is " + target, List.of("compare", target, "--out", "{out}", "--quiet"), folder));
        }
        Path folder = Files.createDirectories(root.resolve(String.format("%03d", cases.size())));
        Files.createSymbolicLink(folder.resolve("s.yaml"), Path.of("/proc/self/environ"));
        cases.add(new Case("scenario links to /proc/self/environ", args(folder.resolve("s.yaml")), folder));
    }

    private static void options(Path root, List<Case> cases) throws IOException {
        String[][] extra = {{"--weeks", "0"}, {"--weeks", "-1"}, {"--weeks", "2601"}, {"--weeks", "1000000"},
            {"--weeks", "2147483648"}, {"--replicates", "0"}, {"--replicates", "99999999999"}, {"--threads", "0"},
            {"--seed", "x"}, {"--charts", "exe"}, {"--baseline", "../x"}, {"--strategy", "x"}};
        for (String[] e : extra) {
            Case c = scenario(root, cases.size(), String.join(" ", e), BASE);
            List<String> a = new ArrayList<>(c.args());
            a.addAll(List.of(e));
            cases.add(new Case(c.name(), a, c.folder()));
        }
        for (String out : new String[] {"", " ", "\t", "a\nb", "s.yaml", " x"}) {
            Case c = scenario(root, cases.size(), "--out '" + out + "'", BASE);
            String o = out.equals("s.yaml") ? c.folder().resolve("s.yaml").toString() : out;
            cases.add(new Case(c.name(), List.of("compare", c.args().get(1), "--out", o, "--quiet"), c.folder()));
        }
    }

    /** A sweep's {@code name} (which names its default output folder) set to every hostile value. */
    private static void sweeps(Path root, List<Case> cases) throws IOException {
        for (String v : values()) {
            Path folder = Files.createDirectories(root.resolve(String.format("%03d", cases.size())));
            Files.writeString(folder.resolve("s.yaml"), BASE);
            Path sweep = Files.writeString(folder.resolve("sweep.yaml"), "scenario: s.yaml\nname: " + v + "\n"
                    + "strategies: [earned]\nparameters:\n  rules.platform.capacity: {range: {min: 60, max: 180}}\n"
                    + "design: {type: lhs, points: 2}\nreplicates: 1\nseed: 1\n");
            cases.add(new Case("sweep name = " + shortened(v), List.of("sweep", sweep.toString(), "--out", "{out}",
                    "--threads", "1", "--quiet"), folder));
        }
    }

    private static String shortened(String v) {
        return v.length() <= 30 ? v : v.substring(0, 30) + "… (" + v.length() + " chars)";
    }
}
