package org.adoptsim.core.engine;

import org.adoptsim.core.result.RunMetrics;
import org.adoptsim.core.result.WeekObserver;
import org.adoptsim.core.result.WeekView;

/**
 * Notes the first week honest adoption reaches 50, 90 and 100 % and adopted share 90 %, the adopted
 * share after 52 weeks, and passes every week on.
 */
final class Milestones implements WeekObserver {
    /** The week whose end is "after one year" (week index 51). */
    static final int YEAR_WEEK = 51;
    int weeksTo50;
    int weeksTo90;
    int weeksTo100;
    int weeksToAdopted90;
    double adoptedShare52;
    private WeekObserver next = WeekObserver.NONE;

    void reset(WeekObserver downstream) {
        next = downstream;
        weeksTo50 = RunMetrics.NOT_REACHED;
        weeksTo90 = RunMetrics.NOT_REACHED;
        weeksTo100 = RunMetrics.NOT_REACHED;
        weeksToAdopted90 = RunMetrics.NOT_REACHED;
        adoptedShare52 = Double.NaN;
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
        int adopted = v.adopted();
        if (weeksToAdopted90 < 0 && 10L * adopted >= 9L * n) {
            weeksToAdopted90 = elapsed;
        }
        if (v.week() == YEAR_WEEK) {
            adoptedShare52 = (double) adopted / n;
        }
        next.onWeek(v);
    }
}
