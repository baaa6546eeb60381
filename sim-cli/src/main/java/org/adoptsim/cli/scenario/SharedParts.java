package org.adoptsim.cli.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.adoptsim.cli.scenario.input.InputFile;
import org.adoptsim.cli.scenario.shape.MapShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.Shape;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;

/**
 * The parts of one parsed scenario tree that the trees made from it by overrides still share, and what
 * checking and mapping each part gave. A sweep point, a calibration particle or an optimiser's candidate
 * overrides a few values; the overrides copy only the path down to each value, so every other part of
 * its tree is the very node of the base tree ({@code TreeOverrides}). Such a part is checked and mapped
 * once, and then reused: a point pays for what its overrides changed, not for the whole file and the
 * team and edge files it names (reading, hashing and resolving those took milliseconds per point on a
 * 1,000-team organisation).
 *
 * <p>A part is known by its node's identity (a node equal to a base node but made anew, such as an
 * override, is mapped afresh) and what was done with it: the shape it was checked against, or the path
 * of the field it was mapped as (an alias puts one node at two paths, mapped by two mappers). It keeps
 * one result, with the arguments its mapping read besides the node (the team references an edge list
 * was resolved with, say); other arguments map it afresh and replace that result, so what is kept never
 * grows beyond the base tree's parts. Only successes are kept, so an error is always raised and located
 * as without reuse. The files a part read are kept with it and named again when it is reused, in the
 * same order, so the inputs a manifest lists do not depend on reuse. Thread-safe: two threads may map
 * the same part at once; both values are equal, and either is kept.
 */
public final class SharedParts {
    /** No base tree: every part is checked and mapped (loading one scenario file). */
    static final SharedParts NONE = new SharedParts(Collections.emptySet());
    /** The arguments of a part whose mapping reads nothing but its node. */
    static final Object NO_ARGS = List.of();

    private final Set<YNode> base;
    private final Map<Key, Done> done = new ConcurrentHashMap<>();

    private SharedParts(Set<YNode> base) {
        this.base = base;
    }

    /** The parts of {@code root}: every node of it. */
    public static SharedParts of(YNode root) {
        Set<YNode> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(root, nodes);
        return new SharedParts(Collections.unmodifiableSet(nodes));
    }

    private static void collect(YNode node, Set<YNode> into) {
        if (!into.add(node)) {
            return; // an alias: its subtree is in already
        }
        if (node instanceof YMap m) {
            m.entries().forEach(e -> collect(e.value(), into));
        } else if (node instanceof YList l) {
            l.items().forEach(i -> collect(i, into));
        }
    }

    /**
     * Checks {@code node} against {@code shape}, skipping every base part already found valid. A node
     * made by an override is checked part by part where its shape is a mapping (an object or a map of
     * named strategies), so that only the path down to the overridden values is walked again.
     */
    void check(Shape shape, YNode node, String path, ReferencedFiles files) {
        if (base.contains(node)) {
            reuse(node, shape, NO_ARGS, files, () -> {
                shape.check(node, path);
                return Boolean.TRUE;
            });
        } else if (shape instanceof ObjectShape object) {
            object.check(node, path, (part, value, at) -> check(part, value, at, files));
        } else if (shape instanceof MapShape map) {
            map.check(node, path, (part, value, at) -> check(part, value, at, files));
        } else {
            shape.check(node, path);
        }
    }

    /**
     * What {@code work} gives for {@code node} as {@code part} (a shape, or the keys of the path it is
     * mapped at):
     * done once for a base node and these {@code args}, and reused after; done every time for any other
     * node. {@code args} must hold everything else the work reads that can differ between trees (equal
     * arguments: equal results).
     */
    @SuppressWarnings("unchecked")
    <T> T reuse(YNode node, Object part, Object args, ReferencedFiles files, Supplier<T> work) {
        if (!base.contains(node)) {
            return work.get();
        }
        Key k = new Key(node, part);
        Done d = done.get(k);
        if (d != null && d.args.equals(args)) {
            files.readAgain(d.files);
            return (T) d.value;
        }
        int before = files.count();
        T value = work.get();
        done.put(k, new Done(args, value, files.since(before)));
        return value;
    }

    /** How many results are kept: at most one per base node and part (tests check that it stays bounded). */
    int size() {
        return done.size();
    }

    /** A base node, by identity, and the part it was checked or mapped as. */
    private static final class Key {
        private final YNode node;
        private final Object what;

        Key(YNode node, Object what) {
            this.node = node;
            this.what = what;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.node == node && k.what.equals(what);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(node) + what.hashCode();
        }
    }

    /** A part's value, the arguments it was mapped with, and the files mapping it read, in the order read. */
    private record Done(Object args, Object value, List<Map.Entry<Path, InputFile>> files) {
    }
}
