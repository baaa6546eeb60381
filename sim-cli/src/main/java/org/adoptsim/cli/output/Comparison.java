package org.adoptsim.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The {@code comparison} section of a {@code run}'s or {@code compare}'s manifest: what the comparison
 * tables cover. Immutable.
 *
 * @param weeks               weeks per run
 * @param replicatesCompleted replicates 0 … k−1 that finished and are in the files
 * @param strategies          the strategies, in the order of the tables
 * @param baseline            the strategy the paired differences are taken against (compare only; null for run)
 * @param chartFormats        the chart formats the folder holds ({@code png}, {@code svg}, {@code pdf})
 */
public record Comparison(int weeks, long replicatesCompleted, List<String> strategies, String baseline,
        List<String> chartFormats) {
    public static final String SECTION = "comparison";

    public Comparison {
        strategies = List.copyOf(strategies);
        chartFormats = List.copyOf(chartFormats);
    }

    public Manifest.Section section() {
        Manifest.Section s = Manifest.Section.of(SECTION);
        ObjectNode n = s.fields();
        n.put("weeks", weeks);
        n.put("replicatesCompleted", replicatesCompleted);
        strategies.forEach(n.putArray("strategies")::add);
        n.put("baseline", baseline);
        chartFormats.forEach(n.putArray("chartFormats")::add);
        return new Manifest.Section(SECTION, n);
    }

    /** The comparison section of {@code m}; an {@link OutputFormatException} when it has none. */
    static Comparison of(Manifest m) {
        if (m.section() == null || !SECTION.equals(m.section().name())) {
            throw new OutputFormatException(OutputFolder.MANIFEST + ": written by '" + m.command()
                    + "', not by run or compare (no comparison section)");
        }
        ManifestFields f = new ManifestFields(OutputFolder.MANIFEST + ": " + SECTION, m.section().fields());
        return new Comparison((int) f.integer("weeks"), f.integer("replicatesCompleted"), f.strings("strategies"),
                f.optionalText("baseline"), f.strings("chartFormats"));
    }
}
