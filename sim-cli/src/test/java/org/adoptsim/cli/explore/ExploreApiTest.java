package org.adoptsim.cli.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.Cli;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.output.CsvTable;
import org.adoptsim.cli.text.Num;
import org.adoptsim.cli.output.SummaryCsv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's HTTP API: the token, the bounds, the loader's checks, and compare's numbers. */
class ExploreApiTest {
    private static final int REPLICATES = 12;
    /** Mandate the earned strategy at 50 % adoption with a 13-week deadline: a lever a planner moves. */
    private static final String MANDATE_EARNED = "{\"strategies\":{\"earned\":{\"mandate\":{\"enabled\":true,"
            + "\"atShare\":0.5,\"weeks\":13}}},\"uncertainties\":{\"effortMedian\":300}}";

    private static ExploreApi api;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        api = new ExploreApi(ExploreApi.PLATFORM, REPLICATES, 2);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void refusesEveryRequestWithoutTheToken() throws Exception {
        URI page = api.server.url();
        assertEquals(200, api.get(page).statusCode());
        URI root = URI.create("http://127.0.0.1:" + api.server.port());
        String token = page.getPath().split("/")[1];
        assertTrue(token.length() >= 43, "256 random bits in URL-safe base64: " + token.length());
        for (String path : new String[] {"/", "/api/scenario", "/assets/explore.js", "/x" + token + "/",
            "/" + token.substring(1) + "/api/scenario", "/" + token, "/" + token.toUpperCase() + "/api/scenario"}) {
            HttpResponse<String> r = api.get(root.resolve(path));
            assertEquals(403, r.statusCode(), path);
            assertFalse(r.body().contains(token), "a refusal never shows the token");
        }
        assertEquals(403, api.post("../api/run", "{}").statusCode());
    }

    @Test
    void boundsRequests() throws Exception {
        HttpResponse<String> big = api.post("api/run", "{\"strategies\":{}" + " ".repeat(ExploreServer.MAX_BODY) + "}");
        assertEquals(413, big.statusCode());
        assertEquals(414, api.get(api.url("api/" + "a".repeat(ExploreServer.MAX_PATH))).statusCode());
        assertEquals(405, api.get(api.url("api/run")).statusCode());
        assertEquals(404, api.get(api.url("assets/vendor%2F..%2Fexplore.js")).statusCode());
        assertEquals(404, api.get(api.url("assets/ExploreServer.class")).statusCode());
        assertEquals(400, api.post("api/run", "{\"uncertainties\":{\"teams\":" + (ScenarioEditor.MAX_TEAMS + 1)
                + "}}").statusCode());
    }

    @Test
    void servesThePageAndTheVendoredLibraryWithItsLicence() throws Exception {
        HttpResponse<String> page = api.get(api.server.url());
        assertTrue(page.body().contains("assets/vendor/vega-lite.min.js"));
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no address off this server");
        for (String name : new String[] {"vega", "vega-lite", "vega-embed"}) {
            assertEquals(200, api.get(api.url("assets/vendor/" + name + ".min.js")).statusCode());
            assertTrue(api.get(api.url("assets/vendor/" + name + ".LICENSE")).body().contains("Redistribution"));
        }
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'self'"), csp);
    }

    @Test
    void badLeversGetTheLoadersMessageWithoutALocationInATextTheUserNeverGets() throws Exception {
        // A refused lever cannot be saved, so the edited text is no file the user has: field and problem only.
        assertError("{\"strategies\":{\"earned\":{\"mandate\":{\"enabled\":true,\"atShare\":1.5}}}}",
                "strategies.earned.mandate.atShare: must be in [0, 1], was 1.5");
        assertError("{\"strategies\":{\"hope\":{\"dashboard\":true}}}",
                "strategies.hope: the scenario has no strategy 'hope'");
        assertError("{\"strategies\":{\"earned\":{\"dashbord\":true}}}",
                "request: strategies.earned.dashbord: unknown field; known: champions, coalitionSize, constraintMapping, dashboard,");
        assertError("{\"strategies\":{\"earned\":{\"coalitionSize\":2.5}}}",
                "request: strategies.earned.coalitionSize: expected a whole number, was 2.5");
        assertError("{\"strategies\":{\"earned\":{\"tooling\":[\"scripts\",\"scripts\"]}}}",
                "strategies.earned.tooling[1]: 'scripts' is listed twice");
        assertError("{\"uncertainties\":{\"thresholdMeans\":{\"believer\":0.5}}}",
                "uncertainties.thresholdMeans.believer: the scenario does not give a beta threshold");
    }

