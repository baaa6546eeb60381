package org.adoptsim.cli.decide.discover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.decide.prim.Box;
import org.adoptsim.cli.decide.prim.BoxStats;
import org.adoptsim.cli.decide.prim.PrimResult;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.output.Csv;
import org.adoptsim.cli.text.Num;

/**
 * {@code boxes.csv}: the peeling trajectory and the final box, one row each — step, stage (peel,
 * paste), whether it is the selected box, cases and cases of interest, coverage, density, mass, the
 * restricted inputs, then per input its lower and upper limit (empty when unrestricted) and quasi-p-value.
 * Numbers follow the one policy of every adoptsim file ({@link Num#csv}: at most six decimals, whole numbers
 * without a fraction, an unrestricted limit as an empty cell), so the file is reproducible byte for byte.
 */
public final class BoxesCsv {
    private BoxesCsv() {
    }

    public static void write(Path file, PrimResult result, List<String> inputs) {
        List<String> header = new ArrayList<>(List.of("step", "stage", "selected", "cases", "of_interest", "coverage",
                "density", "mass", "restricted"));
        for (String in : inputs) {
            header.add(in + "_lower");
            header.add(in + "_upper");
            header.add(in + "_p");
        }
        StringBuilder b = new StringBuilder(Csv.line(header)).append('\n');
        for (BoxStats s : result.peeling()) {
            b.append(Csv.line(row(s, s.step() == result.selected() && !result.refined(), inputs))).append('\n');
        }
        if (result.refined()) {
            b.append(Csv.line(row(result.box(), true, inputs))).append('\n');
        }
        try {
            AtomicFile.writeText(file, w -> w.write(b.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> row(BoxStats s, boolean selected, List<String> inputs) {
        Box box = s.box();
        List<String> restricted = new ArrayList<>();
        for (int j : box.restrictedDims()) {
            restricted.add(inputs.get(j));
        }
        List<String> r = new ArrayList<>(List.of(String.valueOf(s.step()), s.stage().name().toLowerCase(java.util.Locale.ROOT),
                selected ? "yes" : "no", String.valueOf(s.cases()), String.valueOf(s.interest()), d(s.coverage()),
                d(s.density()), d(s.mass()), String.join(";", restricted)));
        double[] p = s.quasiP();
        for (int j = 0; j < inputs.size(); j++) {
            r.add(d(box.lower(j)));
            r.add(d(box.upper(j)));
            r.add(d(p[j]));
        }
        return r;
    }

    private static String d(double v) {
        return Num.csv(v);
    }
}
