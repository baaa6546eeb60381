package org.adoptsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void shortVisibleTextIsKept() {
        assertEquals("team-7", Excerpt.of("team-7"));
        assertEquals("'Zürich'", Excerpt.quoted("Zürich"));
    }

    @Test
    void longTextIsCutAtFortyCharacters() {
        assertEquals("a".repeat(40) + "…", Excerpt.of("a".repeat(1_000_000)));
    }

    @Test
    void invisibleCharactersAreEscaped() {
        assertEquals("a\\u000ab\\u001b[31m\\u202ec\\u0000", Excerpt.of("a\nb\u001b[31m\u202ec\u0000"));
    }

    @Test
    void visibleKeepsTheWholeTextButEscapesWhatWouldReorderIt() {
        String path = "/tmp/" + "d".repeat(60) + "/\u202eamm.csv";
        assertEquals("/tmp/" + "d".repeat(60) + "/\\u202eamm.csv", Excerpt.visible(path));
        assertEquals("😀 ok", Excerpt.visible("😀 ok"));
    }

    @Test
    void locatedMessagesEscapeFormatCharactersInFileNamesToo() {
        LocatedException e = new LocatedException(new SourceLocation("a\u202eb.yaml", 1, 1), "", "x");
        assertEquals("a\\u202eb.yaml:1:1: x", e.getMessage());
    }
}