    @Test
    void aBodyThatIsNotJsonIsToldSoWithItsLineAndColumn() throws Exception {
        assertError("{\"strategies\":{\"earned\":{\"coalitionSize\":8}",
                "request: not valid JSON: the body ends before the JSON does (line 1, column 44)");
        HttpResponse<String> r = api.post("api/run", new byte[] {'{', '"', 's', 't', 'r', 'a', 't', 'e', 'g', 'i', 'e',
            's', '"', ':', '{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '{', '}', '}', '}'});
        assertEquals(400, r.statusCode());
        assertEquals("request: not valid JSON: not UTF-8 text (line 1, column 17)",
                ExploreJson.MAPPER.readTree(r.body()).get("error").asText());
        assertError("{} {}", "request: not valid JSON: more than one value (line 1, column 4)");
        assertError("{\"strategies\":", "request: not valid JSON: the body ends before the JSON does (line 1,");
        assertError("[".repeat(20) + "]".repeat(20), "request: not valid JSON: nested more than 16 deep (line 1,");
        assertError("{\"strategies\":{\"earned\":{\"officeHours\":NaN}}}",
                "request: not valid JSON: non-standard token 'NaN' (line 1,");
        String token = "x".repeat(200);
        HttpResponse<String> quoted = api.post("api/run", "{\"strategies\":" + token + "}");
        String error = ExploreJson.MAPPER.readTree(quoted.body()).get("error").asText();
        assertTrue(error.startsWith("request: not valid JSON: unrecognized token 'xxx"), error);
        assertFalse(error.contains("x".repeat(41)), "quotes at most 40 characters of the body: " + error);
    }

    @Test
    void jsonThatIsNotLeversNamesTheField() throws Exception {
        assertError("{\"strategies\":{\"earned\":null}}", "request: strategies.earned: expected an object, was null");
        assertError("{\"strategies\":{\"earned\":{\"tooling\":[null]}}}",
                "request: strategies.earned.tooling[0]: expected text, was null");
        assertError("{\"uncertainties\":{\"thresholdMeans\":{\"pragmatist\":null}}}",
                "request: uncertainties.thresholdMeans.pragmatist: expected a number, was null");
        assertError("{\"strategies\":{\"earned\":{\"coalitionSize\":99999999999999999999999}}}",
                "request: strategies.earned.coalitionSize: out of range (at most 2147483647),"
                        + " was 99999999999999999999999");
        assertError("{\"strategies\":{\"earned\":{\"executiveUnblocksPerQuarter\":2147483648}}}",
                "request: strategies.earned.executiveUnblocksPerQuarter: out of range (at most 2147483647),"
                        + " was 2147483648");
        assertError("{\"strategies\":{\"earned\":{\"coalitionSize\":-2147483649}}}",
                "request: strategies.earned.coalitionSize: out of range (at least -2147483648), was -2147483649");
        assertError("[1]", "request: (body): expected an object, was a list");
        assertError("{\"strategies\":{\"earned\":{\"officeHours\":\"NaN\"}}}",
                "strategies.earned.officeHours: must be a finite number, was NaN");
        assertError("{\"strategies\":{\"earned\":{\"mandate\":{\"enabled\":true,\"atShare\":\"Infinity\"}}}}",
                "strategies.earned.mandate.atShare: must be a finite number, was Infinity");
    }

