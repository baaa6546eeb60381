package org.adoptsim.cli.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.InputException;

/**
 * One writer per output folder: an exclusive lock ({@link FileChannel#tryLock}) on
 * {@code .adoptsim.lock} in the folder, held from before the first file is written until the command
 * ends. The operating system drops the lock when the process ends, however it ends ({@code kill -9}
 * included), so a stale lock never blocks a later run; the file itself stays (deleting it would let two
 * writers lock two different files). A second writer, in this process or another, is refused with one
 * line ({@link FolderBusyException}, exit 2). The lock file holds the holder's process id and command,
 * for that message. On a file system that cannot lock at all (some network mounts) the command runs
 * unlocked rather than not at all. Not thread-safe; close it once.
 */
public final class FolderLock implements AutoCloseable {
    /** The lock file's name in the folder. */
    public static final String FILE = ".adoptsim.lock";

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /** A second writer's refusal: the folder is being written by another command. */
    public static final class FolderBusyException extends InputException {
        private static final long serialVersionUID = 1L;

        FolderBusyException(String oneLine) {
            super(oneLine);
        }
    }

    /**
     * Creates {@code dir} if needed and locks it for {@code command}.
     *
     * @throws FolderBusyException when another writer holds the lock
     * @throws IOException         when the folder or its lock file cannot be created
     */
    public static FolderLock acquire(Path dir, String command) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            // The file system cannot lock (an NFS mount without a lock service): refusing every run there
            // would be worse than running unlocked, so the command goes ahead without the guarantee.
            return new FolderLock(dir, channel, null);
        } catch (RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new FolderBusyException(dir + ": another adoptsim command" + holder + " is writing this folder;"
                    + " wait for it to finish, or choose another --out");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + " " + command + "\n")
                .getBytes(StandardCharsets.UTF_8)), 0);
        return new FolderLock(dir, channel, lock);
    }

    /** " (process 123, compare)" from the lock file, or "" when it cannot be read. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer b = ByteBuffer.allocate(200);
            channel.read(b, 0);
            String[] parts = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip().split(" ", 2);
            if (parts.length == 2 && parts[0].matches("[0-9]{1,12}")) {
                return " (process " + parts[0] + ", " + Excerpt.of(parts[1]) + ")";
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            if (lock != null) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
