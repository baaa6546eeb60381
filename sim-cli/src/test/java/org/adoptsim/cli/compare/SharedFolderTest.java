package org.adoptsim.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.OutputFolder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output folders shared between commands: one writer at a time, no silent takeover of another
 * command's or another scenario's results, and odd {@code --out} values refused before anything is
 * written. Each failure of issue 12 about shared folders has its test here.
 */
class SharedFolderTest {
    @TempDir
    Path dir;

    @Test
    void aFolderHoldingTheScenariosOwnFilesIsNeverTheOutput() throws Exception {
        // 'compare s.yaml --out DIR' with the scenario's teams.csv in DIR replaced it with the outputs' teams.csv
        // (a folder without manifest.json may be written), and the scenario no longer loaded.
        Path org = Files.createDirectories(dir.resolve("org"));
        String teams = "name,department\nalpha,pay\nbeta,pay\ngamma,search\n";
        Files.writeString(org.resolve("teams.csv"), teams);
        Path file = Files.writeString(org.resolve("s.yaml"), """
                name: s
                organisation: {teamsFile: teams.csv}
                run: {weeks: 10, replicates: 2, seed: 1}
                strategies:
                  earned: {preset: earned}
                """);
        for (String command : new String[] {"compare", "run"}) {
            TestCli cli = new TestCli();
            assertEquals(2, cli.execute(command, file.toString(), "--out", org.toString(), "--quiet", "--force"));
            assertEquals("--out " + org + " holds " + file + ", which this run reads; the outputs could replace"
                    + " it: choose another --out", cli.err.toString().strip());
        }
        assertEquals(teams, Files.readString(org.resolve("teams.csv")));
        assertFalse(Files.exists(org.resolve("manifest.json")));
        for (Path out : new Path[] {org.resolve("out"), dir}) { // below the scenario's folder, or above it
            TestCli elsewhere = new TestCli();
            assertEquals(0, elsewhere.execute("compare", file.toString(), "--out", out.toString(), "--quiet"),
                    elsewhere.err.toString());
        }
        assertEquals(teams, Files.readString(org.resolve("teams.csv")));
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstIsWriting() throws Exception {
        Path file = TestCli.scenario(dir, 20, 6, 3);
        Path out = dir.resolve("shared");
        TestCli first = new TestCli();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SimulationCommand compare = first.command("compare");
        compare.onReplicate = done -> {
            if (done == 2) {
                inside.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() ->
                first.execute("compare", file.toString(), "--out", out.toString(), "--quiet", "--threads", "1"));
        assertTrue(inside.await(30, TimeUnit.SECONDS), "the first compare reached its second replicate");

        TestCli second = new TestCli();
        int code = second.execute("compare", file.toString(), "--out", out.toString(), "--quiet", "--seed", "9");
        release.countDown();
        assertEquals(2, code);
        String err = second.err.toString();
        assertTrue(err.contains("another adoptsim command (process ") && err.contains("is writing this folder"), err);
        assertEquals(1, err.strip().lines().count(), err);

        assertEquals(0, running.get(60, TimeUnit.SECONDS), first.err.toString());
        Manifest m = CompareCommandTest.manifest(out);
        assertTrue(m.complete());
        assertEquals(3, m.seed(), "the manifest is the first writer's");
        OutputFolder folder = new OutputFolder(out);
        for (String f : m.files().keySet()) {
            folder.verify(m, f);
        }
        assertEquals(0, new TestCli().execute("compare", file.toString(), "--out", out.toString(), "--quiet",
                "--seed", "9"), "the lock is released when the first writer ends");
    }

    @Test
    void aCopiedScenarioThatKeepsItsNameDoesNotOverwriteTheOriginal() throws IOException {
        Path file = TestCli.scenario(dir, 20, 4, 3);
        Path copyDir = Files.createDirectories(dir.resolve("copy"));
        Path copy = Files.copy(file, copyDir.resolve("small.yaml"));
        Path out = dir.resolve("out");
        assertEquals(0, new TestCli().execute("compare", file.toString(), "--out", out.toString(), "--quiet"));
        TestCli second = new TestCli();
        assertEquals(2, second.execute("compare", copy.toString(), "--out", out.toString(), "--quiet"));
        assertTrue(second.err.toString().contains("holds the results of scenario file")
                && second.err.toString().contains("--force"), second.err.toString());
        assertEquals(file.toString(), CompareCommandTest.manifest(out).scenario().file());
    }

    @Test
    void aFolderWithAForeignManifestIsRefusedWithoutForce() throws IOException {
        Path file = TestCli.scenario(dir, 20, 4, 3);
        Path out = Files.createDirectories(dir.resolve("sweep-like"));
        Files.writeString(out.resolve("manifest.json"), "{\"format\": \"adoptsim-sweep/1\"}");
        TestCli cli = new TestCli();
        assertEquals(2, cli.execute("compare", file.toString(), "--out", out.toString(), "--quiet"));
        assertTrue(cli.err.toString().contains("--force"), cli.err.toString());
        assertEquals("{\"format\": \"adoptsim-sweep/1\"}", Files.readString(out.resolve("manifest.json")));
        assertEquals(0, new TestCli().execute("compare", file.toString(), "--out", out.toString(), "--quiet",
                "--force"));
    }

    @Test
    void emptyBlankAndFileOutValuesAreRefused() throws IOException {
        Path file = TestCli.scenario(dir, 20, 4, 3);
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        for (String out : new String[] {"", " ", "\t", " out", aFile.toString(), "a\nb"}) {
            TestCli cli = new TestCli();
            assertEquals(2, cli.execute("compare", file.toString(), "--out", out, "--quiet"), out);
            assertTrue(cli.err.toString().startsWith("--out: "), cli.err.toString());
            assertEquals(1, cli.err.toString().strip().lines().count(), cli.err.toString());
        }
        assertEquals("x", Files.readString(aFile));
        assertFalse(Files.exists(Path.of("runs.csv")), "nothing was written to the current folder");
    }

    @Test
    void anOutUnderAFileIsOneLineNamingThePathExit1() throws IOException {
        Path file = TestCli.scenario(dir, 20, 4, 3);
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        TestCli cli = new TestCli();
        assertEquals(1, cli.execute("compare", file.toString(), "--out", aFile.resolve("sub").toString(), "--quiet"));
        String err = cli.err.toString();
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.contains(aFile.toString()) && !err.contains("internal error"), err);
    }

    @Test
    void aReadOnlyFolderIsOneLineNamingThePathExit1() throws IOException {
        Path file = TestCli.scenario(dir, 20, 4, 3);
        Path ro = Files.createDirectories(dir.resolve("ro"));
        assertTrue(ro.toFile().setWritable(false));
        try {
            Assumptions.assumeFalse(Files.isWritable(ro), "running as root: nothing is read-only");
            TestCli cli = new TestCli();
            assertEquals(1, cli.execute("compare", file.toString(), "--out", ro.resolve("x").toString(), "--quiet"));
            String err = cli.err.toString();
            assertEquals(1, err.strip().lines().count(), err);
            assertTrue(err.contains(ro.toString()) && !err.contains("internal error"), err);
        } finally {
            ro.toFile().setWritable(true);
        }
    }

    @Test
    void hugeWeeksAndOrganisationsAreRefusedWithWhatToChange() throws IOException {
        Path file = TestCli.scenario(dir, 20, 4, 3);
        TestCli weeks = new TestCli();
        assertEquals(2, weeks.execute("compare", file.toString(), "--weeks", "1000000", "--out",
                dir.resolve("w").toString()));
        assertTrue(weeks.err.toString().startsWith("--weeks: at most 2600 weeks"), weeks.err.toString());
        assertFalse(Files.exists(dir.resolve("w")));

        Path big = Files.writeString(dir.resolve("big.yaml"),
                "name: big\norganisation: {teams: 100000}\nstrategies: {earned: {preset: earned}}\n");
        TestCli mem = new TestCli();
        assertEquals(2, mem.execute("compare", big.toString(), "--out", dir.resolve("b").toString()));
        String err = mem.err.toString();
        assertTrue(err.contains("organisation.network: 100,000 teams") && err.contains("sparser network")
                && err.contains("JAVA_OPTS=-Xmx"), err);
        assertFalse(err.contains("internal error"), err);

        Path huge = Files.writeString(dir.resolve("huge.yaml"),
                "name: huge\norganisation: {teams: 2147483647}\nstrategies: {earned: {preset: earned}}\n");
        TestCli overflow = new TestCli();
        assertEquals(2, overflow.execute("compare", huge.toString(), "--out", dir.resolve("h").toString()));
        assertTrue(overflow.err.toString().contains("huge.yaml:2:23: organisation.teams: must be in [1, 1000000]"),
                overflow.err.toString());
    }
}
