package org.adoptsim.cli.output;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.adoptsim.cli.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderClaimTest {
    @TempDir
    Path dir;

    /** A finished compare of {@code file} (as typed) run in {@code ranIn}. */
    private OutputFolder previous(String file, Path ranIn) throws Exception {
        OutputFolder out = new OutputFolder(dir.resolve("out"));
        Files.createDirectories(out.dir());
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        out.writeManifest(Manifest.builder().toolVersion("t").command("compare")
                .scenario(new Manifest.ScenarioInfo("s", 3, file, "00", List.of(), null)).seed(1L).replicates(2)
                .section(new Comparison(10, 2, List.of("a", "b"), "a", List.of("png"), null).section())
                .execution(new Manifest.Execution("adoptsim compare " + file, ranIn.toString(), 1, t.toString(),
                        t.toString(), 0, "17", "linux"))
                .build());
        return out;
    }

    @Test
    void theSameFileGivenFromAnotherFolderIsTheSameScenario() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path scenario = Files.writeString(project.resolve("s.yaml"), "name: s\n");
        OutputFolder out = previous("s.yaml", project);
        FolderClaim again = new FolderClaim("compare", List.of("a", "b"), scenario.toString());
        assertDoesNotThrow(() -> again.check(out, false));
    }

    @Test
    void aLinkToTheFileIsTheSameScenario() throws Exception {
        Path scenario = Files.writeString(dir.resolve("s.yaml"), "name: s\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), scenario);
        OutputFolder out = previous("s.yaml", dir);
        assertDoesNotThrow(() -> new FolderClaim("compare", List.of("a", "b"), link.toString()).check(out, false));
    }

    @Test
    void aCopyOfTheFileIsAnotherScenarioUnlessForced() throws Exception {
        Files.writeString(dir.resolve("s.yaml"), "name: s\n");
        Path copy = Files.writeString(dir.resolve("copy.yaml"), "name: s\n");
        OutputFolder out = previous("s.yaml", dir);
        FolderClaim claim = new FolderClaim("compare", List.of("a", "b"), copy.toString());
        InputException e = assertThrows(InputException.class, () -> claim.check(out, false));
        assertTrue(e.getMessage().contains("scenario file 's.yaml'") && e.getMessage().contains("--force"),
                e.getMessage());
        assertDoesNotThrow(() -> claim.check(out, true));
    }

    @Test
    void aRelativeNameResolvesAgainstTheDirectoryItWasTypedIn() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("s.yaml"), "name: s\n");
        Path other = Files.writeString(b.resolve("s.yaml"), "name: s\n");
        OutputFolder out = previous("s.yaml", a);
        assertThrows(InputException.class,
                () -> new FolderClaim("compare", List.of("a", "b"), other.toString()).check(out, false),
                "the same name in another folder is another file");
    }
}
