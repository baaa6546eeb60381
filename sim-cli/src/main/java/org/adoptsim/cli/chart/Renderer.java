package org.adoptsim.cli.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.adoptsim.cli.ParallelIo;

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
        ParallelIo.each(jobs, threads, "adoptsim-chart", "writing charts", Job::write);
    }
}
