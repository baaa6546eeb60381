package org.adoptsim.cli.compare;

import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for work that takes more than a second: it appears only once a second has
 * passed, so short runs print nothing, and never when disabled (quiet, or stderr not a terminal).
 * Called from one thread only.
 */
final class Progress implements AutoCloseable {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

    private final boolean enabled;
    private final long total;
    private final String task;
    private final long start = System.nanoTime();
    private long done;
    private ProgressBar bar;

    Progress(boolean enabled, long total, String task) {
        this.enabled = enabled;
        this.total = total;
        this.task = task;
    }

    /** Whether a terminal is attached (the JVM's console exists). */
    static boolean terminal() {
        return System.console() != null;
    }

    void step() {
        done++;
        if (!enabled) {
            return;
        }
        if (bar == null) {
            long elapsed = System.nanoTime() - start;
            if (elapsed < SHOW_AFTER_NANOS) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" replicates", 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err, 100))
                    .startsFrom(done - 1, Duration.ofNanos(elapsed)).build();
        }
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
