package org.adoptsim.core;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.config.*;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Ensemble;

public class SmokeMain {
    public static void main(String[] args) throws Exception {
        Scenario sc = Scenario.defaults();
        int reps = Integer.parseInt(args.length > 0 ? args[0] : "200");
        List<Strategy> strats = new ArrayList<>(sc.strategies());
        var tools = List.of(Tool.SCRIPTS, Tool.RUNBOOKS);
        strats.add(Presets.byName("mandate-early").get().withName("early+tools").withTooling(tools));
        strats.add(Presets.byName("pure-mandate").get().withName("pure+tools").withTooling(tools));
        List<List<RunResult>> all = new ArrayList<>();
        long t0 = System.nanoTime();
        new Ensemble(sc, strats, 2, true).run(0, reps, all::add);
        System.out.printf("time %.2fs%n", (System.nanoTime() - t0) / 1e9);
        for (int s = 0; s < strats.size(); s++) {
            double done = 0, never = 0, dual = 0, res = 0, incA = 0, incB = 0, full = 0, started26 = 0, done52 = 0, d78 = 0;
            double dualTW = 0, shut = 0, emerg = 0, incPre = 0, incPost = 0, nm = 0, shutInc = 0, planned = 0;
            for (List<RunResult> rep : all) {
                var m = rep.get(s).metrics();
                done += m.finalDoneShare() * 42; never += m.neverStartedShare(); dual += m.finalDualShare();
                res += m.meanResentment(); incA += m.incidentRateAfter(); incB += m.incidentRateBefore();
                full += m.weeksTo100() > 0 ? 1 : 0; dualTW += m.dualTeamWeeks(); emerg += m.emergencyMigrations();
                shutInc += m.shutdownIncidents(); planned += m.plannedIncidents();
                var ser = rep.get(s).series();
                started26 += ser.startedShare(29); done52 += ser.done(51); d78 += ser.done(77); shut += m.shutdownWeek();
                if (m.mandateWeek() >= 13 && m.mandateWeek() + 13 < 104) {
                    nm++;
                    for (int k = 1; k <= 13; k++) { incPre += ser.incidents(m.mandateWeek() - k); incPost += ser.incidents(m.mandateWeek() + k - 1); }
                }
            }
            int n = all.size();
            System.out.printf("%-18s done=%.1f d52=%.1f d78=%.1f never=%.3f dual=%.3f dualTW=%.1f res=%.3f incB=%.4f incA=%.4f full=%.2f st30=%.2f shut=%.1f emerg=%.2f shutInc=%.2f planned=%.2f inc13pre=%.2f post=%.2f (n=%.0f)%n",
                strats.get(s).name(), done / n, done52 / n, d78 / n, never / n, dual / n, dualTW / n, res / n, incB / n, incA / n, full / n, started26 / n, shut / n, emerg / n, shutInc / n, planned / n, incPre / Math.max(1, nm), incPost / Math.max(1, nm), nm);
        }
    }
}
