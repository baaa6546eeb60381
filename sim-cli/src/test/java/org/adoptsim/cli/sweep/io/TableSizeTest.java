package org.adoptsim.cli.sweep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adoptsim.cli.results.MetricCatalog;
import org.junit.jupiter.api.Test;

/** The disk estimate a sweep is checked against before it starts, fresh and resumed, in CSV and Parquet. */
class TableSizeTest {
    private static final Columns COLUMNS = Columns.of(List.of(),
            List.of(new MetricCatalog(104).get("final_done_share"), new MetricCatalog(104).get("incidents")));
    private static final List<String> STRATEGIES = List.of("earned", "earn-then-mandate");

    @Test
    void aResumedCsvSweepCountsOnlyTheRunsStillToDo() {
        TableSize fresh = TableSize.of(COLUMNS, STRATEGIES, 1_000_000, 0, 10, "csv");
        TableSize resumed = TableSize.of(COLUMNS, STRATEGIES, 1_000_000, 990_000, 10, "csv");
        assertEquals(1_000_000, fresh.runRows());
        assertEquals(10_000, resumed.runRows());
        assertEquals(1_000, resumed.pointRows());
        assertEquals(fresh.bytes() / 100, resumed.bytes(), fresh.bytes() * 1e-12);
    }

    @Test
    void aResumedParquetSweepStillNeedsTheParquetCopiesOfEveryRun() {
        TableSize csv = TableSize.of(COLUMNS, STRATEGIES, 1_000_000, 0, 10, "csv");
        TableSize fresh = TableSize.of(COLUMNS, STRATEGIES, 1_000_000, 0, 10, "parquet");
        TableSize resumed = TableSize.of(COLUMNS, STRATEGIES, 1_000_000, 990_000, 10, "parquet");
        assertEquals(2 * csv.bytes(), fresh.bytes(), 1e-6 * csv.bytes());
        assertTrue(resumed.bytes() >= csv.bytes(), "the Parquet tables hold every run: " + resumed.bytes());
        assertEquals(csv.bytes() * 1.01, resumed.bytes(), 1e-6 * csv.bytes());
    }
}
