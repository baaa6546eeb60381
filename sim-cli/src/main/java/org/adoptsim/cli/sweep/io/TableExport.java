package org.adoptsim.cli.sweep.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.csv.CsvReader;
import org.adoptsim.cli.csv.CsvRecord;
import org.adoptsim.cli.csv.CsvSyntaxException;
import org.adoptsim.cli.output.AtomicFile;

/**
 * Converts a complete CSV table into Parquet: streams the records through, writes a temporary file and
 * renames it into place, so an interrupted export leaves no half-written table behind.
 */
public final class TableExport {
    private TableExport() {
    }

    public static void csvToParquet(Path csv, Path parquet, TableSchema schema) {
        Path tmp = parquet.resolveSibling(parquet.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            try (CsvReader in = CsvReader.open(csv); ParquetTables.Writer out = ParquetTables.create(tmp.toFile(), schema)) {
                CsvRecord header = in.next();
                if (header == null || !header.fields().equals(schema.columns())) {
                    throw new IllegalStateException(csv + ": header differs from the sweep's columns");
                }
                for (CsvRecord row = in.next(); row != null; row = in.next()) {
                    out.write(row.fields());
                }
            }
            AtomicFile.replace(tmp, parquet);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + parquet + ": " + e.getMessage(), e);
        } catch (CsvSyntaxException e) {
            throw new IllegalStateException(csv + ":" + e.getMessage(), e);
        }
    }
}
