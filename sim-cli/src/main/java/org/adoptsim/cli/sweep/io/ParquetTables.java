package org.adoptsim.cli.sweep.io;

import org.adoptsim.cli.text.Num;


import blue.strategic.parquet.Hydrator;
import blue.strategic.parquet.ParquetReader;
import blue.strategic.parquet.ParquetWriter;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Writes and reads sweep tables as Parquet (parquet-floor: parquet-mr without Hadoop). Rows travel as
 * the text fields of the CSV format ({@link Num#csv} numbers, empty = missing), so a table converts
 * between the formats without changing a value, and the same rows always give the same bytes.
 */
public final class ParquetTables {
    private ParquetTables() {
    }

    /** A Parquet file being written row by row. */
    public static final class Writer implements Closeable {
        private final ParquetWriter<List<String>> out;

        Writer(ParquetWriter<List<String>> out) {
            this.out = out;
        }

        public void write(List<String> row) {
            try {
                out.write(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static Writer create(File file, TableSchema schema) {
        try {
            return new Writer(ParquetWriter.writeFile(messageType(schema), file, (row, w) -> {
                for (int i = 0; i < row.size(); i++) {
                    String text = row.get(i);
                    if (!text.isEmpty()) {
                        w.write(schema.columns().get(i), typed(schema.types().get(i), text));
                    }
                }
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Streams the rows of {@code file} as text fields, in file order, to {@code sink}. */
    public static void read(File file, TableSchema schema, Consumer<List<String>> sink) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < schema.columns().size(); i++) {
            index.put(schema.columns().get(i), i);
        }
        Hydrator<String[], List<String>, String[]> h = new Hydrator<>() {
            @Override
            public String[] start() {
                String[] row = new String[schema.columns().size()];
                java.util.Arrays.fill(row, "");
                return row;
            }

            @Override
            public String[] add(String[] row, String[] column, Object value) {
                Integer i = index.get(column[0]);
                if (i != null && value != null) {
                    row[i] = text(value);
                }
                return row;
            }

            @Override
            public List<String> finish(String[] row) {
                return List.of(row);
            }
        };
        try (Stream<List<String>> rows = ParquetReader.streamContent(file, h)) {
            rows.forEach(sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The schema stored in {@code file} (its name, columns and their types). */
    public static TableSchema schema(File file) {
        try {
            MessageType m = ParquetReader.readMetadata(file).getFileMetaData().getSchema();
            List<String> names = new ArrayList<>();
            List<TableSchema.Type> types = new ArrayList<>();
            for (Type t : m.getFields()) {
                names.add(t.getName());
                types.add(switch (t.asPrimitiveType().getPrimitiveTypeName()) {
                    case INT64, INT32 -> TableSchema.Type.LONG;
                    case DOUBLE, FLOAT -> TableSchema.Type.DOUBLE;
                    default -> TableSchema.Type.TEXT;
                });
            }
            return new TableSchema(m.getName(), names, types);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static MessageType messageType(TableSchema s) {
        List<Type> fields = new ArrayList<>();
        for (int i = 0; i < s.columns().size(); i++) {
            String name = s.columns().get(i);
            fields.add(switch (s.types().get(i)) {
                case LONG -> Types.optional(PrimitiveTypeName.INT64).named(name);
                case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(name);
                case TEXT -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
            });
        }
        return new MessageType(s.name(), fields);
    }

    private static Object typed(TableSchema.Type type, String text) {
        return switch (type) {
            case LONG -> Long.parseLong(text);
            case DOUBLE -> Double.parseDouble(text);
            case TEXT -> text;
        };
    }

    private static String text(Object value) {
        if (value instanceof Double d) {
            return Num.csv(d);
        }
        if (value instanceof Float f) {
            return Num.csv(f);
        }
        return String.valueOf(value);
    }
}
