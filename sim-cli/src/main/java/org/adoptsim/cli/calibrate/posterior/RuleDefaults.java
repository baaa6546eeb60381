package org.adoptsim.cli.calibrate.posterior;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import org.adoptsim.core.config.Rules;

/**
 * The value a scenario runs with at a path {@code rules.SECTION.FIELD} it does not write: the field of the
 * loaded {@link Rules} (the defaults of docs/model.md, as the loader filled them in), read by its record
 * component's name, which is the scenario key. Only real-valued fields count: a whole-number field cannot be
 * fitted. Stateless.
 */
public final class RuleDefaults {
    private static final String RULES = "rules.";

    private RuleDefaults() {
    }

    /** The value at {@code path} in {@code rules}, or NaN when the path is not a real-valued rules field. */
    public static double at(Rules rules, String path) {
        return value(rules, path) instanceof Double d ? d : Double.NaN;
    }

    /**
     * The value at {@code path} in {@code rules} whatever its type (a whole number, a switch, a choice), or
     * null when the path names no rules field.
     */
    public static Object value(Rules rules, String path) {
        if (!path.startsWith(RULES)) {
            return null;
        }
        String[] parts = path.substring(RULES.length()).split("\\.");
        if (parts.length != 2) {
            return null;
        }
        Object section = component(rules, parts[0]);
        return section == null ? null : component(section, parts[1]);
    }

    private static Object component(Object record, String name) {
        if (!record.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + name, e);
                }
            }
        }
        return null;
    }
}
