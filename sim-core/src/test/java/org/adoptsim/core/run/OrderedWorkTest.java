package org.adoptsim.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-order hand-over behind every parallel run: results arrive in unit order however long each
 * unit takes, an early stop or a failure leaves exactly the units before it consumed, the window
 * bounds how far ahead the workers get, and the helper threads are kept between runs.
 */
class OrderedWorkTest {

    /** Units of random length (0–200 µs) finish out of order on the workers but are consumed in order. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void resultsArriveInUnitOrder(int threads) throws InterruptedException {
        long[] pause = new SplittableRandom(7).longs(500, 0, 200_000).toArray();
        List<Long> got = new ArrayList<>();
        boolean all = OrderedWork.run(threads, 100, 600, unit -> () -> {
            LockSupport.parkNanos(pause[(int) unit - 100]);
            return unit * unit;
        }, (square, unit) -> {
            assertEquals(unit * unit, square);
            got.add(unit);
        }, () -> false);
        assertTrue(all);
        assertEquals(500, got.size());
        for (int k = 0; k < got.size(); k++) {
            assertEquals(100 + k, got.get(k));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aStopEndsBetweenUnitsWithEveryEarlierUnitConsumed(int threads) throws InterruptedException {
        List<Long> got = new ArrayList<>();
        boolean all = OrderedWork.run(threads, 0, 1000, unit -> () -> unit, (u, unit) -> got.add(u),
                () -> got.size() == 37);
        assertFalse(all);
        assertEquals(37, got.size());
        assertEquals(36L, got.get(36));
    }

    /** The window: the calling thread makes no unit more than 16 per thread ahead of the one it consumes. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void theWorkersGetAtMostAWindowAhead(int threads) throws InterruptedException {
        long[] made = {-1};
        long[] maxLead = {0};
        OrderedWork.run(threads, 0, 2000, unit -> {
            made[0] = unit;
            return () -> unit;
        }, (u, unit) -> maxLead[0] = Math.max(maxLead[0], made[0] - unit), () -> false);
        assertTrue(maxLead[0] < 16L * threads, "lead " + maxLead[0]);
    }

    /**
     * At most {@code threads} units run at once, the calling thread runs some of them itself, and a
     * run that stops early returns only when no unit is running any more.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void neverMoreUnitsRunThanThreadsAndNoneOutliveTheRun(int threads) throws InterruptedException {
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger mostBusy = new AtomicInteger();
        AtomicInteger onCaller = new AtomicInteger();
        Thread caller = Thread.currentThread();
        List<Long> got = new ArrayList<>();
        boolean all = OrderedWork.run(threads, 0, 400, unit -> () -> {
            mostBusy.accumulateAndGet(busy.incrementAndGet(), Math::max);
            if (Thread.currentThread() == caller) {
                onCaller.incrementAndGet();
            }
            LockSupport.parkNanos(100_000);
            busy.decrementAndGet();
            return unit;
        }, (u, unit) -> got.add(u), () -> got.size() == 300);
        assertFalse(all);
        assertEquals(0, busy.get(), "units still running after the run returned");
        assertTrue(mostBusy.get() <= threads, "at most " + threads + " at once, saw " + mostBusy.get());
        assertTrue(onCaller.get() > 0, "the calling thread ran none of the units");
    }

    /**
     * The helper threads outlive a run: 200 short runs on 2 threads use a few threads in all, not a new
     * one each (a search such as optimise runs many short batches).
     */
    @Test
    void helpersAreKeptBetweenRuns() throws InterruptedException {
        Set<Thread> ran = ConcurrentHashMap.newKeySet();
        for (int run = 0; run < 200; run++) {
            OrderedWork.run(2, 0, 8, unit -> () -> {
                ran.add(Thread.currentThread());
                LockSupport.parkNanos(20_000);
                return unit;
            }, (u, unit) -> { }, () -> false);
        }
        assertTrue(ran.size() < 10, ran.size() + " threads ran the units of 200 runs");
    }

    /** One unit needs no helper: it runs on the calling thread, whatever the thread count. */
    @Test
    void aSingleUnitRunsOnTheCallingThread() throws InterruptedException {
        Thread caller = Thread.currentThread();
        List<Thread> ran = new ArrayList<>();
        assertTrue(OrderedWork.run(4, 7, 8, unit -> () -> Thread.currentThread(), (t, unit) -> ran.add(t), () -> false));
        assertEquals(List.of(caller), ran);
    }

    /**
     * A unit may run an ordered run of its own, on whichever thread it lands: helpers are never in
     * short supply, so the inner run cannot wait for a helper its outer run holds.
     */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aUnitMayRunItsOwnOrderedWork() throws InterruptedException {
        List<Long> got = new ArrayList<>();
        OrderedWork.run(2, 0, 40, unit -> () -> {
            long[] sum = {0};
            try {
                OrderedWork.run(2, 0, 10, inner -> () -> {
                    LockSupport.parkNanos(20_000);
                    return unit * inner;
                }, (v, inner) -> sum[0] += v, () -> false);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return sum[0];
        }, (s, unit) -> {
            assertEquals(45 * unit, s);
            got.add(unit);
        }, () -> false);
        assertEquals(40, got.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aFailingUnitIsRethrownAfterTheUnitsBeforeIt(int threads) {
        List<Long> got = new ArrayList<>();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OrderedWork.run(threads, 0, 100, unit -> () -> {
                    if (unit == 42) {
                        throw new IllegalArgumentException("unit 42 is bad");
                    }
                    return unit;
                }, (u, unit) -> got.add(u), () -> false));
        assertEquals("unit 42 is bad", e.getMessage());
        assertEquals(42, got.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void anInterruptStopsTheRun(int threads) {
        List<Long> got = new ArrayList<>();
        assertThrows(InterruptedException.class, () -> OrderedWork.run(threads, 0, 1000, unit -> () -> unit, (u, unit) -> {
            got.add(u);
            if (got.size() == 10) {
                Thread.currentThread().interrupt();
            }
        }, () -> false));
        assertFalse(Thread.interrupted());
        assertEquals(10, got.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void threadCountMustBePositive(int threads) {
        assertThrows(IllegalArgumentException.class, () -> OrderedWork.run(threads, 0, 1, unit -> () -> unit,
                (u, unit) -> { }, () -> false));
    }
}
