package org.adoptsim.cli.chart;

import java.util.Locale;

/** The file formats charts are written in: PNG for screens and the HTML report, SVG and PDF for print. */
public enum ChartFormat {
    PNG, SVG, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "png", "SVG", … with an error listing the choices. */
    public static ChartFormat parse(String text) {
        for (ChartFormat f : values()) {
            if (f.extension().equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown chart format '" + text + "' (choose from png, svg, pdf)");
    }
}
