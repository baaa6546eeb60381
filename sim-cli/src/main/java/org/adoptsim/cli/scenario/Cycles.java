package org.adoptsim.cli.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adoptsim.cli.scenario.input.ScenarioException;

/**
 * Finds a cycle in explicit dependencies (edge a→b: team a depends on upstream b) with an iterative
 * depth-first search, and reports it at the edge that closes it, naming the teams around it.
 */
final class Cycles {
    private Cycles() {
    }

    static void requireAcyclic(List<EdgeMapper.LocatedEdge> edges, TeamRefs refs, String path) {
        int n = refs.teams();
        int[] start = new int[n + 1];
        for (EdgeMapper.LocatedEdge e : edges) {
            start[e.a() + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] out = new int[edges.size()];
        for (int k = 0; k < edges.size(); k++) {
            out[fill[edges.get(k).a()]++] = k;
        }
        byte[] colour = new byte[n];
        int[] parentEdge = new int[n];
        int[] cursor = new int[n];
        int[] stack = new int[n];
        for (int root = 0; root < n; root++) {
            if (colour[root] == 0) {
                search(root, edges, start, out, colour, parentEdge, cursor, stack, refs, path);
            }
        }
    }

    private static void search(int root, List<EdgeMapper.LocatedEdge> edges, int[] start, int[] out, byte[] colour,
            int[] parentEdge, int[] cursor, int[] stack, TeamRefs refs, String path) {
        int top = 0;
        stack[top++] = root;
        colour[root] = 1;
        cursor[root] = start[root];
        while (top > 0) {
            int v = stack[top - 1];
            if (cursor[v] == start[v + 1]) {
                colour[v] = 2;
                top--;
                continue;
            }
            int k = out[cursor[v]++];
            int w = edges.get(k).b();
            if (colour[w] == 1) {
                throw cycle(k, edges, parentEdge, refs, path);
            }
            if (colour[w] == 0) {
                colour[w] = 1;
                parentEdge[w] = k;
                cursor[w] = start[w];
                stack[top++] = w;
            }
        }
    }

    private static ScenarioException cycle(int closing, List<EdgeMapper.LocatedEdge> edges, int[] parentEdge,
            TeamRefs refs, String path) {
        EdgeMapper.LocatedEdge last = edges.get(closing);
        if (last.a() == last.b()) {
            return new ScenarioException(last.where(), path, refs.name(last.a()) + " depends on itself");
        }
        List<String> names = new ArrayList<>();
        int v = last.a();
        names.add(refs.name(v));
        while (v != last.b()) {
            v = edges.get(parentEdge[v]).a();
            names.add(0, refs.name(v));
        }
        names.add(refs.name(last.b()));
        return new ScenarioException(last.where(), path, "the dependencies form a cycle: "
                + String.join(" -> ", names) + " (each depends on the next)");
    }
}
