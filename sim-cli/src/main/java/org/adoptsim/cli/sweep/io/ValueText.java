package org.adoptsim.cli.sweep.io;

import org.adoptsim.cli.text.Num;
import org.adoptsim.cli.output.Csv;


/** Parameter values as table text: numbers by {@link Num#csv}, booleans and text as written (CSV-quoted). */
public final class ValueText {
    private ValueText() {
    }

    public static void append(StringBuilder b, Object v) {
        if (v instanceof Double d) {
            Num.appendCsv(b, d);
        } else if (v instanceof Number n) {
            b.append(n.longValue());
        } else {
            Csv.append(b, String.valueOf(v));
        }
    }

    public static String of(Object v) {
        StringBuilder b = new StringBuilder();
        append(b, v);
        return b.toString();
    }
}
