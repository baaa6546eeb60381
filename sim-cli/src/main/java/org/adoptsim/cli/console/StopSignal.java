package org.adoptsim.cli.console;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (SIGINT, SIGTERM, any JVM shutdown) into an orderly stop, the same way for every command.
 * While installed, a shutdown hook marks the stop as {@link #requested}, interrupts the installing thread
 * if it asked for that ({@link #interruptWhileWorking}) and has not yet said {@link #workDone}, and then
 * waits at most {@link #GRACE_SECONDS} for that thread to write what it has and {@link #close} the
 * signal. Once {@link #workDone} returns no interrupt reaches the thread, so writing files is never
 * interrupted.
 */
public final class StopSignal implements AutoCloseable {
    /** How long a stopped command may take to write its files before the JVM exits anyway. */
    public static final long GRACE_SECONDS = 60;

    private final Thread worker;
    private final Thread hook;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final boolean interrupt;
    private boolean working = true;
    private volatile boolean requested;

    private StopSignal(Thread worker, boolean interrupt) {
        this.worker = worker;
        this.interrupt = interrupt;
        this.hook = new Thread(this::onShutdown, "adoptsim-stop");
    }

    /** A signal the calling thread polls with {@link #requested}. */
    public static StopSignal install() {
        return install(false);
    }

    /** A signal that also interrupts the calling thread while it works (blocking work that polls nothing). */
    public static StopSignal interruptWhileWorking() {
        return install(true);
    }

    private static StopSignal install(boolean interrupt) {
        StopSignal s = new StopSignal(Thread.currentThread(), interrupt);
        Runtime.getRuntime().addShutdownHook(s.hook);
        return s;
    }

    private void onShutdown() {
        synchronized (this) {
            requested = true;
            if (interrupt && working) {
                worker.interrupt();
            }
        }
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a stop has been asked for. */
    public boolean requested() {
        return requested;
    }

    /** Called by the worker when the interruptible work is over: no interrupt reaches it after this returns. */
    public synchronized void workDone() {
        working = false;
        Thread.interrupted();
    }

    /** Lets a stopping JVM exit (the files are written) and removes the hook otherwise. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and returns now that the latch is open
        }
    }
}
