package org.adoptsim.core;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Ensemble;

public class SmokeMain {
    public static void main(String[] args) throws Exception {
        Scenario sc = Scenario.defaults();
        int reps = Integer.parseInt(args.length > 0 ? args[0] : "200");
        List<List<RunResult>> all = new ArrayList<>();
        long t0 = System.nanoTime();
        new Ensemble(sc, sc.strategies(), 2, true).run(0, reps, all::add);
        System.out.printf("time %.2fs%n", (System.nanoTime() - t0) / 1e9);
        for (int s = 0; s < sc.strategies().size(); s++) {
            double done = 0, never = 0, dual = 0, res = 0, incA = 0, incB = 0, w100 = 0, started26 = 0, done52 = 0, full = 0;
            double dualTW = 0, shut = 0; 
            for (List<RunResult> rep : all) {
                var m = rep.get(s).metrics();
                done += m.finalDoneShare() * 42; never += m.neverStartedShare(); dual += m.finalDualShare();
                res += m.meanResentment(); incA += m.incidentRateAfter(); incB += m.incidentRateBefore();
                full += m.weeksTo100() > 0 ? 1 : 0; dualTW += m.dualTeamWeeks();
                var ser = rep.get(s).series();
                started26 += ser.startedShare(29); done52 += ser.done(51) ; shut += m.shutdownWeek();
            }
            int n = all.size();
            System.out.printf("%-18s done=%.1f d52=%.1f never=%.3f dual=%.3f dualTW=%.1f res=%.3f incB=%.4f incA=%.4f full=%.2f started30=%.2f shut=%.1f%n",
                sc.strategies().get(s).name(), done / n, done52 / n, never / n, dual / n, dualTW / n, res / n, incB / n, incA / n, full / n, started26 / n, shut / n);
        }
    }
}
