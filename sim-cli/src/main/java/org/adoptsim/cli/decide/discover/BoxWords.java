package org.adoptsim.cli.decide.discover;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.decide.prim.Box;
import org.adoptsim.cli.text.Num;

/** A box in words: "effort ≤ 120 and 0.5 ≤ trigger ≤ 0.7", inputs in the order given. Stateless. */
public final class BoxWords {
    private BoxWords() {
    }

    public static String of(Box box, List<String> inputs) {
        List<String> parts = new ArrayList<>();
        for (int j : box.restrictedDims()) {
            String name = inputs.get(j);
            boolean lo = box.lower(j) != Double.NEGATIVE_INFINITY;
            boolean hi = box.upper(j) != Double.POSITIVE_INFINITY;
            if (lo && hi && box.lower(j) == box.upper(j)) {
                parts.add(name + " = " + num(box.lower(j)));
            } else if (lo && hi) {
                parts.add(num(box.lower(j)) + " ≤ " + name + " ≤ " + num(box.upper(j)));
            } else if (lo) {
                parts.add(name + " ≥ " + num(box.lower(j)));
            } else {
                parts.add(name + " ≤ " + num(box.upper(j)));
            }
        }
        return parts.isEmpty() ? "anywhere in the sweep (no input restricted)" : String.join(" and ", parts);
    }

    /** Four significant digits, no exponent, no trailing zeros. */
    public static String num(double v) {
        return Double.isFinite(v) ? Num.significant(v, 4) : "";
    }
}
