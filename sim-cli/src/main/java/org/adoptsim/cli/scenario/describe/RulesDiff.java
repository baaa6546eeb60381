package org.adoptsim.cli.scenario.describe;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.Rules;

/**
 * Lists the fields of {@link Rules} that differ from another value (the defaults), as
 * {@code decisions.attention 0.9 (default 0.7)}. Walks the record components, so a field added to the
 * core is covered without changes here. The declared functions are listed apart ({@link FunctionsText}).
 */
public final class RulesDiff {
    private RulesDiff() {
    }

    public static List<String> differences(Rules actual, Rules base) {
        List<String> out = new ArrayList<>();
        for (RecordComponent section : Rules.class.getRecordComponents()) {
            if (section.getName().equals("functions")) {
                continue;
            }
            Object a = read(section, actual);
            Object b = read(section, base);
            for (RecordComponent field : a.getClass().getRecordComponents()) {
                Object va = read(field, a);
                Object vb = read(field, b);
                if (!same(va, vb)) {
                    out.add(section.getName() + "." + field.getName() + " " + text(va) + " (default " + text(vb) + ")");
                }
            }
        }
        return out;
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof double[] x && b instanceof double[] y) {
            return Arrays.equals(x, y);
        }
        return a.equals(b);
    }

    static String text(Object v) {
        if (v instanceof Double d) {
            return Words.num(d);
        } else if (v instanceof double[] arr) {
            List<String> parts = new ArrayList<>();
            for (double x : arr) {
                parts.add(Words.num(x));
            }
            return "[" + String.join(", ", parts) + "]";
        } else if (v instanceof Distribution d) {
            return DistributionText.of(d);
        } else if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        return String.valueOf(v);
    }
}
