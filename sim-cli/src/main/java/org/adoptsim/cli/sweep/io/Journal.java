package org.adoptsim.cli.sweep.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An append-only UTF-8 text file that knows its length: {@link #length()} counts the bytes appended,
 * {@link #commit()} flushes them and forces them to the disk; a checkpoint records a length reached.
 * {@link #reopen} cuts everything after such a length (the partial tail of an interrupted run) and
 * appends from there. Not thread-safe.
 */
public final class Journal implements Closeable {
    private final FileChannel channel;
    private final Writer out;
    private long length;

    private Journal(FileChannel channel, long length) {
        this.channel = channel;
        this.length = length;
        this.out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
                1 << 16);
    }

    /** A new, empty file (replacing any) that starts with {@code header} and a line break. */
    public static Journal create(Path file, String header) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            Journal j = new Journal(ch, 0);
            j.append(header);
            j.append("\n");
            return j;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    /** The existing file cut to its first {@code length} bytes, positioned to append after them. */
    public static Journal reopen(Path file, long length) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
            if (ch.size() < length) {
                ch.close();
                throw new IOException("it is shorter (" + ch.size() + " bytes) than its checkpoint says (" + length + ")");
            }
            ch.truncate(length);
            ch.position(length);
            return new Journal(ch, length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resume " + file + ": " + e.getMessage(), e);
        }
    }

    public void append(CharSequence text) {
        length += utf8Length(text);
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes appended so far (durable or not), counting from the start of the file. */
    public long length() {
        return length;
    }

    /** Hands everything appended so far to the operating system (visible to readers, not yet forced). */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes and forces everything appended so far to the disk. */
    public void commit() {
        try {
            out.flush();
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
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
