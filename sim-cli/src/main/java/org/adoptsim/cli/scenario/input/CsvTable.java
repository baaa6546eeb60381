package org.adoptsim.cli.scenario.input;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.csv.CsvReader;
import org.adoptsim.cli.csv.CsvRecord;
import org.adoptsim.cli.csv.CsvSyntaxException;

/**
 * A small CSV file a person wrote, read strictly ({@link CsvReader.Dialect#HAND_WRITTEN}): comma-separated,
 * fields optionally in double quotes (a quote inside is doubled), a header row naming the columns, blank
 * lines and lines starting with {@code #} skipped, surrounding spaces of unquoted fields trimmed. Every
 * cell keeps its line and column so that a problem can be reported where it is. Immutable.
 */
public final class CsvTable {
    /** One cell's text and where it starts. */
    public record Cell(String text, SourceLocation where) {
    }

    /** One data row. */
    public record Row(int line, List<Cell> cells) {
    }

    private final String file;
    private final List<Cell> header;
    private final List<Row> rows;

    private CsvTable(String file, List<Cell> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    /** Parses {@code text}; {@code file} names it in locations. */
    public static CsvTable parse(String text, String file) {
        List<Row> all = rows(text, file);
        if (all.isEmpty()) {
            throw new ScenarioException(SourceLocation.startOf(file), "", "the file has no header row");
        }
        Row head = all.get(0);
        List<Row> data = all.subList(1, all.size());
        for (Row r : data) {
            if (r.cells().size() != head.cells().size()) {
                throw new ScenarioException(r.cells().get(0).where(), "", "row has " + r.cells().size()
                        + " fields but the header has " + head.cells().size());
            }
        }
        return new CsvTable(file, List.copyOf(head.cells()), List.copyOf(data));
    }

    private static List<Row> rows(String text, String file) {
        List<Row> rows = new ArrayList<>();
        long cellCount = 0;
        try (CsvReader in = new CsvReader(new StringReader(text), CsvReader.Dialect.HAND_WRITTEN)) {
            for (CsvRecord r = in.next(); r != null; r = in.next()) {
                cellCount += r.size();
                if (rows.size() >= InputLimits.MAX_CSV_ROWS || cellCount > InputLimits.MAX_CSV_CELLS) {
                    throw new ScenarioException(new SourceLocation(file, r.line(), 1), "", "too many rows or fields"
                            + " (at most " + InputLimits.MAX_CSV_ROWS + " rows and " + InputLimits.MAX_CSV_CELLS
                            + " fields in all)");
                }
                List<Cell> cells = new ArrayList<>(r.size());
                for (int i = 0; i < r.size(); i++) {
                    if (r.field(i).length() > InputLimits.MAX_CSV_FIELD) {
                        throw new ScenarioException(new SourceLocation(file, r.line(i), r.column(i)), "",
                                "a field longer than " + InputLimits.MAX_CSV_FIELD + " characters");
                    }
                    cells.add(new Cell(r.field(i), new SourceLocation(file, r.line(i), r.column(i))));
                }
                rows.add(new Row(r.line(), cells));
            }
        } catch (CsvSyntaxException e) {
            throw new ScenarioException(new SourceLocation(file, e.line(), e.column()), "", e.problem());
        }
        return rows;
    }

    public String file() {
        return file;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Index of a column by its name (case-insensitive), or -1. A header naming it twice is refused at the
     * second: which of the two is meant cannot be told, and taking the first silently dropped the other.
     */
    public int column(String name) {
        int found = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).text().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                if (found >= 0) {
                    throw new ScenarioException(header.get(i).where(), name, "the header names this column twice"
                            + " (first as column " + (found + 1) + ")");
                }
                found = i;
            }
        }
        return found;
    }

    /** Index of a column that must be there; otherwise a located error naming the columns found. */
    public int requireColumn(String name, String path) {
        int c = column(name);
        if (c < 0) {
            // The header is not quoted: a file without the column may not be a CSV file at all (a secret
            // named by mistake or on purpose), and its first line is exactly what must not be shown.
            throw new ScenarioException(SourceLocation.startOf(file), path, "needs a column '" + name
                    + "' in its header row (the first line); the file has " + header.size() + " column"
                    + (header.size() == 1 ? "" : "s") + " and none is named '" + name + "'");
        }
        return c;
    }
}
