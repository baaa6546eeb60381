package org.adoptsim.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparison section records the runs' calendar start week, only when there is one, and reads it back. */
class ComparisonStartWeekTest {

    private static Manifest withStart(int week) {
        Manifest m = ManifestJsonTest.sample(Map.of("runs.csv", new Manifest.FileEntry(12, "ff")), List.of("a", "b"),
                74);
        return m.toBuilder().section(m.comparison().withStartWeek(week).section()).build();
    }

    @Test
    void aCalendarStartWeekIsWrittenAndReadBack() {
        Manifest m = withStart(30);
        String json = ManifestJson.write(m);
        assertTrue(json.contains("\"chartFormats\" : [ \"png\" ],\n    \"startWeek\" : 30\n  }"), json);
        Manifest read = ManifestJson.read("manifest.json", json);
        assertEquals(30, read.startWeek());
        assertEquals(m, read);
        assertEquals(30, read.withGenerated(List.of("svg"), List.of()).startWeek(), "report keeps the calendar");
    }

    @Test
    void withoutACalendarNothingIsWrittenAndAnOlderFolderReadsAsNone() {
        Manifest m = withStart(0);
        String json = ManifestJson.write(m);
        assertFalse(json.contains("startWeek"), json);
        assertEquals(0, ManifestJson.read("manifest.json", json).startWeek());
    }

    @Test
    void aNegativeStartWeekIsAnErrorNamingTheField() {
        String json = ManifestJson.write(withStart(30)).replace("\"startWeek\" : 30", "\"startWeek\" : -3");
        OutputFormatException e = assertThrows(OutputFormatException.class,
                () -> ManifestJson.read("manifest.json", json).startWeek());
        assertTrue(e.getMessage().contains("startWeek"), e.getMessage());
        assertThrows(OutputFormatException.class, () -> ManifestJson.read("manifest.json",
                json.replace("\"startWeek\" : -3", "\"startWeek\" : \"thirty\"")).startWeek());
    }
}