    @Test
    void aNumberADoubleCannotHoldIsQuotedAsSent() throws Exception {
        assertError("{\"strategies\":{\"earned\":{\"coalitionSize\":1e400}}}",
                "request: strategies.earned.coalitionSize: too large to be a number here (at most about 1.8e308),"
                        + " was 1e400");
        assertError("{\"strategies\":{\"earned\":{\"officeHours\":-1E400}}}",
                "request: strategies.earned.officeHours: too large to be a number here (at most about 1.8e308),"
                        + " was -1E400");
        assertError("{\"uncertainties\":{\"effortMedian\":1e-99999999999}}",
                "request: uncertainties.effortMedian: too small to be told from 0 (at least about 4.9e-324), was"
                        + " 1e-99999999999");
        assertError("{\"uncertainties\":{\"effortMedian\":0e-99999999999}}",
                "uncertainties.effortMedian: must be > 0, was 0");
        assertError("{\"uncertainties\":{\"thresholdMeans\":{\"pragmatist\":1e-400}}}",
                "request: uncertainties.thresholdMeans.pragmatist: too small to be told from 0 (at least about"
                        + " 4.9e-324), was 1e-400");
        assertError("{\"uncertainties\":{\"effortMedian\":0.0e-400}}", "uncertainties.effortMedian: must be > 0, was 0");
    }

    @Test
    void aFieldGivenTwiceIsOneLineNamingIt() throws Exception {
        assertError("{\"strategies\":{\"earned\":{\"mandate\":{\"enabled\":true,\"atShare\":0.5,\"atShare\":7}}}}",
                "request: strategies.earned.mandate.atShare: given twice in one object");
    }

    @Test
    void aLongUnknownNameIsCutToFortyCharacters() throws Exception {
        String name = "z".repeat(3000);
        for (String body : new String[] {"{\"strategies\":{\"earned\":{\"" + name + "\":true}}}",
            "{\"strategies\":{\"" + name + "\":{\"dashboard\":true}}}",
            "{\"uncertainties\":{\"thresholdMeans\":{\"" + name + "\":0.5}}}"}) {
            HttpResponse<String> r = api.post("api/run", body);
            assertEquals(400, r.statusCode());
            String error = ExploreJson.MAPPER.readTree(r.body()).get("error").asText();
            assertTrue(error.contains("z".repeat(39) + "…"), error);
            assertFalse(error.contains("z".repeat(41)), "quotes at most 40 characters of the body: " + error);
        }
    }

    @Test
    void everyUncertaintyIsCheckedInTheRequestsTerms() throws Exception {
        assertError("{\"uncertainties\":{\"capacityMean\":-5}}", "uncertainties.capacityMean: must be > 0, was -5");
        assertError("{\"uncertainties\":{\"capacityMean\":\"NaN\"}}",
                "uncertainties.capacityMean: must be a finite number, was NaN");
        assertError("{\"uncertainties\":{\"effortMedian\":0}}", "uncertainties.effortMedian: must be > 0, was 0");
        assertError("{\"uncertainties\":{\"effortMedian\":-0.5}}", "uncertainties.effortMedian: must be > 0, was -0.5");
        assertError("{\"uncertainties\":{\"teams\":0}}", "uncertainties.teams: must be in [1, 5000]");
        assertError("{\"uncertainties\":{\"teams\":" + (ScenarioEditor.MAX_TEAMS + 1) + "}}",
                "uncertainties.teams: must be in [1, 5000]");
        assertError("{\"uncertainties\":{\"thresholdMeans\":{\"pragmatist\":1.5}}}",
                "uncertainties.thresholdMeans.pragmatist: must be in (0, 1), was 1.5");
    }

    /**
     * A very large number is written into the scenario as a file may write it (1.0E+308), not expanded into
     * hundreds of digits: the loader takes or refuses it as it would from a file, naming the field.
     */
    @Test
    void veryLargeNumbersMeanWhatTheyMeanInAFile() throws Exception {
        assertError("{\"strategies\":{\"earned\":{\"mandate\":{\"enabled\":true,\"atShare\":1e308}}}}",
                "strategies.earned.mandate.atShare: must be in [0, 1], was 1.0E+308");
        String huge = "{\"strategies\":{\"earned\":{\"officeHours\":1e308}},\"uncertainties\":{\"effortMedian\":1e300,"
                + "\"capacityMean\":1e-200}}";
        api.run(huge);
        String yaml = api.post("api/save", huge).body();
        assertTrue(yaml.contains("officeHours: 1.0E+308"), yaml);
        assertTrue(yaml.contains("median: 1.0E+300"), yaml);
        Path file = Files.writeString(dir.resolve("huge.yaml"), yaml);
        Cli validate = Cli.run("validate", file.toString());
        assertEquals(0, validate.exit(), validate.err());
        assertEquals(1e308, org.adoptsim.cli.scenario.ScenarioLoader.scenario(file).strategy("earned").orElseThrow()
                .officeHours());
    }

