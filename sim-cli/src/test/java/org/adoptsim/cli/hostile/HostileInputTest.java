package org.adoptsim.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input failures of issue 12, each on its own: leaks through error messages, special files, huge values. */
class HostileInputTest {
    @TempDir
    Path dir;

    private Cli validate(String scenario, String... extra) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scenario"));
        Path file = Files.writeString(folder.resolve("s.yaml"), scenario);
        String[] args = new String[extra.length + 2];
        args[0] = "validate";
        args[1] = file.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        return Cli.run(args);
    }

    private static void assertOneLine(Cli r, String expected) {
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(expected), r.err());
    }

    @Test
    void theEnvironmentIsNeverPrinted() throws IOException {
        String yaml = "organisation: {teamsFile: /proc/self/environ}\n";
        Cli outside = validate(yaml);
        assertOneLine(outside, "s.yaml:1:27: organisation.teamsFile: '/proc/self/environ' is outside the scenario's"
                + " folder; move it beside the scenario, or pass --allow-outside-files");
        Cli allowed = validate(yaml, "--allow-outside-files");
        assertOneLine(allowed, "'/proc/self/environ' is not a regular file");
        String path = System.getenv("PATH");
        assertFalse(path != null && (outside.err() + allowed.err()).contains(path));
    }

    @Test
    void theFirstLineOfAFileOfTheWrongKindIsNeverQuoted() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scenario"));
        Files.writeString(folder.resolve("shadow.csv"), "root:$6$secretsalt$hash:19000:0:99999:7:::\n");
        Files.writeString(dir.resolve("outside.csv"), "name\nsecret-team\n");
        Files.createSymbolicLink(folder.resolve("link.csv"), dir.resolve("outside.csv"));
        Cli wrongKind = validate("organisation: {teamsFile: shadow.csv}\n");
        assertOneLine(wrongKind, "needs a column 'name' in its header row (the first line); the file has 1 column");
        assertFalse(wrongKind.err().contains("secretsalt"), wrongKind.err());
        Cli link = validate("organisation: {teamsFile: link.csv}\n");
        assertOneLine(link, "is outside the scenario's folder");
        Cli dotdot = validate("organisation: {teamsFile: ../outside.csv}\n");
        assertOneLine(dotdot, "is outside the scenario's folder");
    }

    @Test
    void aFileOfAnotherKindNamedAsTheScenarioIsNotQuoted() throws IOException {
        Path shadow = Files.writeString(dir.resolve("shadow"), "root:$6$secretsalt$hash:19000:0:99999:7:::\n");
        Cli r = Cli.run("validate", shadow.toString());
        assertOneLine(r, "shadow:1:1: a key that is not a field name");
        assertFalse(r.err().contains("secretsalt"), r.err());
        Path env = Files.writeString(dir.resolve("env"), "PATH=/usr/bin\nTOKEN=secretvalue\n");
        Cli e = Cli.run("validate", env.toString());
        assertOneLine(e, "got a single value: this is not a scenario file");
        assertFalse(e.err().contains("secretvalue"), e.err());
    }

    @Test
    void devicesPipesAndFoldersAreRefusedBeforeReading() throws IOException {
        for (String f : new String[] {"/dev/zero", "/dev/urandom"}) {
            assertOneLine(validate("organisation: {teamsFile: " + f + "}\n", "--allow-outside-files"),
                    "'" + f + "' is not a regular file");
            Cli named = Cli.run("validate", f);
            assertOneLine(named, f + ":1:1: '" + f + "' is not a regular file");
        }
        Files.createDirectories(dir.resolve("scenario/sub"));
        assertOneLine(validate("organisation: {teamsFile: sub}\n"), "'" + dir.resolve("scenario/sub") + "' is a folder");
    }

    @Test
    void aLongRunOrAHugeValueIsRefusedWhereItStarts() throws IOException {
        assertOneLine(validate("name: x\ndescription: " + "a".repeat(8 << 20) + "\n"),
                "s.yaml:2:14: more than 262144 characters without a space or line break");
        assertOneLine(validate("name: x\ndescription: \"" + "ab ".repeat(1 << 20) + "\"\n"),
                "s.yaml:2:14: a value longer than 1048576 characters");
    }

    @Test
    void anOverlongTokenIsQuotedShortAndVisible() throws IOException {
        Cli r = validate("strategies: {earned: {preset: \"" + "\\u0007".repeat(3) + "z".repeat(500) + "\"}}\n");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("\\u0007\\u0007\\u0007zzz") && r.err().length() < 400, r.err());
        assertFalse(r.err().contains("\u0007"), r.err());
    }
}
