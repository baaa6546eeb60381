package org.adoptsim.cli.console;

import java.io.PrintStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of every long command, on standard error: work done of the total, speed and time
 * left. It appears only once a second has passed, so short commands print nothing, and never when
 * disabled (quiet, or standard error not a terminal). A resumed task starts at the work already done.
 * Called from one thread only.
 */
public final class Progress implements AutoCloseable {
    /** A progress that shows nothing. */
    public static final Progress NONE = new Progress(false, "", "", System.err);
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

    private final boolean enabled;
    private final String task;
    private final String unit;
    private final PrintStream out;
    private long start;
    private long total;
    private long done;
    private ProgressBar bar;

    private Progress(boolean enabled, String task, String unit, PrintStream out) {
        this.enabled = enabled;
        this.task = task;
        this.unit = unit;
        this.out = out;
    }

    /**
     * A bar named {@code task} counting {@code unit}s (" runs", " replicates") when standard error is a
     * terminal and not silenced, otherwise {@link #NONE}.
     */
    public static Progress forTerminal(String task, String unit, boolean quiet) {
        return quiet || System.console() == null ? NONE : new Progress(true, task, unit, System.err);
    }

    /** Starts the clock: {@code total} units, {@code alreadyDone} of them before this session. */
    public void start(long total, long alreadyDone) {
        if (!enabled) {
            return;
        }
        this.start = System.nanoTime();
        this.total = total;
        this.done = alreadyDone;
    }

    /** Reports the units done so far (this session's and earlier ones). */
    public void stepTo(long doneSoFar) {
        if (!enabled) {
            return;
        }
        done = doneSoFar;
        if (bar == null) {
            long elapsed = System.nanoTime() - start;
            if (elapsed < SHOW_AFTER_NANOS) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(unit, 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).continuousUpdate().showSpeed()
                    .setSpeedUnit(ChronoUnit.SECONDS).setConsumer(new ConsoleProgressBarConsumer(out, 100))
                    .startsFrom(done, Duration.ofNanos(elapsed)).build();
        }
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
