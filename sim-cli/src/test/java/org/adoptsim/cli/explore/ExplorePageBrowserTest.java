package org.adoptsim.cli.explore;

import org.adoptsim.cli.chart.ReasonLabels;
import org.adoptsim.cli.text.Num;
import org.adoptsim.core.result.Reason;
import org.adoptsim.cli.webcharts.ResultJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.adoptsim.cli.Cli;
import org.adoptsim.cli.results.ComparisonTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explore page in a real browser: Debian's Chromium driven through its own chromedriver (given
 * explicitly, so Selenium never tries to download one). Moves a slider and checks that the chart's data
 * changed and is exactly the JSON API's answer for that lever; saves a screenshot to
 * {@code target/explore.png}. Then opens an interactive report.html from a file and toggles a strategy.
 * Skipped only where no Chromium is installed ({@code .ci/run} installs it).
 */
class ExplorePageBrowserTest {
    private static final int REPLICATES = ExploreCommand.DEFAULT_REPLICATES;
    private static final List<String> COLUMNS = List.of("honest_p05", "honest_p25", "honest_p50", "honest_p75",
            "honest_p95", "honest_mean", "vanity_mean", "reason_peers_mean");

    private static ExploreApi api;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Optional<ChromeDriver> chrome = HeadlessChromium.start(1400, 2900);
        assumeTrue(chrome.isPresent(), "no Chromium installed (apt-get install chromium chromium-driver)");
        browser = chrome.get();
        api = new ExploreApi(ExploreApi.PLATFORM, REPLICATES, 2);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void movingASliderRedrawsTheChartsWithTheApisNumbers() throws Exception {
        browser.get(api.server.url().toString());
        long runs = waitForAnswer(0);
        List<List<Double>> before = chartRows("fan", "weekly");
        assertEquals(apiRows(api.run("{}")), before, "the first answer is the file's");

        String chartsBefore = chartData();
        new Select(browser.findElement(By.id("strategy"))).selectByValue("earned");
        WebElement coalition = browser.findElement(By.id("coalition-size"));
        assertEquals("5", coalition.getAttribute("value"));
        coalition.sendKeys(Keys.ARROW_RIGHT);
        assertEquals("6", coalition.getAttribute("value"));
        waitForAnswer(runs);

        String levers = "{\"strategies\":{\"earned\":{\"coalitionSize\":6}}}";
        assertEquals(ExploreJson.MAPPER.readTree(levers),
                ExploreJson.MAPPER.readTree((String) js("return JSON.stringify(adoptsimExplore.state.edits.strategies"
                        + " && {strategies: adoptsimExplore.state.edits.strategies})")));
        JsonNode answer = api.run(levers);
        List<List<Double>> after = chartRows("fan", "weekly");
        assertNotEquals(before, after, "the chart's data changed");
        assertEquals(apiRows(answer), after, "the fan chart shows the API's answer");
        assertEquals(reasonRows(answer), strings("return adoptsimExplore.views.reasons.data('reasons')"
                + ".map(r => [r.strategy, r.week, r.reason, r.teams])", true), "the reasons chart shows the API's reasons");
        assertEquals(ledgerRows(answer), strings("return adoptsimExplore.views.ledger.data('ledger')"
                + ".map(r => [r.strategy, r.entry, r.cost, r.mean, r.ci_low, r.ci_high])", false), "the ledger chart: its entries");
        List<String> net = new ArrayList<>();
        answer.get("weekly").forEach(w -> net.add(List.of(w.get("strategy").asText(), w.get("week").asLong(),
                w.get("net_hours_mean").asDouble(), w.get("net_hours_ci_low").asDouble(),
                w.get("net_hours_ci_high").asDouble()).toString()));
        assertEquals(net, strings("return adoptsimExplore.views.ledger.data('weekly')"
                + ".map(r => [r.strategy, r.week, r.net_hours_mean, r.net_hours_ci_low, r.net_hours_ci_high])", true),
                "the ledger chart: cumulative net hours");
        // Updated in place, each chart draws what a chart made afresh from the same answer draws.
        assertEquals("fan adoption paired reasons ledger", ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const x = adoptsimExplore;
                const r = x.state.result;
                const sets = { weekly: r.weekly, paired: r.paired, ledger: r.ledger, events: r.events, baseline: r.baseline,
                  reasonLabels: r.reasonLabels };
                const specs = adoptsimCharts.specs(x.state.result.weeks, x.state.scenario.strategies.map((s) => s.name));
                (async () => {
                  const same = [];
                  for (const [name, spec] of Object.entries(specs)) {
                    spec.datasets = adoptsimCharts.datasets(sets);
                    const fresh = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
                    await fresh.runAsync();
                    if (await fresh.toSVG() === await x.views[name].toSVG()) { same.push(name); }
                  }
                  done(same.join(' '));
                })().catch((e) => done(String(e)));
                """), "every chart as drawn afresh");
        String chartsAfter = chartData();
        for (String chart : List.of("fan", "adoption", "paired", "reasons", "ledger")) {
            assertTrue(chartsBefore.contains("\"" + chart + "\":"), chart + " is on the page");
            assertNotEquals(section(chartsBefore, chart), section(chartsAfter, chart), chart + " was redrawn with new data");
        }
        List<Double> pairedChart = ((List<?>) js("return adoptsimExplore.views.paired.data('paired')"
                + ".map(r => r.mean_diff)")).stream().map(ExplorePageBrowserTest::number).toList();
        List<Double> pairedApi = new ArrayList<>();
        answer.get("paired").forEach(p -> {
            if (p.get("baseline").asText().equals(answer.get("baseline").asText())) {
                pairedApi.add(p.get("mean_diff").isNull() ? null : p.get("mean_diff").asDouble());
            }
        });
        assertTrue(pairedApi.size() < answer.get("paired").size(), "the API has rows against the best strategy too");
        assertEquals(pairedApi, pairedChart, "the paired chart shows the API's differences from the baseline");

        // The round trips of this run, for docs/explore.md's measurements (not asserted: speed is not tested here).
        System.out.println("explore round trips (ms): " + js("return JSON.stringify(adoptsimExplore.state.timings)"));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "explore.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(target) > 10_000, "a screenshot of the page");
    }

    /**
     * The time charts mark each strategy's mandate, deadline, sunset and shutdown as the PNG charts do,
     * from the API's answer; moving mandate-early's mandate one week later moves its mark one week later.
     */
    @Test
    void theTimeChartsMarkTheEventsAndAMovedMandateMovesItsMark() throws Exception {
        browser.get(api.server.url().toString());
        long runs = waitForAnswer(0);
        List<String> first = eventRows(api.run("{}"));
        assertEquals(first, chartEvents("adoption"), "the adoption chart marks the API's events");
        assertEquals(first, chartEvents("ledger"), "the net-hours chart marks the API's events");
        assertTrue(first.stream().anyMatch(r -> r.startsWith("[earn-then-mandate, ") && r.contains("mandate + sunset announced")),
                "earn-then-mandate's mandate and sunset share a mark: " + first);

        new Select(browser.findElement(By.id("strategy"))).selectByValue("mandate-early");
        WebElement week = browser.findElement(By.id("mandate-week"));
        int before = Integer.parseInt(week.getAttribute("value"));
        // The mark sits at the mandate's week index, the lever's own number (as runs.csv and the scenario say).
        String mark = "[mandate-early, " + (double) before + ", mandate, week " + before + "]";
        assertTrue(first.contains(mark), mark + " in " + first);
        week.sendKeys(Keys.ARROW_RIGHT);
        waitForAnswer(runs);
        JsonNode answer = api.run((String) js("return JSON.stringify({strategies: adoptsimExplore.state.edits.strategies})"));
        List<String> moved = chartEvents("adoption");
        assertEquals(eventRows(answer), moved, "the marks follow the lever");
        String later = "[mandate-early, " + (double) (before + 1) + ", mandate, week " + (before + 1) + "]";
        assertTrue(moved.contains(later) && !moved.contains(mark), later + " in " + moved);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "explore-events.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Only the chosen trigger's slider takes input: with a mandate at a week the share slider would move
     * nothing, so it is disabled, and the other way round once the trigger is an adoption share.
     */
    @Test
    void onlyTheChosenTriggersSliderTakesInput() {
        browser.get(api.server.url().toString());
        long runs = waitForAnswer(0);
        new Select(browser.findElement(By.id("strategy"))).selectByValue("mandate-early");
        assertTrue(browser.findElement(By.id("mandate-week")).isEnabled(), "mandate-early's mandate is at a week");
        assertFalse(browser.findElement(By.id("mandate-share")).isEnabled(), "so its share slider moves nothing");
        browser.findElement(By.id("mandate-by-share")).click();
        waitForAnswer(runs);
        assertFalse(browser.findElement(By.id("mandate-week")).isEnabled());
        assertTrue(browser.findElement(By.id("mandate-share")).isEnabled());
        new Select(browser.findElement(By.id("strategy"))).selectByValue("earned");
        assertFalse(browser.findElement(By.id("mandate-on")).isSelected(), "earned has no mandate");
        new Select(browser.findElement(By.id("strategy"))).selectByValue("earn-then-mandate");
        assertTrue(browser.findElement(By.id("mandate-share")).isEnabled(), "earn-then-mandate mandates at a share");
        assertFalse(browser.findElement(By.id("mandate-week")).isEnabled());
    }

    /** In a narrow window the page does not scroll sideways: the levers go above the charts, a wide chart scrolls alone. */
    @Test
    void aNarrowWindowStacksTheLeversAboveTheCharts() {
        Dimension size = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(420, 900));
            browser.get(api.server.url().toString());
            waitForAnswer(0);
            long inner = ((Number) js("return window.innerWidth")).longValue();
            assertTrue(((Number) js("return document.documentElement.scrollWidth")).longValue() <= inner,
                    "no sideways scrolling of the page at " + inner + " px");
            long controls = ((Number) js("return document.getElementById('controls').getBoundingClientRect().width"))
                    .longValue();
            assertTrue(controls > inner * 0.8, "the levers take the window's width: " + controls + " of " + inner);
            assertTrue((Boolean) js("return document.getElementById('chart-fan').getBoundingClientRect().top"
                    + " > document.getElementById('controls').getBoundingClientRect().bottom"), "the charts below them");
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    /** With the server gone, a change says so in words (not the browser's "Failed to fetch"), as an error. */
    @Test
    void aStoppedServerIsToldInWords() throws Exception {
        try (ExploreApi gone = new ExploreApi(ExploreApi.PLATFORM, 20, 1)) {
            browser.get(gone.server.url().toString());
            waitForAnswer(0);
        }
        WebElement coalition = browser.findElement(By.id("coalition-size"));
        coalition.sendKeys(Keys.ARROW_RIGHT);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !(Boolean) js("return adoptsimExplore.state.inFlight"));
        WebElement status = browser.findElement(By.id("status"));
        assertTrue(status.getText().startsWith("no answer from the adoptsim explore server (has it stopped?)"),
                status.getText());
        assertTrue(status.getAttribute("class").contains("error"), "shown as an error");
    }

    /**
     * A request left unanswered past the page's timeout (here 1 ms, 30 s as shipped) is given up with a
     * message in words, and the charts keep the last answer: no "running…" for ever.
     */
    @Test
    void anUnansweredRequestTimesOutKeepingTheLastAnswer() {
        browser.get(api.server.url().toString());
        long runs = waitForAnswer(0);
        assertEquals(30000L, ((Number) js("return adoptsimExplore.state.timeoutMs")).longValue(), "30 s as shipped");
        List<List<Double>> before = chartRows("fan", "weekly");
        js("adoptsimExplore.state.timeoutMs = 1");
        browser.findElement(By.id("coalition-size")).sendKeys(Keys.ARROW_RIGHT);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> (Boolean) js(
                "const s = adoptsimExplore.state; return s.runs > " + runs + " && !s.inFlight && !s.pending"));
        WebElement status = browser.findElement(By.id("status"));
        assertTrue(status.getText().startsWith("no answer from the adoptsim explore server in 0.001 s (is it busy or"
                + " hung?); the charts show the last answer"), status.getText());
        assertTrue(status.getAttribute("class").contains("error"), "shown as an error");
        assertEquals(before, chartRows("fan", "weekly"), "the last answer is still drawn");
    }

    /**
     * The reasons chart names each reason as the PNG laggard charts do ({@link ReasonLabels}): "too few
     * peers moved", and with functions "sign-off: security", not the columns' raw names.
     */
    @Test
    void theReasonsChartUsesThePngChartsWords() throws Exception {
        try (ExploreApi agency = new ExploreApi(Path.of("../scenarios/agency-cloud.yaml"), 20, 1)) {
            browser.get(agency.server.url().toString());
            waitForAnswer(0);
            List<?> shown = (List<?>) js("return [...new Set(adoptsimExplore.views.reasons.data('reasons')"
                    + ".map(r => r.reason))]");
            assertTrue(shown.contains("sign-off: security") && shown.contains("too few peers moved"), shown.toString());
            assertFalse(shown.contains("waiting for a function's sign-off"), "the split replaces the total: " + shown);
            assertTrue(shown.contains(ReasonLabels.signOff("security")) && shown.contains(ReasonLabels.of(Reason.PEERS)));
            List<String> labels = new ArrayList<>();
            agency.run("{}").get("reasonLabels").elements().forEachRemaining(l -> labels.add(l.asText()));
            assertTrue(labels.containsAll(shown), shown + " are the answer's labels " + labels);
        }
    }

    /**
     * With functions declared, the chosen strategy's function levers are controls: adding liaisons to
     * top-down (the toggle, then three steps of their hours) reruns, and every chart shows the API's answer
     * for exactly those levers. Without functions the page has no such controls.
     */
    @Test
    void aFunctionLeverReruns() throws Exception {
        browser.get(api.server.url().toString());
        waitForAnswer(0);
        assertTrue(browser.findElements(By.id("functions")).isEmpty(), "no function levers without functions");
        try (ExploreApi agency = new ExploreApi(Path.of("../scenarios/agency-cloud.yaml"), 20, 1)) {
            browser.get(agency.server.url().toString());
            long runs = waitForAnswer(0);
            List<List<Double>> before = chartRows("fan", "weekly");
            new Select(browser.findElement(By.id("strategy"))).selectByValue("partnership");
            assertTrue(browser.findElement(By.id("fn-liaisons-on")).isSelected(), "partnership has liaisons");
            assertEquals("4", browser.findElement(By.id("fn-liaisons-hours")).getAttribute("value"));
            new Select(browser.findElement(By.id("strategy"))).selectByValue("top-down");
            WebElement hours = browser.findElement(By.id("fn-liaisons-hours"));
            assertFalse(browser.findElement(By.id("fn-liaisons-on")).isSelected());
            assertFalse(hours.isEnabled(), "an off lever's sliders take no input");
            browser.findElement(By.id("fn-liaisons-on")).click();
            runs = waitForAnswer(runs);
            for (int i = 0; i < 3; i++) {
                hours.sendKeys(Keys.ARROW_RIGHT);
            }
            assertEquals("3", hours.getAttribute("value"));
            waitForAnswer(runs);

            String levers = "{\"strategies\":{\"top-down\":{\"liaisons\":{\"enabled\":true,\"week\":0,"
                    + "\"hoursPerWeek\":3,\"functions\":[]}}}}";
            assertEquals(ExploreJson.MAPPER.readTree(levers),
                    ExploreJson.MAPPER.readTree((String) js("return JSON.stringify({strategies:"
                            + " adoptsimExplore.state.edits.strategies})")));
            JsonNode answer = agency.run(levers);
            List<List<Double>> after = chartRows("fan", "weekly");
            assertNotEquals(before, after, "the chart's data changed");
            assertEquals(apiRows(answer), after, "the fan chart shows the API's answer");
            // The chart stacks the sign-off split in place of its total (theReasonsChartUsesThePngChartsWords).
            List<String> reasons = reasonRows(answer).stream()
                    .filter(r -> !r.contains(", waiting for a function's sign-off, ")).toList();
            assertEquals(reasons, strings("return adoptsimExplore.views.reasons.data('reasons')"
                    + ".map(r => [r.strategy, r.week, r.reason, r.teams])", true), "the reasons chart: the API's reasons");
            assertEquals(ledgerRows(answer), strings("return adoptsimExplore.views.ledger.data('ledger')"
                    + ".map(r => [r.strategy, r.entry, r.cost, r.mean, r.ci_low, r.ci_high])", false),
                    "the ledger chart: the liaisons' hours");
            File shot = browser.findElement(By.id("functions")).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("target", "explore-functions.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Each chart has an accessible name saying what it shows, not Vega's "Vega visualization", and an
     * accessible description of how to read it.
     */
    @Test
    void everyChartHasAnAccessibleNameAndDescription() {
        browser.get(api.server.url().toString());
        waitForAnswer(0);
        Set<String> names = new HashSet<>();
        for (String chart : List.of("fan", "adoption", "paired", "reasons", "ledger")) {
            String id = "#chart-" + chart;
            WebElement named = browser.findElement(By.cssSelector(id + "[aria-label], " + id + " [aria-label]"));
            String name = named.getAccessibleName();
            assertFalse(name.isBlank() || name.contains("Vega visualization"), chart + ": " + name);
            assertTrue(names.add(name), chart + "'s name is its own: " + name);
            String description = named.getAttribute("aria-description");
            assertTrue(description != null && description.length() > 40, chart + ": " + description);
        }
        assertTrue(names.contains("Honest adoption by week, per strategy"), names.toString());
    }

    /** The API's event marks as rows (strategy, week, label), sorted. */
    private static List<String> eventRows(JsonNode answer) {
        List<String> rows = new ArrayList<>();
        for (JsonNode e : answer.get("events")) {
            rows.add(List.of(e.get("strategy").asText(), e.get("week").asDouble(), e.get("label").asText()).toString());
        }
        rows.sort(null);
        return rows;
    }

    /** The event marks a chart draws, as {@link #eventRows}. */
    private static List<String> chartEvents(String view) {
        List<String> rows = strings("return adoptsimExplore.views." + view + ".data('events')"
                + ".map(r => [r.strategy, r.week, r.label])", false);
        rows.sort(null);
        return rows;
    }

    @Test
    void theInteractiveReportDrawsItsTablesOfflineAndTogglesStrategies(@TempDir Path dir) throws Exception {
        Cli c = Cli.run("compare", ExploreApi.PLATFORM.toString(), "--replicates", "8", "--out", dir.toString(),
                "--quiet");
        assertEquals(0, c.exit(), c.err());
        ComparisonTables t = InteractiveReportTest.tables(8);
        Path report = dir.resolve("report.html");
        browser.get(report.toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> (Boolean) js("return !!window.adoptsimReport"));
        List<List<Double>> rows = new ArrayList<>();
        for (JsonNode w : ResultJson.weekly(t.weekly())) {
            // report.html is built from the CSV files, which hold six decimals (docs/outputs.md)
            rows.add(COLUMNS.stream().map(col -> Num.parse(Num.csv(w.get(col).asDouble()))).toList());
        }
        assertEquals(rows, reportRows(), "the fan chart draws the tables compare wrote");
        browser.findElements(By.cssSelector("#adoptsim-shown input")).get(1).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> reportRows().size() == 4 * 104);
        assertEquals(0L, js("return adoptsimReport.views.fan.data('weekly').filter(r => r.strategy === 'earned')"
                + ".length"), "unticking 'earned' hides it");
        List<String> events = new ArrayList<>();
        for (JsonNode e : ResultJson.events(t)) {
            if (!e.get("strategy").asText().equals("earned")) {
                events.add(List.of(e.get("strategy").asText(), e.get("week").asDouble(), e.get("label").asText()).toString());
            }
        }
        events.sort(null);
        assertTrue(!events.isEmpty(), "the comparison has events to mark");
        List<String> drawn = strings("return adoptsimReport.views.adoption.data('events').map(r => [r.strategy, r.week, r.label])",
                false);
        drawn.sort(null);
        assertEquals(events, drawn, "report.html's adoption chart marks the events of the strategies shown");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "report-interactive.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every chart's data sets, as JSON by chart name: {"fan": {...}, …}, each on its own line. */
    private static String chartData() {
        return (String) js("const v = adoptsimExplore.views; return Object.keys(v).map(name => JSON.stringify(name) + ':'"
                + " + JSON.stringify(Object.fromEntries(['weekly', 'paired', 'ledger', 'adoption', 'reasons']"
                + ".filter(set => { try { v[name].data(set); return true; } catch (e) { return false; } })"
                + ".map(set => [set, v[name].data(set)])))).join('\\n')");
    }

    private static String section(String chartData, String chart) {
        return chartData.lines().filter(l -> l.startsWith("\"" + chart + "\":")).findFirst().orElseThrow();
    }

    /**
     * The rows a script returns, each a list printed as text: numbers as doubles (Selenium gives whole
     * ones as Long), except the week, the second field where a row has one ({@code weekAt1}).
     */
    private static List<String> strings(String script, boolean weekAt1) {
        List<String> out = new ArrayList<>();
        for (Object row : (List<?>) js(script)) {
            List<Object> fields = new ArrayList<>();
            List<?> r = (List<?>) row;
            for (int i = 0; i < r.size(); i++) {
                Object v = r.get(i);
                fields.add(v instanceof Number n ? (weekAt1 && i == 1 ? (Object) n.longValue() : (Object) n.doubleValue()) : v);
            }
            out.add(fields.toString());
        }
        return out;
    }

    /**
     * The API's weekly reason columns as the reasons chart's long rows: strategy, week, reason (in the PNG
     * charts' words, the answer's reasonLabels), teams.
     */
    private static List<String> reasonRows(JsonNode answer) {
        List<String> rows = new ArrayList<>();
        for (JsonNode w : answer.get("weekly")) {
            w.fieldNames().forEachRemaining(c -> {
                if (c.startsWith("reason_") && c.endsWith("_mean")) {
                    rows.add(List.of(w.get("strategy").asText(), w.get("week").asLong(),
                            answer.get("reasonLabels").get(c).asText(), w.get(c).asDouble()).toString());
                }
            });
        }
        return rows;
    }

    private static List<String> ledgerRows(JsonNode answer) {
        List<String> rows = new ArrayList<>();
        for (JsonNode l : answer.get("ledger")) {
            rows.add(List.of(l.get("strategy").asText(), l.get("entry").asText(), l.get("cost").asBoolean(),
                    l.get("mean").asDouble(), l.get("ci_low").asDouble(), l.get("ci_high").asDouble()).toString());
        }
        return rows;
    }

    private static List<List<Double>> reportRows() {
        List<?> rows = (List<?>) js("return adoptsimReport.views.fan.data('weekly').map(r => "
                + "[" + String.join(", ", COLUMNS.stream().map(c -> "r." + c).toList()) + "])");
        return rows.stream().map(r -> ((List<?>) r).stream().map(ExplorePageBrowserTest::number).toList()).toList();
    }

    /** Waits until the page has received an answer after the {@code runs}-th and is idle; returns the count. */
    private static long waitForAnswer(long runs) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> (Boolean) js(
                "const s = adoptsimExplore.state; return s.runs > " + runs + " && !s.inFlight && !s.pending"));
        String status = browser.findElement(By.id("status")).getText();
        assertTrue(status.startsWith("answered in"), status);
        return ((Number) js("return adoptsimExplore.state.runs")).longValue();
    }

    /** The chart's data set, in the page's order: the {@link #COLUMNS} of each row. */
    private static List<List<Double>> chartRows(String view, String data) {
        List<?> rows = (List<?>) js("return adoptsimExplore.views." + view + ".data('" + data + "').map(r => "
                + "[" + String.join(", ", COLUMNS.stream().map(c -> "r." + c).toList()) + "])");
        return rows.stream().map(r -> ((List<?>) r).stream().map(ExplorePageBrowserTest::number).toList()).toList();
    }

    private static List<List<Double>> apiRows(JsonNode answer) {
        List<List<Double>> rows = new ArrayList<>();
        for (JsonNode w : answer.get("weekly")) {
            rows.add(COLUMNS.stream().map(c -> w.get(c).asDouble()).toList());
        }
        return rows;
    }

    private static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
