package org.adoptsim.cli.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A measurement, not a test (its name keeps it out of {@code verify}): the explore page's round trip,
 * from the input event of a lever change to the charts redrawn on screen, over N changes in headless
 * Chromium. It moves the coalition size, office hours and executive unblocks of {@code earned} in
 * turn (each +1, +1, −1, −1, so the values stay in range and every answer is a new comparison), one
 * change at a time, and prints the median and 90th percentile of each part as the page timed it
 * (docs/explore.md, "Speed"). Run it with
 *
 * <pre>
 *   ./mvnw -q -B -o verify -pl sim-cli -am -Dtest=ExploreRoundTripTiming -Dsurefire.failIfNoSpecifiedTests=false \
 *       -Djacoco.skip=true [-Dexplore.changes=40] [-Dexplore.replicates=100] [-Dexplore.threads=2]
 * </pre>
 *
 * and read the block it prints (also written to {@code sim-cli/target/explore-timing.txt}).
 */
class ExploreRoundTripTiming {
    private static final String[] SLIDERS = {"coalition-size", "office-hours", "unblocks"};
    private static final String[] PARTS = {"total", "waited", "server", "cpu", "transfer", "parse", "draw", "bytes"};
    private static final int WARM_UP = 6;

    @Test
    void leverChangesRoundTrip() throws Exception {
        int changes = Integer.getInteger("explore.changes", 40);
        int replicates = Integer.getInteger("explore.replicates", ExploreCommand.DEFAULT_REPLICATES);
        int threads = Integer.getInteger("explore.threads", Runtime.getRuntime().availableProcessors());
        Optional<ChromeDriver> chrome = HeadlessChromium.start(1400, 2300);
        assumeTrue(chrome.isPresent(), "no Chromium installed (apt-get install chromium chromium-driver)");
        ChromeDriver browser = chrome.get();
        String loadBefore = load();
        try (ExploreApi api = new ExploreApi(ExploreApi.PLATFORM, replicates, threads)) {
            browser.get(api.server.url().toString());
            long runs = waitForAnswer(browser, 0);
            new Select(browser.findElement(By.id("strategy"))).selectByValue("earned");
            for (int i = 0; i < WARM_UP + changes; i++) {
                Keys key = (i / SLIDERS.length) % 4 < 2 ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT;
                browser.findElement(By.id(SLIDERS[i % SLIDERS.length])).sendKeys(key);
                runs = waitForAnswer(browser, runs);
                Thread.sleep(150);
            }
            JsonNode all = ExploreJson.MAPPER.readTree((String) ((JavascriptExecutor) browser).executeScript(
                    "return JSON.stringify(adoptsimExplore.state.timings)"));
            assertEquals(1 + WARM_UP + changes, all.size(), "one timing per answer");
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "explore round trip: %d lever changes after %d warm-up ones, %d replicates,"
                    + " %d server threads, platform-migration.yaml%n", changes, WARM_UP, replicates, threads));
            b.append("machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores; load average before ")
                    .append(loadBefore).append(", after ").append(load()).append(System.lineSeparator());
            b.append("browser: ").append(browser.getCapabilities().getBrowserName()).append(' ')
                    .append(browser.getCapabilities().getBrowserVersion()).append(" headless").append(System.lineSeparator());
            b.append(String.format(Locale.ROOT, "%-16s %8s %8s %8s%n", "part (ms)", "median", "p90", "max"));
            List<String> parts = new ArrayList<>(List.of(PARTS));
            all.get(all.size() - 1).get("charts").fieldNames().forEachRemaining(c -> parts.add("charts." + c));
            for (String part : parts) {
                double[] v = new double[changes];
                for (int i = 0; i < changes; i++) {
                    JsonNode t = all.get(1 + WARM_UP + i);
                    v[i] = part.startsWith("charts.") ? t.get("charts").path(part.substring(7)).asDouble()
                            : t.get(part).asDouble();
                }
                Arrays.sort(v);
                b.append(String.format(Locale.ROOT, "%-16s %8.0f %8.0f %8.0f%n", part, quantile(v, 0.5),
                        quantile(v, 0.9), v[v.length - 1]));
            }
            b.append("total: input event to charts redrawn (the next frame); waited: before the request left;"
                    + " server: its wall time; cpu: the server process's CPU time meanwhile; transfer: the rest of"
                    + " the request; parse: JSON.parse; draw: charts updated and shown (charts.NAME: each chart's"
                    + " update, part of draw); bytes: the answer's size")
                    .append(System.lineSeparator());
            System.out.print(b);
            Path out = Path.of("target", "explore-timing.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, b, StandardCharsets.UTF_8);
        } finally {
            browser.quit();
        }
    }

    /** Type 7 quantile (linear between order statistics), as R and NumPy by default. */
    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static String load() {
        try {
            List<String> parts = new ArrayList<>(List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")));
            return String.join(" ", parts.subList(0, 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static long waitForAnswer(ChromeDriver browser, long runs) {
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(50)).until(d -> (Boolean) js.executeScript(
                "const s = adoptsimExplore.state; return s.runs > " + runs + " && !s.inFlight && !s.pending"));
        return ((Number) js.executeScript("return adoptsimExplore.state.runs")).longValue();
    }
}
