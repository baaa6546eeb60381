package org.adoptsim.cli.explore;

import org.adoptsim.cli.webcharts.InteractiveReport;
import org.adoptsim.cli.webcharts.ResultJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.scenario.ScenarioLoader;
import org.adoptsim.core.config.Scenario;
import org.junit.jupiter.api.Test;

/** report.html's interactive section: self-contained, reproducible, carrying the comparison's tables. */
class InteractiveReportTest {

    static ComparisonTables tables(int replicates) throws InterruptedException {
        Scenario s = ScenarioLoader.scenario(ExploreApi.PLATFORM);
        return Replicates.compare(s.withRun(s.run().withReplicates(replicates)), 2);
    }

    @Test
    void carriesEverythingInlineAndTheTablesAsData() throws Exception {
        ComparisonTables t = tables(6);
        String html = InteractiveReport.section(t, 104);
        assertEquals(html, InteractiveReport.section(tables(6), 104), "the same tables give the same bytes");
        String markup = html.replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>");
        assertEquals(6, markup.split("<script></script>", -1).length - 1, "three bundles, charts, data, boot");
        assertFalse(Pattern.compile("<(script|link|img|iframe)[^>]*(src|href)=", Pattern.CASE_INSENSITIVE)
                .matcher(markup).find(), "nothing loaded from elsewhere");
        for (String name : new String[] {"fan", "adoption", "paired", "reasons", "ledger"}) {
            assertTrue(html.contains("<div id=\"adoptsim-chart-" + name + "\"></div>"), name);
        }
        assertTrue(html.contains("Copyright (c) 2015, University of Washington Interactive Data Lab"),
                "the licences travel with the code");
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"adoptsim-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        JsonNode data = ExploreJson.MAPPER.readTree(m.group(1));
        // Compared as text: Jackson reads 6 back as an int node where the tables gave a long one.
        assertTrue(ResultJson.weekly(t.weekly()).toString().equals(data.get("weekly").toString()), "weekly rows");
        assertTrue(ResultJson.paired(t).toString().equals(data.get("paired").toString()), "paired rows");
        assertTrue(ResultJson.ledger(t).toString().equals(data.get("ledger").toString()), "ledger rows");
        assertEquals(t.baseline().orElseThrow(), data.get("baseline").asText(), "the paired chart draws the rows against it");
        assertEquals(7 * 5, data.get("ledger").size(), "seven entries for each of five strategies");
        assertEquals(5 * 104, data.get("weekly").size());
    }

    @Test
    void goesBeforeTheStaticCharts() throws Exception {
        String page = "<html><body><h1>r</h1><h2>Tables</h2><h2>Charts</h2><img></body></html>";
        String out = InteractiveReport.into(page, tables(3), 104);
        assertTrue(out.startsWith("<html><body><h1>r</h1><h2>Tables</h2><section id=\"adoptsim-interactive\">"));
        assertTrue(out.endsWith("</section>\n<h2>Charts</h2><img></body></html>"));
        assertTrue(InteractiveReport.into("<html><body></body></html>", tables(3), 104)
                .endsWith("</section>\n</body></html>"));
    }
}
