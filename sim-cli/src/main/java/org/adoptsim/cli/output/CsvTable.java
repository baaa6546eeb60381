package org.adoptsim.cli.output;

import org.adoptsim.cli.text.Num;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.csv.CsvReader;
import org.adoptsim.cli.csv.CsvRecord;
import org.adoptsim.cli.csv.CsvSyntaxException;

/**
 * A CSV file read back whole (RFC 4180, as {@link Csv} writes it): a header and rows of text cells,
 * every row as wide as the header. Errors name the file and line. Immutable.
 */
public final class CsvTable {
    private final String file;
    private final List<String> header;
    private final List<List<String>> rows;

    private CsvTable(String file, List<String> header, List<List<String>> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    public static CsvTable read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        return parse(path.getFileName().toString(), text);
    }

    public static CsvTable parse(String file, String text) {
        List<List<String>> records = records(file, text);
        if (records.isEmpty()) {
            throw new OutputFormatException(file + ": empty file, expected a header line");
        }
        List<String> header = records.get(0);
        for (int i = 1; i < records.size(); i++) {
            if (records.get(i).size() != header.size()) {
                throw new OutputFormatException(file + " line " + (i + 1) + ": " + records.get(i).size()
                        + " fields, expected " + header.size());
            }
        }
        return new CsvTable(file, header, new ArrayList<>(records.subList(1, records.size())));
    }

    private static List<List<String>> records(String file, String text) {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader in = new CsvReader(new StringReader(text), CsvReader.Dialect.EXACT)) {
            for (CsvRecord r = in.next(); r != null; r = in.next()) {
                records.add(r.fields());
            }
        } catch (CsvSyntaxException e) {
            throw new OutputFormatException(file + " line " + e.line() + ": " + e.problem());
        }
        return records;
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public int size() {
        return rows.size();
    }

    /** Index of a column, or an error naming the file and the missing column. */
    public int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new OutputFormatException(file + ": no column '" + name + "'");
        }
        return i;
    }

    public String text(int row, String column) {
        return rows.get(row).get(column(column));
    }

    /** A numeric cell; empty is NaN; anything else that is not a number is an error naming the cell. */
    public double number(int row, String column) {
        String cell = text(row, column);
        try {
            return Num.parse(cell);
        } catch (NumberFormatException e) {
            throw new OutputFormatException(file + " line " + (row + 2) + ", column " + column + ": '" + cell
                    + "' is not a number");
        }
    }

    /** An integer cell (no decimals). */
    public long integer(int row, String column) {
        String cell = text(row, column);
        try {
            return Long.parseLong(cell);
        } catch (NumberFormatException e) {
            throw new OutputFormatException(file + " line " + (row + 2) + ", column " + column + ": '" + cell
                    + "' is not a whole number");
        }
    }
}
