package org.adoptsim.core.run;

import java.util.ArrayDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * Runs numbered units of work on {@code threads} threads and hands their results to a consumer in
 * unit order, whatever the thread count — parallel work with deterministic output. A sliding window
 * keeps at most {@code 16 × threads} units in flight: memory stays bounded, and a new unit starts as
 * soon as the oldest is consumed, so no thread waits at a batch boundary.
 *
 * <p>The calling thread is one of the {@code threads}: it makes the units (in unit order), consumes
 * the results, and while the oldest result is not ready it runs queued units itself beside
 * {@code threads − 1} helper threads, which it borrows for the run from threads kept between runs.
 * So there are never more busy threads than asked for, and handing a result over costs no wake-up of
 * a thread that would have to take a core from a worker. A run that ends early returns once the units
 * already started have finished (their results are dropped). With one thread, or one unit, there
 * are no helpers: each unit runs inline.
 */
public final class OrderedWork {
    private static final int WINDOW_PER_THREAD = 16;
    /** Queued after a run's last unit, once per helper: the helper's part of the run is over. */
    private static final Runnable END = () -> { };
    /**
     * The helper threads, kept between runs: a run borrows up to {@code threads − 1} of them, and one idle
     * for a minute ends. Starting a thread for every run and stopping it after cost about a millisecond
     * of the two threads' time per run on 2 cores, which a search running many short batches pays often.
     */
    private static final ExecutorService HELPERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 1, TimeUnit.MINUTES,
            new SynchronousQueue<>(), runnable -> {
                Thread t = new Thread(runnable, "adoptsim-worker");
                t.setDaemon(true);
                return t;
            });

    private OrderedWork() {
    }

    /**
     * Runs units {@code [from, to)}: {@code make} gives each unit's work (called in unit order on this
     * thread), this thread or a helper runs it, and {@code accept} receives the result with its unit
     * number, in order. Between units, {@code stop} is asked whether to end early.
     *
     * @return true when every unit was consumed, false when {@code stop} ended the run early (every
     *         unit before that point was consumed; later ones are abandoned)
     * @throws InterruptedException if this thread is interrupted; the units consumed so far stay valid
     * @throws RuntimeException     the failure of a unit, after every earlier unit was consumed
     */
    public static <T> boolean run(int threads, long from, long to, LongFunction<Supplier<T>> make,
            ObjLongConsumer<T> accept, BooleanSupplier stop) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be >= 1, was " + threads);
        }
        // A helper for every unit beyond the one the calling thread runs, up to threads − 1.
        int helpers = (int) Math.min(threads - 1, Math.max(0, to - from - 1));
        if (helpers == 0) {
            for (long unit = from; unit < to; unit++) {
                if (stop.getAsBoolean()) {
                    return false;
                }
                checkInterrupt();
                accept.accept(make.apply(unit).get(), unit);
            }
            return true;
        }
        LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
        CountDownLatch helpersDone = new CountDownLatch(helpers);
        int started = 0;
        try {
            for (; started < helpers; started++) {
                HELPERS.execute(() -> drain(queue, helpersDone));
            }
            int window = threads * WINDOW_PER_THREAD;
            ArrayDeque<FutureTask<T>> inFlight = new ArrayDeque<>(window);
            long next = from;
            for (long unit = from; unit < to; unit++) {
                for (; next < to && inFlight.size() < window; next++) {
                    FutureTask<T> task = new FutureTask<>(make.apply(next)::get);
                    queue.add(task);
                    inFlight.add(task);
                }
                if (stop.getAsBoolean()) {
                    return false;
                }
                checkInterrupt();
                helpUntilDone(inFlight.peek(), queue);
                accept.accept(result(inFlight.poll()), unit);
            }
            return true;
        } finally {
            queue.clear();
            for (int i = 0; i < started; i++) {
                queue.add(END);
            }
            for (int i = started; i < helpers; i++) {
                helpersDone.countDown(); // a helper that could not be started (no thread to be had)
            }
            awaitHelpers(helpersDone);
        }
    }

    /**
     * A helper's part of one run: the oldest queued unit, one after another, until the run's end is
     * queued. Nothing interrupts a helper; if something did, the calling thread would run the rest.
     */
    private static void drain(LinkedBlockingQueue<Runnable> queue, CountDownLatch done) {
        try {
            for (Runnable unit = queue.take(); unit != END; unit = queue.take()) {
                unit.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.countDown();
        }
    }

    /**
     * While {@code head} is unfinished, this thread runs the oldest queued unit (the queue is in unit
     * order, and a unit taken from it is never seen by a helper), so that {@code threads} threads
     * simulate in all and none sits waiting. Returns when the head is done or every unfinished unit is
     * on a helper.
     */
    private static <T> void helpUntilDone(FutureTask<T> head, LinkedBlockingQueue<Runnable> queue)
            throws InterruptedException {
        while (!head.isDone()) {
            Runnable queued = queue.poll();
            if (queued == null) {
                return;
            }
            queued.run();
            checkInterrupt();
        }
    }

    /**
     * Waits for the units the helpers had started when the run ended (a stop, a failure or an
     * interrupt): simulations do not answer interrupts, and a unit left running would take a core from
     * whatever runs next. Costs at most one unit's time; an interrupt meanwhile is kept for the caller.
     */
    private static void awaitHelpers(CountDownLatch done) {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void checkInterrupt() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    private static <T> T result(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