    private static void assertError(String body, String start) throws Exception {
        assertError(api, body, start);
    }

    private static void assertError(ExploreApi api, String body, String start) throws Exception {
        HttpResponse<String> r = api.post("api/run", body);
        assertEquals(400, r.statusCode(), body);
        String error = ExploreJson.MAPPER.readTree(r.body()).get("error").asText();
        assertTrue(error.startsWith(start), error);
        assertFalse(error.contains("\n"), "one line: " + error);
        assertFalse(error.contains("explored.yaml") || error.contains("`") || error.contains("jackson")
                || error.contains("cannot be read"), "no internal file, no Jackson, a named problem: " + error);
    }

    @Test
    void describesTheStrategiesLeversAndUncertainties() throws Exception {
        JsonNode d = ExploreJson.MAPPER.readTree(api.get(api.url("api/scenario")).body());
        assertEquals(REPLICATES, d.get("replicates").asInt());
        assertEquals(5, d.get("strategies").size());
        JsonNode earnThenMandate = d.get("strategies").get(3);
        assertEquals("earn-then-mandate", earnThenMandate.get("name").asText());
        assertEquals(0.7, earnThenMandate.at("/levers/mandate/atShare").asDouble());
        assertEquals(5, earnThenMandate.at("/levers/coalitionSize").asInt());
        assertEquals(360.0, d.at("/uncertainties/effortMedian").asDouble());
        assertEquals(1.0 / 8, d.at("/uncertainties/thresholdMeans/pragmatist").asDouble(), 1e-12);
        assertEquals(36.0, d.at("/uncertainties/capacityMean").asDouble());
        assertEquals(42, d.at("/uncertainties/teams").asInt());
    }

    @Test
    void numbersAreComparesOnTheFileAndOnTheSavedScenario() throws Exception {
        assertSameAsCompare(api.run("{}"), ExploreApi.PLATFORM, "plain");
        JsonNode moved = api.run(MANDATE_EARNED);
        assertNotEquals(api.run("{}").get("summary"), moved.get("summary"), "the lever changes the result");
        HttpResponse<String> saved = api.post("api/save", MANDATE_EARNED);
        assertEquals(200, saved.statusCode());
        assertTrue(saved.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("platform-migration-explored.yaml"));
        Path file = Files.writeString(dir.resolve("platform-migration-explored.yaml"), saved.body());
        Cli validate = Cli.run("validate", file.toString());
        assertEquals(0, validate.exit(), validate.err());
        assertSameAsCompare(moved, file, "moved");
    }

