package org.adoptsim.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumTest {

    @Test
    void csvCellsArePlainAndShort() {
        assertEquals("0.238095", Num.csv(5.0 / 21));
        assertEquals("12", Num.csv(12.0));
        assertEquals("0.5", Num.csv(0.5));
        assertEquals("0", Num.csv(-0.0));
        assertEquals("0", Num.csv(-1e-9));
        assertEquals("-3.25", Num.csv(-3.25));
        assertEquals("0.000001", Num.csv(1e-6));
        assertEquals("123456789012345", Num.csv(123456789012345.0));
        assertEquals("", Num.csv(Double.NaN));
    }

    @Test
    void fixedAndSignedDecimals() {
        assertEquals("25.0", Num.fixed(25, 1));
        assertEquals("0.120", Num.fixed(0.12, 3));
        assertEquals("+12.5", Num.signed(12.5, 1));
        assertEquals("-3.0", Num.signed(-3, 1));
        assertEquals("0.0", Num.signed(-0.01, 1));
        assertEquals("2", Num.fixed(2.5, 0), "half-even");
        assertEquals("4", Num.fixed(3.5, 0), "half-even");
    }

    @Test
    void independentOfTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1234.5", Num.csv(1234.5));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertEquals("0.333333", Num.csv(1.0 / 3));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void roundTripsWithinHalfAUnitOfTheLastDecimal() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            double x = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(-3, 9));
            assertEquals(x, Num.parse(Num.csv(x)), 0.5e-6 + Math.ulp(x) * 4, Double.toString(x));
        }
    }

    @Test
    void exactValuesReadBackAsTheSameDoubleInPlainForm() {
        assertEquals("0.1", Num.exact(0.1));
        assertEquals("1", Num.exact(1.0));
        assertEquals("0", Num.exact(-0.0));
        assertEquals("0.0000004", Num.exact(4e-7), "no exponent, and not rounded away as six decimals would");
        assertEquals("6.860515043833566", Num.exact(6.860515043833566));
        assertEquals("", Num.exact(Double.NaN));
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 10_000; i++) {
            double x = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(-12, 12));
            String s = Num.exact(x);
            assertEquals(x, Num.parse(s), 0, s);
            assertEquals(-1, s.indexOf('E'), s);
        }
    }

    @Test
    void infinitiesAreMissingInFilesButRejectedInTables() {
        assertEquals("", Num.csv(Double.POSITIVE_INFINITY));
        assertEquals("", Num.csv(Double.NEGATIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Num.fixed(Double.POSITIVE_INFINITY, 2));
    }

    @Test
    void appendsWhatCsvWrites() {
        StringBuilder b = new StringBuilder("x=");
        Num.appendCsv(b, 0.1234565);
        assertEquals("x=" + Num.csv(0.1234565), b.toString());
    }

    @Test
    void significantDigitsInPlainDecimal() {
        assertEquals("1235", Num.significant(1234.56, 4));
        assertEquals("1200", Num.significant(1200, 4), "no exponent, no trailing zeros lost");
        assertEquals("0.00013", Num.significant(0.000125, 2), "rounded from the exact binary value, just above 0.000125");
        assertEquals("0.1", Num.significant(0.1, 6));
        assertEquals("-2.5", Num.significant(-2.5, 3));
        assertEquals("0", Num.significant(-0.0, 4));
        assertThrows(IllegalArgumentException.class, () -> Num.significant(Double.NaN, 4));
    }

    @Test
    void labelsKeepWholeNumbersBelowAMillion() {
        assertEquals("123456", Num.label(123456, 3));
        assertEquals("1230000", Num.label(1234567, 3));
        assertEquals("0.333", Num.label(1.0 / 3, 3));
        assertEquals("-7", Num.label(-7, 4));
        assertEquals("", Num.label(Double.NaN, 4));
    }
}
