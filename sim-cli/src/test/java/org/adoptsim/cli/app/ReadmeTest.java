package org.adoptsim.cli.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README as a reader uses it: its Commands table names every command, its tables are whole (no row
 * stranded under a paragraph, no row twice in one table), and every {@code ./adoptsim …} line of its
 * examples parses with the real options and reads shipped files that exist. That the commands also run
 * in README order is {@code compare.DefaultFoldersTest}'s.
 */
class ReadmeTest {
    private static final Path README = Path.of("../README.md");

    @Test
    void theCommandsTableNamesEveryCommand() throws IOException {
        String text = Files.readString(README);
        String table = text.substring(text.indexOf("## Commands"), text.indexOf("\n## ", text.indexOf("## Commands") + 1));
        Set<String> missing = new TreeSet<>();
        CommandLine main = Main.commandLine();
        for (var e : main.getSubcommands().entrySet()) {
            boolean alias = !e.getKey().equals(e.getValue().getCommandName());
            if (!alias && !e.getKey().equals("help") && !table.contains("`./adoptsim " + e.getKey())) {
                missing.add(e.getKey());
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyTableRowBelongsToATableAndNoTableRepeatsARow() throws IOException {
        List<String> lines = Files.readAllLines(README);
        Set<String> rows = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("|")) {
                rows.clear();
                continue;
            }
            boolean header = i + 1 < lines.size() && lines.get(i + 1).startsWith("|---");
            boolean continues = i > 0 && lines.get(i - 1).startsWith("|");
            assertTrue(header || continues, "README.md:" + (i + 1) + ": a table row outside a table: " + line);
            String first = line.split("(?<!\\\\)\\|")[1].strip();
            assertTrue(rows.add(first), "README.md:" + (i + 1) + ": a second row for " + first);
        }
    }

    @Test
    void everyExampleCommandParsesAndReadsShippedFiles() throws IOException {
        List<String> lines = Files.readAllLines(README);
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("./adoptsim ")) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            while (line.endsWith("\\") && i + 1 < lines.size()) {
                joined.append(line, 0, line.length() - 1).append(' ');
                line = lines.get(++i).strip();
            }
            List<String> words = HelpExamplesTest.words(joined.append(line).toString());
            String where = "README.md:" + (i + 1) + ": " + String.join(" ", words);
            HelpExamplesTest.assertParsesAndReadsShippedFiles(words, where, README.toAbsolutePath().getParent());
            checked.add(where);
        }
        assertTrue(checked.size() >= 8, checked.toString());
    }
}
