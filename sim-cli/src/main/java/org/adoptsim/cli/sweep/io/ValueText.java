package org.adoptsim.cli.sweep.io;

import org.adoptsim.cli.text.NumberText;

/** Parameter values as table text: numbers by {@link NumberText}, booleans and text as written (CSV-quoted). */
public final class ValueText {
    private ValueText() {
    }

    public static void append(StringBuilder b, Object v) {
        if (v instanceof Double d) {
            NumberText.append(b, d);
        } else if (v instanceof Number n) {
            b.append(n.longValue());
        } else {
            CsvText.append(b, String.valueOf(v));
        }
    }

    public static String of(Object v) {
        StringBuilder b = new StringBuilder();
        append(b, v);
        return b.toString();
    }
}
