package org.adoptsim.cli.compare;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C into an orderly stop. While installed, a shutdown hook, on SIGINT (or any other JVM
 * shutdown), interrupts the worker thread if it is still simulating — {@code Ensemble} then stops
 * after the replicates already handed over — and waits (at most {@link #GRACE_SECONDS}) for the worker
 * to write its outputs and {@link #close} the guard. Once the worker has called
 * {@link #simulationDone} the hook only waits, so writing files is never interrupted.
 */
public final class SigintGuard implements AutoCloseable {
    static final long GRACE_SECONDS = 60;

    private final Thread worker;
    private final Thread hook;
    private final CountDownLatch finished = new CountDownLatch(1);
    private boolean simulating = true;
    private boolean signalled;

    private SigintGuard(Thread worker) {
        this.worker = worker;
        this.hook = new Thread(this::onShutdown, "adoptsim-interrupt");
    }

    /** Installs a guard for the calling thread. */
    public static SigintGuard install() {
        SigintGuard g = new SigintGuard(Thread.currentThread());
        Runtime.getRuntime().addShutdownHook(g.hook);
        return g;
    }

    private void onShutdown() {
        synchronized (this) {
            signalled = true;
            if (simulating) {
                worker.interrupt();
            }
        }
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called by the worker when simulation is over: no interrupt reaches it after this returns. */
    public synchronized void simulationDone() {
        simulating = false;
        Thread.interrupted();
    }

    /** Whether a shutdown (Ctrl-C) has been signalled. */
    public synchronized boolean signalled() {
        return signalled;
    }

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
