package org.adoptsim.cli.output;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The policy the output tests check files against can fail: on "-0", NaN and Infinity as on an exponent. */
class CsvPolicyTest {
    @TempDir
    Path dir;

    @Test
    void signedZeroAndNumbersThatAreNotFiniteBreakThePolicy() throws IOException {
        CsvPolicy.assertSixDecimals(csv("ok.csv", "-0.5"));
        CsvPolicy.assertPlain(csv("ok2.csv", "-0.1234567"));
        for (String bad : new String[] {"-0", "NaN", "Infinity", "-Infinity", "1e-7", "0.10"}) {
            Path f = csv("bad.csv", bad);
            assertThrows(AssertionFailedError.class, () -> CsvPolicy.assertSixDecimals(f), bad);
            assertThrows(AssertionFailedError.class, () -> CsvPolicy.assertPlain(f), bad);
        }
    }

    @Test
    void textThatSpellsNanOrInfIsNotANumberButInANumberColumnItIs() throws IOException {
        Path names = Files.writeString(dir.resolve("names.csv"), "team,strategy,value\nNan,inf,0.5\nteam-2,INFINITY,1\n");
        CsvPolicy.assertSixDecimals(names);
        CsvPolicy.assertPlain(names);
        Path column = Files.writeString(dir.resolve("column.csv"), "strategy,value\nearned,0.5\nhope,nan\n");
        assertThrows(AssertionFailedError.class, () -> CsvPolicy.assertSixDecimals(column));
        assertThrows(AssertionFailedError.class, () -> CsvPolicy.assertPlain(column));
    }

    private Path csv(String name, String cell) throws IOException {
        return Files.writeString(dir.resolve(name), "strategy,value\nearned," + cell + "\n");
    }
}
