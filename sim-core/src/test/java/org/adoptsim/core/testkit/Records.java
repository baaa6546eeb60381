package org.adoptsim.core.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Copies a record with some components replaced, through its canonical constructor (so the copy is
 * validated like any other). For test set-ups of the rule records that have no {@code with…} method
 * for every field. A misspelt component name fails the test at once.
 */
public final class Records {
    private Records() {
    }

    /** A copy of {@code record} with the named components set; pairs of (name, value). */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                args[i] = components[i].getAccessor().invoke(record);
                types[i] = components[i].getType();
            }
            for (int k = 0; k < namesAndValues.length; k += 2) {
                args[indexOf(components, (String) namesAndValues[k])] = namesAndValues[k + 1];
            }
            var constructor = record.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return (R) constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(RecordComponent[] components, String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no component '" + name + "' in "
                + Arrays.toString(Arrays.stream(components).map(RecordComponent::getName).toArray()));
    }
}
