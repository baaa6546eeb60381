package org.adoptsim.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} killed with SIGKILL at every stage of writing its outputs, into a folder that holds
 * an earlier complete comparison: during the simulation, once runs.csv is replaced, once the tables are,
 * once the first chart is, once the reports are, and once the manifest is. Whatever the stage, the folder
 * never looks like a finished result it is not: either it has no manifest.json, or every data file the
 * manifest lists matches the SHA-256 it records and every chart and report it lists is there. A run
 * after the kill then completes normally.
 */
class CompareKillTest {
    @TempDir
    Path tmp;

    /** One stage: its name and the test that says the child has reached it. */
    record Stage(String name, Predicate<Path> reached) {
    }

    @Test
    void aKillAtAnyStageNeverLeavesAFolderThatLooksComplete() throws Exception {
        Path file = TestCli.scenario(tmp, 30, 12, 5);
        Path out = tmp.resolve("out");
        assertEquals(0, new TestCli().execute("compare", file.toString(), "--out", out.toString(), "--quiet",
                "--seed", "1"));
        List<Stage> stages = List.of(
                new Stage("simulating", d -> hasTemp(d, ".runs.csv.")),
                new Stage("runs.csv replaced", d -> newer(d.resolve("runs.csv"))),
                new Stage("tables replaced", d -> newer(d.resolve("summary.csv"))),
                new Stage("a chart replaced", d -> newer(d.resolve("charts/fan-earned.png"))),
                new Stage("reports replaced", d -> newer(d.resolve("report.md"))),
                new Stage("manifest written", d -> Files.exists(d.resolve("manifest.json"))
                        && newer(d.resolve("manifest.json"))));
        List<String> seen = new ArrayList<>();
        for (Stage stage : stages) {
            since = System.currentTimeMillis();
            Thread.sleep(20);
            since = System.currentTimeMillis();
            killAt(stage, file, out);
            seen.add(stage.name() + ": " + (Files.exists(out.resolve("manifest.json")) ? "manifest" : "no manifest"));
            assertConsistent(out, stage.name());
        }
        assertEquals(0, new TestCli().execute("compare", file.toString(), "--out", out.toString(), "--quiet",
                "--seed", "2"), String.join("; ", seen));
        assertTrue(CompareCommandTest.manifest(out).complete());
        assertConsistent(out, "after a clean run");
    }

    private long since;

    private boolean newer(Path p) {
        try {
            return Files.exists(p) && Files.getLastModifiedTime(p).compareTo(FileTime.fromMillis(since)) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasTemp(Path d, String prefix) {
        try (var s = Files.list(d)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(prefix));
        } catch (IOException e) {
            return false;
        }
    }

    private void killAt(Stage stage, Path file, Path out) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dadoptsim.test.replicateMillis=40", "-cp", System.getProperty("java.class.path"),
                CompareChild.class.getName(), "compare", file.toString(), "--out", out.toString(), "--quiet",
                "--threads", "1", "--seed", String.valueOf(100 + stage.name().length())));
        Path log = tmp.resolve("child.log");
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try {
            while (System.nanoTime() < deadline) {
                if (stage.reached().test(out)) {
                    child.destroyForcibly();
                    child.waitFor();
                    return;
                }
                if (!child.isAlive()) {
                    if (stage.name().equals("manifest written") && child.exitValue() == 0) {
                        return; // it finished between two looks: the last stage is the end itself
                    }
                    fail(stage.name() + ": the child ended before it could be killed: " + Files.readString(log));
                }
                Thread.sleep(1);
            }
            fail(stage.name() + ": not reached in time");
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
    }

    /** No manifest, or one whose every listed file is in place and (for data files) unchanged. */
    private static void assertConsistent(Path out, String stage) throws IOException {
        OutputFolder folder = new OutputFolder(out);
        if (!Files.exists(out.resolve("manifest.json"))) {
            return;
        }
        Manifest m = folder.manifest().orElseThrow();
        for (String f : m.files().keySet()) {
            folder.verify(m, f);
        }
        for (String g : m.generated()) {
            assertTrue(Files.size(out.resolve(g)) > 0, stage + ": " + g + " listed but missing");
        }
    }
}
