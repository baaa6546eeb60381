package org.rapaio.jupyter.kernel.channels;

/**
 * Drop-in replacement for rapaio-jupyter-kernel 3.0.1's {@code LoopThread} (the thread behind the shell,
 * control and heartbeat channels), put ahead of the kernel jar on the kernel's classpath by
 * {@code notebooks/run.sh}. Same constructor and methods as the original.
 *
 * <p>Why: the original makes two start-up races fatal, and on a busy two-core machine one of them hit
 * about every other kernel start, which then never answered {@code kernel_info_request} and looked
 * like a hang:
 * <ol>
 *   <li>it raises {@code running} only <em>after</em> {@code Thread.start()}, so a thread scheduled at
 *       once sees {@code false} and its loop ends before it began;</li>
 *   <li>the channels are bound before the kernel installs its message handlers, so a request that
 *       arrives in between throws a {@code NullPointerException} that kills the loop thread — and the
 *       channel with it, for good.</li>
 * </ol>
 * Here the flag is raised before the thread starts, and an exception from one iteration is reported and
 * the loop goes on (the client repeats its {@code kernel_info_request} until answered). Remove this
 * class when a kernel release fixes both.
 */
public final class LoopThread extends Thread {
    private volatile boolean running;
    private final long sleep;
    private final Runnable loopBody;

    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        while (running) {
            try {
                loopBody.run();
            } catch (RuntimeException e) {
                System.err.println("[" + getName() + "] message dropped: " + e);
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        super.start();
    }

    public void shutdown() {
        running = false;
    }
}
