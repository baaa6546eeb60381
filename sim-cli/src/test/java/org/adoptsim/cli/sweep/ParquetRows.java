package org.adoptsim.cli.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.output.Csv;
import org.adoptsim.cli.sweep.io.ParquetTables;

/** Reads a Parquet table back as the CSV lines it would be, for comparisons in tests. */
final class ParquetRows {
    private ParquetRows() {
    }

    static List<String> asCsvLines(Path parquet) {
        List<String> lines = new ArrayList<>();
        ParquetTables.read(parquet.toFile(), ParquetTables.schema(parquet.toFile()), row -> lines.add(Csv.line(row)));
        return lines;
    }
}
