package org.adoptsim.cli.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.SourceLocation;
import org.junit.jupiter.api.Test;

class YamlTreeReaderTest {

    private static YNode read(String text) {
        return YamlTreeReader.read(text, "t.yaml", YamlLimits.defaults());
    }

    private static String error(String text) {
        return assertThrows(LocatedException.class, () -> read(text)).getMessage();
    }

    @Test
    void keepsKeysInOrderWithTheirLocations() {
        YMap root = (YMap) read("b: 1\na:\n  c: [x, 2.5]\n");
        assertEquals(java.util.List.of("b", "a"), root.keys());
        YMap.Entry a = root.entry("a");
        assertEquals(new SourceLocation("t.yaml", 2, 1), a.keyAt());
        YMap inner = (YMap) a.value();
        YList list = (YList) inner.get("c");
        assertEquals(new SourceLocation("t.yaml", 3, 7), list.get(0).where());
        assertEquals(new SourceLocation("t.yaml", 3, 10), list.get(1).where());
    }

    @Test
    void typesScalarsLikeYaml12() {
        YList l = (YList) ((YMap) read("v: [1, 2.5, true, yes, on, \"3\", ~, 0x1F, 1e3]\n")).get("v");
        YScalar.Kind[] kinds = {YScalar.Kind.INTEGER, YScalar.Kind.FLOAT, YScalar.Kind.BOOLEAN, YScalar.Kind.STRING,
            YScalar.Kind.STRING, YScalar.Kind.STRING, YScalar.Kind.NULL, YScalar.Kind.INTEGER, YScalar.Kind.FLOAT};
        for (int i = 0; i < kinds.length; i++) {
            assertEquals(kinds[i], ((YScalar) l.get(i)).kind(), "item " + i);
        }
        assertEquals(31, ((YScalar) l.get(7)).number().intValue());
        assertTrue(((YScalar) l.get(8)).isIntegral());
        assertTrue(((YScalar) l.get(2)).booleanValue());
    }

    @Test
    void expandsAnAliasBySharingTheAnchoredNode() {
        YMap root = (YMap) read("a: &x {k: 1}\nb: *x\n");
        assertSame(root.get("a"), root.get("b"));
        assertEquals(1 + 2 * (1 + 3), root.weight());
    }

    @Test
    void resolvesAliasesOfScalars() {
        YMap root = (YMap) read("a: &x 42\nb: [*x, *x]\n");
        assertSame(root.get("a"), ((YList) root.get("b")).get(1));
    }

    @Test
    void rejectsAnAliasBombBeforeExpandingIt() {
        StringBuilder b = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            b.append(c).append(": &").append(c).append(" [").append(("*" + prev + ", ").repeat(8)).append('*')
                    .append(prev).append("]\n");
            prev = c;
        }
        assertEquals("t.yaml:7:16: the document is too large once its aliases are expanded (more than 2000000 values)",
                error(b.toString()));
    }

    @Test
    void limitsTheNumberOfAliases() {
        String many = "a: &a 1\nb: [" + "*a, ".repeat(64) + "*a]\n";
        assertEquals("t.yaml:2:261: too many aliases (more than 64)", error(many));
    }

    @Test
    void rejectsAnUnknownOrRecursiveAlias() {
        assertEquals("t.yaml:1:4: alias '*nope' refers to no anchor '&nope' defined before it", error("a: *nope\n"));
        assertEquals("t.yaml:1:11: alias '*r' refers to no anchor '&r' defined before it", error("a: &r [1, *r]\n"));
    }

    @Test
    void rejectsTagsInsteadOfConstructingTypes() {
        assertEquals("t.yaml:1:4: YAML tags such as '!!java.net.URL' are not supported",
                error("a: !!java.net.URL [\"http://example.com\"]\n"));
        assertEquals("t.yaml:1:4: YAML tags such as '!custom' are not supported", error("a: !custom 1\n"));
    }

    @Test
    void rejectsDuplicateKeys() {
        assertEquals("t.yaml:3:1: the key 'a' appears twice in one mapping (first at line 1)",
                error("a: 1\nb: 2\na: 3\n"));
    }

    @Test
    void boundsNesting() {
        String deep = "a: " + "[".repeat(40) + "]".repeat(40) + "\n";
        assertTrue(error(deep).contains("nested too deeply"), error(deep));
    }

    @Test
    void boundsTheDocumentSize() {
        YamlLimits small = new YamlLimits(100, 32, 64, 1000);
        String msg = assertThrows(LocatedException.class,
                () -> YamlTreeReader.read("a: \"" + "x".repeat(200) + "\"\n", "t.yaml", small)).getMessage();
        assertTrue(msg.startsWith("t.yaml:1:") && msg.contains("the file is too long (more than 100 characters)"), msg);
    }

    @Test
    void reportsSyntaxErrorsOnOneLine() {
        assertEquals("t.yaml:2:2: YAML syntax: expected ',' or ']', but got : (while parsing a flow sequence that "
                + "starts at 1:4)", error("a: [1, 2\nb: 3\n"));
        assertEquals("t.yaml:2:1: YAML syntax: found character '\\t(TAB)' that cannot start any token. (Do not use "
                + "\\t(TAB) for indentation) (while scanning for the next token)", error("a:\n\tb: 1\n"));
        // a complex key: the parser's message named its own event classes
        assertEquals("t.yaml:2:4: YAML syntax: a key must be a plain name, not a list or a map",
                error("name: x\n? [a, b]\n: 1\n"));
    }

    @Test
    void reportsANumberItCannotReadWhereItIsWrittenNamingTheField() {
        assertEquals("t.yaml:2:8: b[1]: must be a finite number, was .inf", error("a: 1\nb: [1, .inf]\n"));
        assertEquals("t.yaml:2:36: effort.all.lognormal.median: must be a finite number, was .nan",
                error("a: 1\neffort: {all: {lognormal: {median: .nan, sigma: 0.6}}}\n"));
        assertEquals("t.yaml:1:4: a: a number longer than 100 characters", error("a: " + "9".repeat(101) + "\n"));
    }

    @Test
    void rejectsEmptyFilesAndSecondDocuments() {
        assertEquals("t.yaml:1:1: the file is empty", error(""));
        assertEquals("t.yaml:1:1: the file is empty", error("# only a comment\n"));
        assertTrue(error("a: 1\n---\nb: 2\n").contains("a file holds one YAML document"));
    }
}
