package org.adoptsim.cli.calibrate;

import org.adoptsim.cli.text.Count;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The terminal summary of a calibration: the parameters, the notes, the checks, speed and ESS. */
final class Report {
    private Report() {
    }

    static void print(PrintWriter out, Calibration.Outcome o, Path dir, int threads) {
        Population p = o.posterior();
        long runs = p.totalSimulations();
        // After --resume the seconds are this session's, so the rate counts only the runs made in it.
        long session = runs - o.runsBefore();
        String resumed = o.runsBefore() > 0 ? ", " + session + " of them in this session" : "";
        out.printf(Locale.ROOT, "Calibrated in %.1f s: %d runs%s (%.0f runs/s on %s, with the checks),"
                + " %d generations, effective sample size %.0f of %d particles%n", o.seconds(), runs, resumed,
                session / o.seconds(), Count.of(threads, "thread", "threads"), o.generations().size(), p.ess(),
                p.u().length);
        out.printf(Locale.ROOT, "%-44s %12s %12s %12s %8s%n", "parameter", "mean", "q05", "q95", "width");
        for (ParameterSummary s : o.parameters()) {
            out.printf(Locale.ROOT, "%-44s %12.4g %12.4g %12.4g %7.0f%%%n", s.parameter(), s.mean(), s.q05(), s.q95(),
                    s.widthRatio() * 100);
        }
        for (ParameterSummary s : o.parameters()) {
            if (!s.note().isEmpty()) {
                out.println("  note: " + s.note());
            }
        }
        for (CalibrationFiles.Check c : o.checks()) {
            out.printf(Locale.ROOT, "check %-24s weeks %3d-%-3d %5.0f%% of weeks inside the band%n", c.name(), c.from(),
                    c.to(), c.value() * 100);
        }
        out.println("Wrote " + dir);
        out.flush();
    }
}
