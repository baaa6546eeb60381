package org.adoptsim.bench;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Exact heap accounting of an object graph on a 64-bit HotSpot JVM with compressed oops and class
 * pointers (heaps under 32 GB, the default): objects have a 12-byte header, arrays 16, references
 * take 4 bytes, every object is padded to 8. Walks instance fields reflectively (static fields and
 * anything in {@code exclude} are not counted; JDK collections closed to reflection are entered
 * through their own interface). Used by {@link MemoryFootprint} to check the measured
 * heap deltas against what the arrays should take; not for hot code.
 */
final class DeepSize {
    private DeepSize() {
    }

    static long of(Object root, Object... exclude) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Collections.addAll(seen, exclude);
        ArrayDeque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        long total = 0;
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o == null || !seen.add(o) || o instanceof Class || o instanceof Enum) {
                continue;
            }
            total += shallow(o);
            references(o, todo);
        }
        return total;
    }

    private static long shallow(Object o) {
        Class<?> c = o.getClass();
        if (c.isArray()) {
            Class<?> e = c.getComponentType();
            return align(16 + (long) Array.getLength(o) * width(e));
        }
        long size = 12;
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    size += width(f.getType());
                }
            }
        }
        return align(size);
    }

    private static void references(Object o, ArrayDeque<Object> todo) {
        Class<?> c = o.getClass();
        if (c.isArray()) {
            if (!c.getComponentType().isPrimitive()) {
                for (Object x : (Object[]) o) {
                    if (x != null) {
                        todo.push(x);
                    }
                }
            }
            return;
        }
        if (!c.getModule().isOpen(c.getPackageName(), DeepSize.class.getModule())) {
            sealed(o, todo);
            return;
        }
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Object x = f.get(o);
                    if (x != null) {
                        todo.push(x);
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new IllegalStateException("cannot read " + f, e);
                }
            }
        }
    }

    /**
     * An object of a JDK package that is not open to reflection (the immutable collections a scenario's
     * lists and maps are made of): its own fields are counted by {@link #shallow}, and what it holds is
     * reached through its public interface; anything else is counted as a leaf.
     */
    private static void sealed(Object o, ArrayDeque<Object> todo) {
        if (o instanceof java.util.Collection<?> items) {
            for (Object x : items) {
                if (x != null) {
                    todo.push(x);
                }
            }
        } else if (o instanceof java.util.Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (k != null) {
                    todo.push(k);
                }
                if (v != null) {
                    todo.push(v);
                }
            });
        }
    }

    private static int width(Class<?> t) {
        if (t == long.class || t == double.class) {
            return 8;
        } else if (t == int.class || t == float.class) {
            return 4;
        } else if (t == short.class || t == char.class) {
            return 2;
        } else if (t == byte.class || t == boolean.class) {
            return 1;
        }
        return 4;
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
