package org.adoptsim.cli.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsoleTest {

    @Test
    void aQuietCommandOrOneWithoutATerminalShowsNoBar() {
        assertSame(Progress.NONE, Progress.forTerminal("t", " runs", true));
        if (System.console() == null) {
            assertSame(Progress.NONE, Progress.forTerminal("t", " runs", false));
        }
        Progress.NONE.start(10, 0);
        Progress.NONE.stepTo(10);
        Progress.NONE.close();
    }

    @Test
    void aSignalIsNotRequestedUntilTheJvmStopsAndClosingRemovesItsHook() {
        StopSignal s = StopSignal.interruptWhileWorking();
        assertFalse(s.requested());
        s.workDone();
        assertFalse(Thread.currentThread().isInterrupted());
        s.close();
        s.close();
        assertTrue(StopSignal.GRACE_SECONDS >= 30, "long enough to write a compare's files");
    }
}
