package org.adoptsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one I/O action per item on a few daemon threads (on the caller's thread when one is enough) and
 * waits for all of them; the first failure, in item order, is rethrown as it was thrown (an I/O error as
 * {@link IOException}, never wrapped). Stateless. The chart renderer, the output folder's sync batch and
 * the report's background tasks share it.
 */
public final class ParallelIo {
    /** One item's work. */
    @FunctionalInterface
    public interface Action<T> {
        void run(T item) throws IOException;
    }

    private ParallelIo() {
    }

    /**
     * Runs {@code action} on every item with at most {@code threads} threads, named {@code threadName};
     * {@code doing} says in words what an interruption interrupted.
     */
    public static <T> void each(List<T> items, int threads, String threadName, String doing, Action<T> action)
            throws IOException {
        int n = Math.max(1, Math.min(threads, items.size()));
        if (n == 1) {
            for (T item : items) {
                action.run(item);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    action.run(item);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                await(f, doing);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Waits for {@code f}; its failure is rethrown as it was thrown (an I/O error as {@link IOException}),
     * an interruption as an {@link IOException} saying what it interrupted ({@code doing}).
     */
    public static void await(Future<?> f, String doing) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        }
    }
}
