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
 * @param posterior           the calibration's posterior the parameters were drawn from ({@code --posterior}),
 *                            or null
 * @param startWeek           the organisation's calendar week of the runs' week 0 (a scenario {@code start} or
 *                            {@code --from state.csv --week N}); 0 without a calendar, and then not written
 */
public record Comparison(int weeks, long replicatesCompleted, List<String> strategies, String baseline,
        List<String> chartFormats, Posterior posterior, int startWeek) {
    public static final String SECTION = "comparison";

    /**
     * {@code --posterior DIR}: the posterior file as named and its SHA-256, the parameters it holds, its
     * particles, and the joint parameter sets drawn (one per replicate pair that finished).
     */
    public record Posterior(String file, String sha256, List<String> parameters, int particles, long draws) {
        public Posterior {
            parameters = List.copyOf(parameters);
        }
    }

    public Comparison {
        strategies = List.copyOf(strategies);
        chartFormats = List.copyOf(chartFormats);
        if (startWeek < 0) {
            throw new IllegalArgumentException("startWeek: must be >= 0, was " + startWeek);
        }
    }

    /** A comparison without a calendar (its runs' week 0 is no calendar week). */
    public Comparison(int weeks, long replicatesCompleted, List<String> strategies, String baseline,
            List<String> chartFormats, Posterior posterior) {
        this(weeks, replicatesCompleted, strategies, baseline, chartFormats, posterior, 0);
    }

    /** This comparison with its runs' week 0 at the organisation's calendar week {@code week} (0: none). */
    public Comparison withStartWeek(int week) {
        return new Comparison(weeks, replicatesCompleted, strategies, baseline, chartFormats, posterior, week);
    }

    /** This comparison with the chart formats {@code formats} (report redraws the charts in them). */
    public Comparison withChartFormats(List<String> formats) {
        return new Comparison(weeks, replicatesCompleted, strategies, baseline, formats, posterior, startWeek);
    }

    public Manifest.Section section() {
        Manifest.Section s = Manifest.Section.of(SECTION);
        ObjectNode n = s.fields();
        n.put("weeks", weeks);
        n.put("replicatesCompleted", replicatesCompleted);
        strategies.forEach(n.putArray("strategies")::add);
        n.put("baseline", baseline);
        chartFormats.forEach(n.putArray("chartFormats")::add);
        if (posterior != null) {
            ObjectNode p = n.putObject("posterior");
            p.put("file", posterior.file());
            p.put("sha256", posterior.sha256());
            posterior.parameters().forEach(p.putArray("parameters")::add);
            p.put("particles", posterior.particles());
            p.put("draws", posterior.draws());
        }
        if (startWeek > 0) {
            n.put("startWeek", startWeek);
        }
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
                f.optionalText("baseline"), f.strings("chartFormats"), posterior(f.optionalObject("posterior")),
                startWeek(f));
    }

    /** The {@code startWeek} field: 0 where it is absent (no calendar, or a folder written before it). */
    private static int startWeek(ManifestFields f) {
        Long w = f.optionalInteger("startWeek");
        if (w != null && (w < 0 || w > Integer.MAX_VALUE)) {
            throw new OutputFormatException(f.where() + ": field 'startWeek' must be a week >= 0, was " + w);
        }
        return w == null ? 0 : w.intValue();
    }

    private static Posterior posterior(ManifestFields p) {
        return p == null ? null : new Posterior(p.text("file"), p.text("sha256"), p.strings("parameters"),
                (int) p.integer("particles"), p.integer("draws"));
    }
}
