package org.adoptsim.cli.sweep.analysis;

/**
 * Runs the parts of an analysis that suit the sweep's design: grouped statistics always; Sobol indices
 * for sobol designs, Morris effects for morris designs; main-effect plots for every sampled design.
 */
public final class Analysis {
    private Analysis() {
    }

    public static void run(AnalysisContext c) {
        SummarySection.run(c);
        String design = c.tables.manifest().design().path("type").asText();
        switch (design) {
            case "sobol" -> SobolSection.run(c);
            case "morris" -> MorrisSection.run(c);
            default -> {
            }
        }
        if (!design.equals("grid")) {
            MainEffectSection.run(c);
        }
    }
}
