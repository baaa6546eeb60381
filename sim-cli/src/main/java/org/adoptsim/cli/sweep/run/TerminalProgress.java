package org.adoptsim.cli.sweep.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A terminal progress bar (me.tongfei:progressbar) on standard error: runs done of the total, runs per
 * second over this session and the time left. A resumed sweep starts the bar at the runs already done.
 */
public final class TerminalProgress implements Progress {
    private final String task;
    private final PrintStream out;
    private ProgressBar bar;

    public TerminalProgress(String task, PrintStream out) {
        this.task = task;
        this.out = out;
    }

    /** A bar when standard error is a terminal and not silenced, otherwise {@link Progress#NONE}. */
    public static Progress forConsole(String task, boolean quiet) {
        return quiet || System.console() == null ? Progress.NONE : new TerminalProgress(task, System.err);
    }

    @Override
    public void start(long total, long alreadyDone) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).continuousUpdate()
                .setUnit(" runs", 1).showSpeed().setSpeedUnit(ChronoUnit.SECONDS)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .startsFrom(alreadyDone, Duration.ZERO).build();
    }

    @Override
    public void runsDone(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
