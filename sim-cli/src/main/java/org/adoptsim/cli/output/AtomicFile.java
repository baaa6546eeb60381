package org.adoptsim.cli.output;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name in its target's folder ({@code .NAME.<random>.tmp}), synced
 * to disk (or, inside an open {@link SyncBatch}, recorded for the batch to sync), and moved onto the
 * target in one atomic rename on {@link #commit}. Until then the target is
 * untouched, so a crash or kill leaves either the old file or the new one, never half of one (inside a
 * batch, a power failure before the batch's sync may leave the new file empty: the batch's caller
 * writes its manifest only after that sync, so such a folder has none); a
 * temporary file left by a kill is hidden and says it is temporary. {@link #close} without commit
 * deletes the temporary file. Streams are plain (not interruptible) file streams, so an interrupt of
 * the writing thread cannot close them mid-write. Not thread-safe.
 */
public final class AtomicFile implements Closeable {
    /** Writes a body to a target. */
    @FunctionalInterface
    public interface Body<T> {
        void write(T out) throws IOException;
    }

    private final Path target;
    private final Path temp;
    private final FileOutputStream file;
    private final OutputStream stream;
    private Writer writer;
    private boolean done;

    private AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temp = createTemp(dir, this.target.getFileName().toString());
        this.file = new FileOutputStream(temp.toFile());
        this.stream = new BufferedOutputStream(file, 1 << 16);
    }

    /** A new empty file with default permissions (the umask applies, unlike {@code createTempFile}). */
    private static Path createTemp(Path dir, String name) throws IOException {
        while (true) {
            long tag = java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1;
            try {
                return Files.createFile(dir.resolve("." + name + "." + Long.toString(tag, 36) + ".tmp"));
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                continue;
            }
        }
    }

    /** Opens a temporary file for {@code target}; the caller must {@link #commit} or {@link #close}. */
    public static AtomicFile open(Path target) throws IOException {
        return new AtomicFile(target);
    }

    /** Writes text (UTF-8) atomically. */
    public static void writeText(Path target, Body<Writer> body) throws IOException {
        try (AtomicFile f = open(target)) {
            body.write(f.writer());
            f.commit();
        }
    }

    /** Writes bytes atomically. */
    public static void writeBytes(Path target, Body<OutputStream> body) throws IOException {
        try (AtomicFile f = open(target)) {
            body.write(f.stream());
            f.commit();
        }
    }

    public OutputStream stream() {
        return stream;
    }

    /** A UTF-8 writer over the stream (the same one on every call). */
    public Writer writer() {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        }
        return writer;
    }

    public Path target() {
        return target;
    }

    /**
     * Flushes, syncs and renames the temporary file onto the target. Under the folder of an open
     * {@link SyncBatch} the sync is left to the batch, which syncs all its files together later.
     */
    public void commit() throws IOException {
        if (done) {
            throw new IllegalStateException(target + " was already committed or closed");
        }
        if (writer != null) {
            writer.flush();
        }
        stream.flush();
        SyncBatch batch = SyncBatch.covering(target);
        if (batch == null) {
            file.getFD().sync();
        }
        stream.close();
        replace(temp, target);
        if (batch != null) {
            batch.add(target);
        }
        done = true;
    }

    /** Renames a finished file over {@code target}, atomically where the file system can. */
    public static void replace(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Abandons an uncommitted file: closes and deletes the temporary file; the target is untouched. */
    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        done = true;
        try {
            stream.close();
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
