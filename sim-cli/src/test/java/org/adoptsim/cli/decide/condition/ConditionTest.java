package org.adoptsim.cli.decide.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ConditionTest {
    private static final List<String> COLS = List.of("final_done_share", "weeks_to_90", "earned.incidents",
            "earn-then-mandate.incidents");

    private static boolean eval(String c, double... row) {
        return Condition.parse(c).bind(COLS).test(row);
    }

    @Test
    void comparesAndJoins() {
        assertTrue(eval("final_done_share < 0.9 && weeks_to_90 > 52", 0.8, 60, 0, 0));
        assertFalse(eval("final_done_share < 0.9 && weeks_to_90 > 52", 0.95, 60, 0, 0));
        assertTrue(eval("final_done_share >= 0.95 || weeks_to_90 <= 40", 0.5, 40, 0, 0));
        assertTrue(eval("(final_done_share == 1 || weeks_to_90 != 3) && -1 < final_done_share", 1, 3, 0, 0));
        assertTrue(eval("earned.incidents > earn-then-mandate.incidents", 0, 0, 5, 4));
        assertTrue(eval("weeks_to_90 < 1e3", 0, 999, 0, 0));
    }

    @Test
    void aMissingMilestoneIsLaterThanAnyWeek() {
        assertTrue(eval("weeks_to_90 > 52", 0.5, Double.NaN, 0, 0));
        assertFalse(eval("weeks_to_90 <= 104", 0.5, Double.NaN, 0, 0));
    }

    @Test
    void andBindsTighterThanOr() {
        Predicate<double[]> p = Condition.parse("final_done_share > 0.5 || weeks_to_90 > 1 && weeks_to_90 < 0")
                .bind(COLS);
        assertTrue(p.test(new double[] {0.9, 5, 0, 0}));
    }

    @Test
    void deepParenthesesAreALocatedErrorNotACrash() {
        // 20,000 nested parentheses overflowed the parser's stack: "internal error: StackOverflowError", exit 1
        String deep = "(".repeat(20_000) + "weeks_to_90 > 3" + ")".repeat(20_000);
        assertError(deep, Condition.MAX_DEPTH + 1, "parentheses nested more than 64 deep");
        String ok = "(".repeat(Condition.MAX_DEPTH) + "weeks_to_90 > 3" + ")".repeat(Condition.MAX_DEPTH);
        assertTrue(Condition.parse(ok).bind(COLS).test(new double[] {0, 5, 0, 0}));
    }

    @Test
    void errorsAreLocated() {
        assertError("final_done_share < ", 20, "expected a column name or a number");
        assertError("final_done_share = 1", 18, "use ==");
        assertError("(weeks_to_90 > 3", 17, "expected ')'");
        assertError("weeks_to_90 > 3 weeks_to_90", 17, "unexpected 'weeks_to_90'");
        assertError("weeks_to_90 ; 3", 13, "unexpected character ';'");
        assertError("1 < 2", 1, "compares two numbers");
        assertError("", 1, "empty");
        ConditionException e = assertThrows(ConditionException.class,
                () -> Condition.parse("weeks_to_9 > 3").bind(COLS));
        assertEquals(1, e.column());
        assertTrue(e.getMessage().contains("did you mean 'weeks_to_90'"), e.getMessage());
    }

    @Test
    void listsTheColumnsItReads() {
        assertEquals(List.of("weeks_to_90", "final_done_share"),
                List.copyOf(Condition.parse("weeks_to_90 > 3 && (final_done_share < 1 || weeks_to_90 < 9)").columns()));
    }

    private static void assertError(String text, int column, String part) {
        ConditionException e = assertThrows(ConditionException.class, () -> Condition.parse(text));
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
