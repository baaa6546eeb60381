package org.adoptsim.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.adoptsim.cli.app.Main;
import org.junit.jupiter.api.Test;

/** docs/outputs.md names the columns and fields the writers produce, and says when they are there. */
class OutputsDocTest {
    private static String doc() throws IOException {
        return Files.readString(Path.of("../docs/outputs.md")).replaceAll("\\s+", " ");
    }

    /** The text from a heading to the next heading. */
    private static String section(String doc, String heading) {
        int at = doc.indexOf(heading);
        assertTrue(at >= 0, heading);
        return doc.substring(at, doc.indexOf(" ### ", at + heading.length()));
    }

    @Test
    void pairedCsvSectionListsEveryColumnInOrder() throws IOException {
        String paired = section(doc(), "### paired.csv");
        String columns = "`" + String.join(", ", PairedCsv.header()) + "`";
        assertTrue(paired.contains(columns), "docs/outputs.md's paired.csv section does not list " + columns);
        assertTrue(paired.contains("`replicates` (the fifth column"), paired);
    }

    @Test
    void breakEvenWeekIsDocumentedAsWeeksElapsed() throws IOException {
        String runs = section(doc(), "### runs.csv");
        assertTrue(runs.contains("`break_even_week` counts like the milestones: weeks elapsed, the 0-based week index"),
                "runs.csv's section must say break_even_week is weeks elapsed (MetricCatalogTest checks the code)");
    }

    @Test
    void theSweepManifestsPosteriorIsMarkedAsOnlyWithPosterior() throws IOException {
        String doc = doc();
        int row = doc.indexOf("| `sweep` | sweep, merge |");
        String fields = doc.substring(row, doc.indexOf(" | ", row + 30));
        assertTrue(fields.contains("`posterior` (`{\"file\", \"sha256\"}`, only with `--posterior`)"), fields);
    }

    @Test
    void theQuietRowNamesExactlyTheCommandsThatTakeQuiet() throws IOException {
        String doc = doc();
        int at = doc.indexOf("| `-q`, `--quiet` |");
        String row = doc.substring(at, doc.indexOf(" | off |", at));
        int from = row.indexOf("errors only (") + "errors only (".length();
        assertTrue(from >= "errors only (".length() && row.indexOf(';', from) > 0, row);
        String list = row.substring(from, row.indexOf(';', from));
        Set<String> named = new TreeSet<>(Arrays.asList(list.split(", ")));
        Set<String> quiet = new TreeSet<>();
        Main.commandLine().getSubcommands().forEach((name, c) -> {
            if (name.equals(c.getCommandName()) && c.getCommandSpec().findOption("--quiet") != null) {
                quiet.add(name);
            }
        });
        assertEquals(quiet, named, "docs/outputs.md's -q row");
    }
}
