package org.adoptsim.cli.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.adoptsim.cli.ParallelIo;

/**
 * Makes the files of one output folder durable together instead of one by one. While a batch is open for
 * a folder, an {@link AtomicFile} committed anywhere under it (from any thread) is renamed into place
 * without its own sync and recorded here; {@link #syncAll} then syncs every recorded file at once, on
 * several threads (the file system merges concurrent syncs into a few journal commits, so 25 files cost
 * about what one does), and then each folder that holds them, which also makes the renames durable.
 *
 * <p>The crash guarantee stays the manifest's: a command writes manifest.json only after {@link #syncAll}
 * has returned, and closes the batch before, so the manifest itself is synced as usual. A kill before then
 * leaves no manifest (the previous one is retracted first), whatever the state of the other files. Not
 * for files that must be durable on their own.
 */
public final class SyncBatch implements AutoCloseable {
    /** Concurrent syncs at most; more gain nothing on one disk. */
    private static final int THREADS = 16;
    private static final List<SyncBatch> OPEN = new CopyOnWriteArrayList<>();

    private final Path dir;
    private final Set<Path> files = new LinkedHashSet<>();

    private SyncBatch(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** Opens a batch for the files under {@code dir}; close it (after {@link #syncAll}) before the manifest. */
    public static SyncBatch open(Path dir) {
        SyncBatch b = new SyncBatch(dir);
        for (SyncBatch other : OPEN) {
            if (b.dir.startsWith(other.dir) || other.dir.startsWith(b.dir)) {
                throw new IllegalStateException("a sync batch is already open for " + other.dir);
            }
        }
        OPEN.add(b);
        return b;
    }

    /** The open batch whose folder holds {@code file}, or null. */
    static SyncBatch covering(Path file) {
        Path p = file.toAbsolutePath().normalize();
        for (SyncBatch b : OPEN) {
            if (p.startsWith(b.dir)) {
                return b;
            }
        }
        return null;
    }

    /** Records a file renamed into place without a sync. */
    synchronized void add(Path file) {
        files.add(file.toAbsolutePath().normalize());
    }

    /** How many recorded files wait for {@link #syncAll}. */
    synchronized int pending() {
        return files.size();
    }

    /** Syncs every recorded file, then the folders that hold them; an I/O error of any fails the call. */
    public void syncAll() throws IOException {
        List<Path> todo;
        synchronized (this) {
            todo = new ArrayList<>(files);
            files.clear();
        }
        Set<Path> folders = new LinkedHashSet<>();
        todo.forEach(f -> folders.add(f.getParent()));
        run(todo, true);
        run(new ArrayList<>(folders), false);
    }

    /** Syncs a folder's entries (creations, renames, deletions) to disk, where the platform can. */
    public static void syncFolder(Path folder) throws IOException {
        sync(folder, false);
    }

    private static void run(List<Path> paths, boolean files) throws IOException {
        ParallelIo.each(paths, THREADS, "adoptsim-sync", "syncing the outputs to disk", p -> sync(p, files));
    }

    private static void sync(Path p, boolean file) throws IOException {
        try (FileChannel c = FileChannel.open(p, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            if (file) {
                throw e;
            }
            // Some platforms cannot open or sync a folder; its files are synced, which is what they offer.
        }
    }

    /** Ends the batch (again: nothing): later commits under its folder sync themselves. Unsynced files stay unsynced. */
    @Override
    public void close() {
        OPEN.remove(this);
    }
}
