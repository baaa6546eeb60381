package org.adoptsim.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
    private final TextTable t = new TextTable("Title", List.of("name", "value"), List.of(false, true),
            List.of(List.of("a|b", "1.0 \u00b10.1"), List.of("long name", "<2>")), List.of("Note."));

    @Test
    void textAlignsColumns() {
        assertEquals("Title\nname            value\n---------  ----------\na|b        1.0 +/-0.1\nlong name         <2>\n"
                + "Note.\n", t.toText());
    }

    @Test
    void markdownEscapesPipes() {
        assertEquals("**Title**\n\n| name | value |\n| :--- | ---: |\n| a\\|b | 1.0 \u00b10.1 |\n| long name | <2> |\n\n"
                + "Note.\n", t.toMarkdown());
    }

    @Test
    void htmlEscapesText() {
        String html = t.toHtml();
        assertEquals(true, html.contains("<td class=\"num\">&lt;2&gt;</td>"));
        assertEquals(true, html.contains("<caption>Title</caption>"));
    }

    @Test
    void aLongTableIsCutAtTheLimitAndSaysHowManyRowsAreLeftOut() {
        String text = t.toText(1);
        assertEquals(1, text.lines().filter(l -> l.startsWith("a|b")).count());
        assertEquals(0, text.lines().filter(l -> l.startsWith("long name")).count());
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("... 1 more rows\n"), text);
        assertEquals(t.toText(), t.toText(2));
    }
}
