package org.adoptsim.cli.output;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Asserts docs/outputs.md's "one policy for every file" on the number cells of a written CSV file: plain
 * decimal — no exponent, no trailing zeros, no ".0" on a whole number, no "-0" — with at most six decimals;
 * never NaN or Infinity (Java's spellings anywhere, any spelling in a column that holds numbers; a text
 * cell such as a team named "Nan" is not a number).
 */
public final class CsvPolicy {
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+0-9.eE]+");
    /**
     * A number that is not finite, in any spelling: never a number cell of an output (empty means "none").
     * Checked in a column that holds numbers, so a team or strategy named "Nan" or "inf" is text.
     */
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?(nan|inf(inity)?)", Pattern.CASE_INSENSITIVE);
    /** What Java writes for a double that is not finite: a number cell wherever it is, a column of them too. */
    private static final Pattern JAVA_NOT_FINITE = Pattern.compile("NaN|-?Infinity");
    /** "-0" is zero written with a sign it does not have; "-0.5" is fine. */
    private static final Pattern SIX_DECIMALS = Pattern.compile("(?!-0$)-?(0|[1-9][0-9]*)(\\.[0-9]{0,5}[1-9])?");
    private static final Pattern PLAIN = Pattern.compile("(?!-0$)-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?");

    private CsvPolicy() {
    }

    /** Every number cell of {@code file} has at most six decimals, in plain form. */
    public static void assertSixDecimals(Path file) throws IOException {
        assertNumbers(file, SIX_DECIMALS, "at most six decimals in plain form");
    }

    /** Every number cell of {@code file} is in plain form (any number of decimals: values read back exactly). */
    public static void assertPlain(Path file) throws IOException {
        assertNumbers(file, PLAIN, "plain form");
    }

    private static void assertNumbers(Path file, Pattern policy, String what) throws IOException {
        CsvTable t = CsvTable.read(file);
        for (String column : t.header()) {
            boolean numeric = false;
            for (int r = 0; r < t.size() && !numeric; r++) {
                numeric = number(t.text(r, column));
            }
            for (int r = 0; r < t.size(); r++) {
                String cell = t.text(r, column);
                assertTrue(!(JAVA_NOT_FINITE.matcher(cell).matches() || numeric && NOT_FINITE.matcher(cell).matches()),
                        file.getFileName() + " row " + (r + 1) + ", " + column + ": '" + cell + "' is not a finite number");
                if (number(cell)) {
                    assertTrue(policy.matcher(cell).matches(), file.getFileName() + " row " + (r + 1) + ", " + column
                            + ": '" + cell + "' is not in " + what);
                }
            }
        }
    }

    /** Whether a cell is written as a number (digits, a sign, a point, an exponent), not as text. */
    private static boolean number(String cell) {
        return NUMBER_LIKE.matcher(cell).matches() && cell.chars().anyMatch(Character::isDigit);
    }
}
