package org.adoptsim.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.adoptsim.cli.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folders commands pick without {@code --out}, in a fresh working folder, as a reader of the
 * README meets them: its main {@code compare}, then its state round trip ({@code run --history},
 * {@code state}, {@code compare --from}) and {@code run --help}'s first example, in that order, all
 * succeed, and a run never lands in (or is refused by) the comparison's folder. Each command is its own
 * JVM, started in that folder, because the default folders are relative to the working directory.
 */
class DefaultFoldersTest {
    private static final Path SCENARIO = Path.of("../scenarios/platform-migration.yaml");

    @TempDir
    Path cwd;

    @Test
    void theReadmesStepsRunInOrderWithTheDefaultFolders() throws Exception {
        Files.createDirectories(cwd.resolve("scenarios"));
        Files.copy(SCENARIO, cwd.resolve("scenarios/platform-migration.yaml"));
        String file = "scenarios/platform-migration.yaml";

        adoptsim("compare", file, "--replicates", "3");
        assertEquals("compare", manifestCommand("out/platform-migration"));
        assertReadmeListsEveryDataFile(cwd.resolve("out/platform-migration"));

        adoptsim("run", file, "--strategy", "earned", "--weeks", "30", "--history", "out/log", "--replicates", "3");
        assertEquals("run", manifestCommand("out/platform-migration-earned"));
        assertEquals("compare", manifestCommand("out/platform-migration"), "the comparison is left as it was");

        String wrote = adoptsim("state", "--log", "out/log", "--replicate", "0", "--week", "30", "--out",
                "out/state.csv");
        assertTrue(wrote.contains("Wrote out/state.csv: "), wrote);
        adoptsim("compare", file, "--from", "out/state.csv", "--week", "30", "--weeks", "74", "--replicates", "3");
        adoptsim("run", file, "--strategy", "earn-then-mandate", "--replicates", "3");
        assertEquals("run", manifestCommand("out/platform-migration-earn-then-mandate"));
        assertEquals("run", manifestCommand("out/platform-migration-earned"), "each strategy's run has its folder");
    }

    /** Runs {@code adoptsim ARGS --quiet} in {@link #cwd}; asserts exit 0 and returns what it printed. */
    private String adoptsim(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        if (!args[0].equals("state")) {
            cmd.add("--quiet");
        }
        Path log = Files.createTempFile(cwd, "child", ".log");
        Process child = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
        }
        String printed = Files.readString(log);
        assertEquals(0, child.exitValue(), String.join(" ", args) + ": " + printed);
        return printed;
    }

    /** README's list of what {@code compare} writes names every file it wrote beside charts/ (its lock aside). */
    private static void assertReadmeListsEveryDataFile(Path folder) throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int from = readme.indexOf("- `runs.csv`", readme.indexOf("Everything goes to `out/platform-migration/`:"));
        String list = readme.substring(from, readme.indexOf("\n\n", from));
        try (Stream<Path> files = Files.list(folder)) {
            List<String> data = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
            assertTrue(data.contains("teams.csv"), data.toString());
            for (String name : data) {
                assertTrue(list.contains("`" + name + "`"), "README's list of compare's outputs leaves out " + name);
            }
        }
    }

    private String manifestCommand(String folder) throws IOException {
        return CompareCommandTest.manifest(cwd.resolve(folder)).command();
    }
}
