package org.adoptsim.core.result;

/**
 * Receives the state at the end of every simulated week. The view is only valid during the call (the
 * engine reuses it); copy what you keep. Observers run on the thread of their run.
 */
@FunctionalInterface
public interface WeekObserver {
    void onWeek(WeekView view);

    WeekObserver NONE = view -> { };
}
