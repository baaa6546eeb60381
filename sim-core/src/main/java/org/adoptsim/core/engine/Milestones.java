package org.adoptsim.core.engine;

import org.adoptsim.core.result.RunMetrics;
import org.adoptsim.core.result.WeekObserver;
import org.adoptsim.core.result.WeekView;

/** Notes the first week honest adoption reaches 50, 90 and 100 %, and passes every week on. */
final class Milestones implements WeekObserver {
    int weeksTo50;
    int weeksTo90;
    int weeksTo100;
    private WeekObserver next = WeekObserver.NONE;

    void reset(WeekObserver downstream) {
        next = downstream;
        weeksTo50 = RunMetrics.NOT_REACHED;
        weeksTo90 = RunMetrics.NOT_REACHED;
        weeksTo100 = RunMetrics.NOT_REACHED;
    }

    @Override
    public void onWeek(WeekView v) {
        int done = v.done();
        int n = v.teams();
        int elapsed = v.week() + 1;
        if (weeksTo50 < 0 && 2L * done >= n) {
            weeksTo50 = elapsed;
        }
        if (weeksTo90 < 0 && 10L * done >= 9L * n) {
            weeksTo90 = elapsed;
        }
        if (weeksTo100 < 0 && done == n) {
            weeksTo100 = elapsed;
        }
        next.onWeek(v);
    }
}
