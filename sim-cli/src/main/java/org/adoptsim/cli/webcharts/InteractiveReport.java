package org.adoptsim.cli.webcharts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.adoptsim.cli.results.ComparisonTables;

/**
 * The interactive charts of report.html: a section of HTML that carries everything it needs inline —
 * the vendored Vega, Vega-Lite and vega-embed bundles (with their licences, as comments), the chart
 * specifications the explore page uses, and the comparison's weekly, paired, ledger and event tables as JSON — so the
 * report stays one self-contained file that opens offline. The reader hovers for values and ticks
 * strategies on and off. The same tables give the same bytes (no time stamps, no random ids).
 *
 * <p>report.html is built in {@code org.adoptsim.cli.report}; {@link #into} puts the section into a
 * finished page, before its static charts (which stay, for print), so switching it on is one call
 * where the page is written.
 */
public final class InteractiveReport {
    private static final JsonMapper WRITER = JsonMapper.builder().build();

    private static final String[] BUNDLES = {"vega", "vega-lite", "vega-embed"};

    private InteractiveReport() {
    }

    /**
     * {@code html} with the {@link #section} inserted before its {@code <h2>Charts</h2>} heading, or
     * before {@code </body>} where it has none.
     */
    public static String into(String html, ComparisonTables tables, int weeks) {
        return into(html, section(tables, weeks));
    }

    /** {@code html} with a {@link #section} made beforehand inserted where {@link #into(String, ComparisonTables, int)} puts it. */
    public static String into(String html, String section) {
        int at = html.indexOf("<h2>Charts</h2>");
        if (at < 0) {
            at = html.lastIndexOf("</body>");
        }
        if (at < 0) {
            throw new IllegalArgumentException("not an HTML page: no </body>");
        }
        return html.substring(0, at) + section + html.substring(at);
    }

    /** The section: a heading, the strategy toggles, five chart slots, and the inline scripts and data. */
    public static String section(ComparisonTables tables, int weeks) {
        StringBuilder b = new StringBuilder(1 << 20);
        b.append("<section id=\"adoptsim-interactive\">\n<h2>Interactive charts</h2>\n");
        b.append("<p class=\"note\">Hover over a chart for its values; untick a strategy to hide it. Drawn in"
                + " the browser by Vega-Lite, which is inside this file: it needs no network.</p>\n");
        b.append("<p id=\"adoptsim-shown\"></p>\n");
        String[][] charts = {
            {"fan", "Honest adoption: median and 50 % / 90 % bands"},
            {"adoption", "Done against started (vanity) adoption, mean over replicates"},
            {"paired", "Paired differences from the baseline, with 95 % intervals"},
            {"ledger", "The hours ledger: cumulative net engineer-hours, and each entry over the whole run"},
            {"reasons", "Why teams have not moved: mean teams by reason"}};
        for (String[] c : charts) {
            b.append("<h3>").append(c[1]).append("</h3>\n<div id=\"adoptsim-chart-").append(c[0]).append("\"></div>\n");
        }
        for (String name : BUNDLES) {
            b.append("<!-- ").append(name).append(" (vendor/").append(name).append(".min.js), its licence:\n")
                    .append(text("vendor/" + name + ".LICENSE").replace("--", "- -")).append("-->\n");
            b.append(script(text("vendor/" + name + ".min.js")));
        }
        b.append(script(text("charts.js")));
        b.append("<script type=\"application/json\" id=\"adoptsim-data\">").append(json(tables, weeks))
                .append("</script>\n");
        b.append(script(text("report-boot.js")));
        b.append("</section>\n");
        return b.toString();
    }

    private static String json(ComparisonTables tables, int weeks) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("weeks", weeks);
        ArrayNode strategies = o.putArray("strategies");
        tables.strategies().forEach(strategies::add);
        o.set("weekly", ResultJson.weekly(tables.weekly()));
        o.set("paired", ResultJson.paired(tables));
        tables.baseline().ifPresent(b -> o.put("baseline", b));
        o.set("ledger", ResultJson.ledger(tables));
        o.set("events", ResultJson.events(tables));
        o.set("reasonLabels", ResultJson.reasonLabels(tables.weekly()));
        try {
            // "</" cannot occur outside a JSON string, and "<\/" means the same inside one.
            return WRITER.writeValueAsString(o).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report's tables as JSON", e);
        }
    }

    private static String script(String code) {
        if (code.contains("</script") || code.contains("<!--")) {
            throw new IllegalStateException("a script to inline contains </script or <!--");
        }
        return "<script>\n" + code + "\n</script>\n";
    }

    private static String text(String resource) {
        return new String(Assets.read(resource), StandardCharsets.UTF_8);
    }
}
