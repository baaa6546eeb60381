package org.adoptsim.cli.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every main package of both modules says in a {@code package-info.java} what it holds and which
 * packages it may use. The test runs in sim-cli's folder, so sim-core's sources are one level up.
 */
class PackageInfoTest {

    @Test
    void everyCommandLinePackageHasAPackageInfo() {
        assertEveryPackageDocumented(Path.of("src/main/java"));
    }

    @Test
    void everyEnginePackageHasAPackageInfo() {
        assertEveryPackageDocumented(Path.of("../sim-core/src/main/java"));
    }

    @Test
    void aPackageInfoSaysWhatThePackageMayUse() throws IOException {
        for (Path info : packageInfos(Path.of("src/main/java"))) {
            org.junit.jupiter.api.Assertions.assertTrue(Files.readString(info).contains("May use"), info + " does not say what the package may use");
        }
    }

    private static void assertEveryPackageDocumented(Path sources) {
        List<Path> missing = packagesWithSources(sources).stream()
                .filter(dir -> !Files.exists(dir.resolve("package-info.java"))).toList();
        assertFalse(packagesWithSources(sources).isEmpty(), "no sources under " + sources.toAbsolutePath());
        assertEquals(List.of(), missing, "packages without a package-info.java");
    }

    private static List<Path> packagesWithSources(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> packageInfos(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.getFileName().toString().equals("package-info.java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
