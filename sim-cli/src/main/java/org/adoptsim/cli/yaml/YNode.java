package org.adoptsim.cli.yaml;

import org.adoptsim.cli.SourceLocation;

/**
 * A node of a parsed YAML document, with the place it came from. Nodes are immutable; a node that an
 * alias refers to is shared, so a document is a tree in content and a DAG in memory.
 * {@link #weight()} counts the nodes of the subtree as if every alias were expanded, which bounds the
 * work of any walk over it.
 */
public sealed interface YNode permits YMap, YList, YScalar {

    SourceLocation where();

    /** Nodes in this subtree with aliases expanded (at least 1). */
    long weight();

    /** The kind in words, for messages: "a mapping", "a list", "a number", "the text 'abc'", "null". */
    String describe();
}
