package org.adoptsim.cli.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes chart files on a few threads: each figure is painted and encoded independently, so the files
 * are the same whatever the thread count. One figure's formats are written one after another on the
 * same thread, because XChart updates a chart's internal state while painting it. An I/O error of any
 * file fails the whole call.
 */
final class Renderer {
    record Target(ChartFormat format, Path file) {
    }

    record Job(Figure figure, List<Target> targets) {
        void write() throws IOException {
            for (Target t : targets) {
                FigureWriter.write(figure, t.format(), t.file());
            }
        }
    }

    private Renderer() {
    }

    static void run(List<Job> jobs, int threads) throws IOException {
        int n = Math.max(1, Math.min(threads, jobs.size()));
        if (n == 1) {
            for (Job j : jobs) {
                j.write();
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "adoptsim-chart");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Job j : jobs) {
                futures.add(pool.submit(() -> {
                    j.write();
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing charts", e);
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