    /**
     * With functions declared, the API's weekly rows have weekly.csv's every column, the {@code sign-off}
     * reason split by function included (the reasons chart stacks the split, as compare's laggard chart
     * does), each cell compare's.
     */
    @Test
    void aScenarioWithFunctionsGetsComparesSignOffSplit() throws Exception {
        Path agency = Path.of("../scenarios/agency-cloud.yaml");
        JsonNode json;
        try (ExploreApi functions = new ExploreApi(agency, REPLICATES, 2)) {
            json = functions.run("{}");
        }
        Path folder = dir.resolve("agency");
        Cli c = Cli.run("compare", agency.toString(), "--replicates", String.valueOf(REPLICATES), "--out",
                folder.toString(), "--quiet");
        assertEquals(0, c.exit(), c.err());
        CsvTable weekly = CsvTable.read(folder.resolve("weekly.csv"));
        List<String> keys = new ArrayList<>();
        json.get("weekly").get(0).fieldNames().forEachRemaining(keys::add);
        assertEquals(weekly.header(), keys);
        assertTrue(keys.contains("reason_sign_off_security_mean"), keys.toString());
        int cells = 0;
        for (int r = 0; r < weekly.size(); r++) {
            JsonNode w = json.get("weekly").get(r);
            for (String column : weekly.header()) {
                if (column.startsWith("reason_sign_off")) {
                    assertEquals(weekly.text(r, column), Num.csv(w.get(column).asDouble()), "weekly " + r + " " + column);
                    cells += weekly.number(r, column) > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(cells > 100, "teams wait on sign-offs: " + cells);
    }

    /**
     * With functions declared, each strategy's levers for them are described (off ones with the format's
     * defaults), a moved one reruns as compare does on the saved scenario, which validate accepts, and bad
     * values get the loader's words. Without functions, none is described and one sent is refused.
     */
    @Test
    void functionLeversAreDescribedMovedAndSavedWhereTheScenarioDeclaresFunctions() throws Exception {
        JsonNode platform = ExploreJson.MAPPER.readTree(api.get(api.url("api/scenario")).body());
        assertFalse(platform.has("functions"));
        for (JsonNode s : platform.get("strategies")) {
            assertFalse(s.get("levers").has("liaisons") || s.get("levers").has("mutualBenefit"), s.toString());
        }
        assertError("{\"strategies\":{\"earned\":{\"liaisons\":{\"enabled\":true}}}}",
                "strategies.earned.liaisons: the scenario declares no functions");

        Path agency = Path.of("../scenarios/agency-cloud.yaml");
        String liaisons = "{\"strategies\":{\"top-down\":{\"liaisons\":{\"enabled\":true,\"week\":0,"
                + "\"hoursPerWeek\":4},\"mutualBenefit\":{\"security\":{\"enabled\":true,\"hours\":240}}},"
                + "\"partnership\":{\"constraintMapping\":{\"enabled\":false}}}}";
        try (ExploreApi functions = new ExploreApi(agency, REPLICATES, 2)) {
            JsonNode d = ExploreJson.MAPPER.readTree(functions.get(functions.url("api/scenario")).body());
            assertEquals("[\"security\",\"budget\",\"operations\",\"program\"]", d.get("functions").toString());
            JsonNode topDown = d.get("strategies").get(0).get("levers");
            assertEquals("{\"enabled\":false,\"week\":0,\"hoursPerWeek\":0.0,\"functions\":[]}",
                    topDown.get("liaisons").toString());
            assertEquals("{\"enabled\":false,\"week\":0,\"hours\":0.0,\"cut\":0.4,\"alignmentGain\":0.4}",
                    topDown.at("/mutualBenefit/program").toString());
            JsonNode partnership = d.get("strategies").get(1).get("levers");
            assertEquals(4.0, partnership.at("/liaisons/hoursPerWeek").asDouble());
            assertTrue(partnership.at("/liaisons/enabled").asBoolean());
            assertEquals(240.0, partnership.at("/mutualBenefit/security/hours").asDouble());
            assertFalse(partnership.at("/mutualBenefit/program/enabled").asBoolean());
            assertEquals("{\"enabled\":true,\"week\":0,\"hours\":40.0}", partnership.get("constraintMapping").toString());

            JsonNode moved = functions.run(liaisons);
            assertNotEquals(functions.run("{}").get("summary").get(0), moved.get("summary").get(0),
                    "liaisons and a contract change top-down");
            HttpResponse<String> saved = functions.post("api/save", liaisons);
            assertEquals(200, saved.statusCode());
            Path file = Files.writeString(dir.resolve("agency-cloud-explored.yaml"), saved.body());
            Cli validate = Cli.run("validate", file.toString());
            assertEquals(0, validate.exit(), validate.err());
            assertSameAsCompare(moved, file, "liaisons");
            try (ExploreApi reloaded = new ExploreApi(file, REPLICATES, 2)) {
                JsonNode levers = ExploreJson.MAPPER.readTree(reloaded.get(reloaded.url("api/scenario")).body())
                        .get("strategies");
                assertTrue(levers.get(0).at("/levers/liaisons/enabled").asBoolean(), "saved with the liaisons");
                assertTrue(levers.get(0).at("/levers/mutualBenefit/security/enabled").asBoolean());
                assertFalse(levers.get(1).at("/levers/constraintMapping/enabled").asBoolean(), "switched off");
            }

            assertError(functions, "{\"strategies\":{\"top-down\":{\"mutualBenefit\":{\"secrity\":{\"enabled\":true}}}}}",
                    "strategies.top-down.mutualBenefit.secrity: unknown function 'secrity'");
            assertError(functions, "{\"strategies\":{\"top-down\":{\"liaisons\":{\"enabled\":true,\"hoursPerWeek\":-1}}}}",
                    "strategies.top-down.liaisons.hoursPerWeek: must be");
            assertError(functions, "{\"strategies\":{\"top-down\":{\"mutualBenefit\":{\"budget\":{\"enabled\":true,"
                    + "\"cut\":1}}}}}", "strategies.top-down.mutualBenefit.budget.cut: must be");
            assertError(functions, "{\"strategies\":{\"top-down\":{\"pilotFirst\":{\"enabled\":true,\"wek\":1}}}}",
                    "request: strategies.top-down.pilotFirst.wek: unknown field; known: enabled, hours, week");
        }
    }

    /** Every cell of compare's summary.csv and paired.csv is the API's number, formatted as compare formats it. */
    private void assertSameAsCompare(JsonNode json, Path scenario, String out) throws IOException {
        Path folder = dir.resolve(out);
        Cli c = Cli.run("compare", scenario.toString(), "--replicates", String.valueOf(REPLICATES), "--out",
                folder.toString(), "--quiet", "--threads", "1");
        assertEquals(0, c.exit(), c.err());
        CsvTable summary = CsvTable.read(folder.resolve("summary.csv"));
        MetricCatalog catalog = new MetricCatalog(json.get("weeks").asInt());
        assertEquals(SummaryCsv.header(catalog), summary.header());
        int cells = 0;
        for (int r = 0; r < summary.size(); r++) {
            JsonNode row = json.get("summary").get(r);
            assertEquals(summary.text(r, "strategy"), row.get("strategy").asText());
            assertEquals(summary.text(r, "replicates"), row.get("replicates").asText());
            for (String column : summary.header().subList(2, summary.header().size())) {
                String metric = catalog.compared().stream().filter(m -> column.startsWith(m.id() + "_")).findFirst()
                        .orElseThrow().id();
                JsonNode v = row.get("values").get(metric).get(column.substring(metric.length() + 1));
                assertEquals(summary.text(r, column), v.isNull() ? "" : v.isIntegralNumber() ? v.asText()
                        : Num.csv(v.asDouble()), out + " " + row.get("strategy").asText() + " " + column);
                cells++;
            }
        }
        assertTrue(cells > 100, "compared " + cells + " cells");
        CsvTable paired = CsvTable.read(folder.resolve("paired.csv"));
        assertEquals(paired.size(), json.get("paired").size());
        for (int r = 0; r < paired.size(); r++) {
            JsonNode p = json.get("paired").get(r);
            for (String column : new String[] {"strategy", "metric", "pairs", "better", "same", "worse"}) {
                assertEquals(paired.text(r, column), p.get(column).asText(), column);
            }
            for (String column : new String[] {"mean_diff", "ci_low", "ci_high", "p_better"}) {
                assertEquals(paired.text(r, column), p.get(column).isNull() ? "" : Num.csv(p.get(column).asDouble()),
                        out + " paired " + p.get("strategy").asText() + " " + p.get("metric").asText() + " " + column);
            }
        }
        CsvTable weekly = CsvTable.read(folder.resolve("weekly.csv"));
        assertEquals(weekly.size(), json.get("weekly").size());
        for (int r = 0; r < weekly.size(); r += 17) {
            JsonNode w = json.get("weekly").get(r);
            for (String column : new String[] {"honest_p50", "vanity_mean", "reason_peers_mean"}) {
                assertEquals(weekly.text(r, column), Num.csv(w.get(column).asDouble()), "weekly " + column);
            }
        }
        assertLedgerIsCompares(json, summary, weekly, out);
        assertEventsAreCompares(json, summary, out);
    }

    /**
     * The event marks are summary.csv's milestones: every mandate, deadline, sunset and shutdown with a
     * median week is named by exactly one mark of its strategy, at that week index (where the week starts), as
     * its label says.
     */
    private static void assertEventsAreCompares(JsonNode json, CsvTable summary, String out) {
        Map<String, String> columns = Map.of("mandate", "mandate_week", "deadline", "deadline_week",
                "sunset announced", "sunset_week", "shutdown", "shutdown_week");
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < summary.size(); r++) {
            for (Map.Entry<String, String> e : columns.entrySet()) {
                String median = summary.text(r, e.getValue() + "_median");
                if (!median.isEmpty()) {
                    expected.add(summary.text(r, "strategy") + " " + e.getKey() + " " + Num.parse(median));
                }
            }
        }
        List<String> marked = new ArrayList<>();
        for (JsonNode e : json.get("events")) {
            String label = e.get("label").asText();
            assertTrue(label.contains(", week " + Math.round(e.get("week").asDouble())), out + " " + e);
            for (String name : label.substring(0, label.indexOf(", week ")).split(" \\+ ")) {
                marked.add(e.get("strategy").asText() + " " + name + " " + e.get("week").asDouble());
            }
        }
        expected.sort(null);
        marked.sort(null);
        assertEquals(expected, marked, out + ": the events marked");
        assertTrue(!marked.isEmpty(), out + ": the scenario has events to mark");
    }

    /**
     * The ledger chart's numbers are compare's, cell for cell: each ledger row is summary.csv's
     * {@code hours_ENTRY} (or {@code net_hours}) mean and interval, and the cumulative ledger of every
     * week is weekly.csv's.
     */
    private static void assertLedgerIsCompares(JsonNode json, CsvTable summary, CsvTable weekly, String out) {
        JsonNode ledger = json.get("ledger");
        assertEquals(7 * summary.size(), ledger.size(), "seven entries per strategy");
        int i = 0;
        for (int r = 0; r < summary.size(); r++) {
            for (String entry : new String[] {"migration", "dual", "platform", "incidents", "staying", "gain", "net"}) {
                JsonNode row = ledger.get(i++);
                assertEquals(summary.text(r, "strategy"), row.get("strategy").asText());
                assertEquals(entry, row.get("entry").asText());
                assertEquals(!entry.equals("gain") && !entry.equals("net"), row.get("cost").asBoolean(), entry);
                String column = entry.equals("net") ? "net_hours" : "hours_" + entry;
                for (String stat : new String[] {"mean", "ci_low", "ci_high"}) {
                    assertEquals(summary.text(r, column + "_" + stat), row.get(stat).isNull() ? "" : Num.csv(row.get(stat).asDouble()),
                            out + " ledger " + row.get("strategy").asText() + " " + column + "_" + stat);
                }
                if (!row.get("ci_low").isNull()) {
                    // net is often negative: its interval must hold its mean, not be cut at 0 as a cost's may be
                    assertTrue(row.get("ci_low").asDouble() <= row.get("mean").asDouble()
                            && row.get("mean").asDouble() <= row.get("ci_high").asDouble(), out + " " + row);
                }
            }
        }
        for (int r = 0; r < weekly.size(); r++) {
            JsonNode w = json.get("weekly").get(r);
            for (String column : weekly.header()) {
                if (column.startsWith("hours_") || column.startsWith("net_hours")) {
                    assertEquals(weekly.text(r, column), Num.csv(w.get(column).asDouble()), "weekly " + column);
                }
            }
        }
    }

    @Test
    void answersDoNotDependOnTheThreadCount() throws Exception {
        try (ExploreApi one = new ExploreApi(ExploreApi.PLATFORM, REPLICATES, 1)) {
            JsonNode a = one.run(MANDATE_EARNED);
            JsonNode b = api.run(MANDATE_EARNED);
            ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("elapsedMs");
            ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("elapsedMs");
            ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("cpuMs");
            ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("cpuMs");
            assertEquals(a, b);
        }
    }

    @Test
    void savedScenarioKeepsTheFilesValuesAndSaysWhereItCameFrom() throws Exception {
        String yaml = api.post("api/save", "{}").body();
        assertTrue(yaml.startsWith("# Written by adoptsim explore from ../scenarios/platform-migration.yaml"), yaml);
        Path file = Files.writeString(dir.resolve("same.yaml"), yaml, StandardCharsets.UTF_8);
        assertEquals(org.adoptsim.cli.scenario.ScenarioLoader.scenario(ExploreApi.PLATFORM),
                org.adoptsim.cli.scenario.ScenarioLoader.scenario(file));
    }
}
