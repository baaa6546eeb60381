package org.adoptsim.cli.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.adoptsim.cli.Cli;
import org.adoptsim.cli.history.HistoryReader;
import org.adoptsim.cli.history.HistoryWriter;
import org.adoptsim.cli.history.MigrationLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --history} names the teams as the scenario's teams file does, and the history reader maps
 * a log's names back onto the scenario's teams, on the shipped {@code scenarios/acme-today/}.
 */
class HistoryNamesTest {
    private static final Path ACME = Path.of("../scenarios/acme-today/acme-today.yaml");

    @TempDir
    Path dir;

    @Test
    void historyOfANamedScenarioRoundTripsByName() throws Exception {
        Cli run = Cli.run("run", ACME.toString(), "--replicates", "1", "--history", dir.resolve("h").toString(),
                "--out", dir.resolve("run").toString(), "-q");
        assertEquals(0, run.exit(), run.err());
        Path file = dir.resolve("h").resolve(HistoryWriter.fileName(0));
        List<String> names = new ScenarioFiles().read(ACME).teamNames();
        assertEquals(40, names.size());
        List<String> lines = Files.readAllLines(file);
        assertEquals(HistoryWriter.HEADER, lines.get(0));
        for (int i = 0; i < names.size(); i++) {
            assertTrue(lines.get(i + 1).startsWith(names.get(i) + ","), lines.get(i + 1));
        }

        HistoryReader reader = new HistoryReader(null, names);
        MigrationLog written = reader.read(file, file.toString());
        assertEquals(names, written.teams());

        // The same log with its rows shuffled, and with team-K names, maps back to the scenario's order.
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.reverse(rows);
        MigrationLog shuffled = reader.parse(HistoryWriter.HEADER + "\n" + String.join("\n", rows) + "\n", "r.csv");
        assertEquals(names, shuffled.teams());
        assertArrayEquals(written.start(), shuffled.start());
        assertArrayEquals(written.done(), shuffled.done());
        StringBuilder numbered = new StringBuilder(HistoryWriter.HEADER + "\n");
        for (int i = 0; i < names.size(); i++) {
            numbered.append("team-").append(i + 1).append(lines.get(i + 1).substring(names.get(i).length())).append('\n');
        }
        MigrationLog byNumber = reader.parse(numbered.toString(), "n.csv");
        assertEquals(names, byNumber.teams());
        assertArrayEquals(written.start(), byNumber.start());
        assertArrayEquals(written.done(), byNumber.done());
        assertEquals(written.status(), byNumber.status());
    }
}
