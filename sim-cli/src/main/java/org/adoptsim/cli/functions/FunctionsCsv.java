package org.adoptsim.cli.functions;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.text.Num;
import org.adoptsim.cli.output.OutputFolder;

/**
 * {@code functions.csv}: per strategy and function, the means per run of the team-weeks waited on it,
 * its send-backs and their rework hours, its reviews, the mean review and request-to-approval weeks,
 * its share of all waiting, and its stage with that stage's mean holds per run and mean hold length
 * (the same on every row of one stage), and the teams done at the horizon that still wait for it, so
 * are not adopted, and the platform hours the strategy's cross-functional levers cost (the same on
 * every row of one strategy). {@code functions-weekly.csv}: per strategy, week and function,
 * the mean number of teams waiting on it and its mean alignment. Written only when the scenario
 * declares functions.
 */
public final class FunctionsCsv {
    public static final String FUNCTIONS = "functions.csv";
    public static final String WEEKLY = "functions-weekly.csv";

    private FunctionsCsv() {
    }

    /** Writes both files atomically; returns their names, or nothing when there are no functions. */
    public static List<String> write(OutputFolder out, FunctionsAccumulator acc) throws IOException {
        if (!acc.active()) {
            return List.of();
        }
        AtomicFile.writeText(out.file(FUNCTIONS), w -> summary(acc, w));
        AtomicFile.writeText(out.file(WEEKLY), w -> weekly(acc, w));
        return new ArrayList<>(List.of(FUNCTIONS, WEEKLY));
    }

    static void summary(FunctionsAccumulator acc, Writer w) throws IOException {
        w.write("strategy,function,weeks_waited_mean,waiting_share,send_backs_mean,rework_hours_mean,reviews_mean,"
                + "review_weeks_mean,request_weeks_mean,stage,stage_holds_mean,stage_hold_weeks_mean,"
                + "done_waiting_at_end_mean,lever_hours_mean\n");
        for (int s = 0; s < acc.strategies().size(); s++) {
            for (int f = 0; f < acc.functions().size(); f++) {
                w.write(acc.strategies().get(s) + "," + acc.functions().get(f) + "," + Num.csv(acc.weeksWaited(s, f))
                        + "," + Num.csv(acc.waitingShare(s, f)) + "," + Num.csv(acc.sendBacks(s, f)) + ","
                        + Num.csv(acc.reworkHours(s, f)) + "," + Num.csv(acc.reviews(s, f)) + ","
                        + Num.csv(acc.meanReviewWeeks(s, f)) + "," + Num.csv(acc.meanRequestWeeks(s, f)) + ","
                        + acc.stage(f).id() + "," + Num.csv(acc.holds(s, acc.stage(f))) + ","
                        + Num.csv(acc.meanHoldWeeks(s, acc.stage(f))) + "," + Num.csv(acc.doneWaiting(s, f)) + ","
                        + Num.csv(acc.leverHours(s)) + "\n");
            }
        }
    }

    static void weekly(FunctionsAccumulator acc, Writer w) throws IOException {
        StringBuilder head = new StringBuilder("strategy,week");
        for (String f : acc.functions()) {
            head.append(",waiting_").append(f).append("_mean");
        }
        for (String f : acc.functions()) {
            head.append(",alignment_").append(f).append("_mean");
        }
        w.write(head.append('\n').toString());
        for (int s = 0; s < acc.strategies().size(); s++) {
            for (int t = 0; t < acc.weeks(); t++) {
                StringBuilder row = new StringBuilder(acc.strategies().get(s)).append(',').append(t);
                for (int f = 0; f < acc.functions().size(); f++) {
                    row.append(',').append(Num.csv(acc.waiting(s, f, t)));
                }
                for (int f = 0; f < acc.functions().size(); f++) {
                    row.append(',').append(Num.csv(acc.alignment(s, f, t)));
                }
                w.write(row.append('\n').toString());
            }
        }
    }
}
