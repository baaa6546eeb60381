package org.adoptsim.cli.explore;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Test helper: Debian's Chromium in headless mode, driven through its own chromedriver (given
 * explicitly, so Selenium never tries to download one). Empty where no Chromium is installed.
 */
final class HeadlessChromium {
    private HeadlessChromium() {
    }

    /** A browser with a window of that size, or empty without Chromium; fails if only the driver is missing. */
    static Optional<ChromeDriver> start(int width, int height) {
        Optional<Path> chromium = onPath("chromium", "chromium-browser");
        if (chromium.isEmpty()) {
            return Optional.empty();
        }
        Path driver = onPath("chromedriver").orElseThrow(() -> new AssertionError(
                "Chromium is installed but chromedriver is not: apt-get install chromium-driver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return Optional.of(new ChromeDriver(service, options));
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(p -> !p.isEmpty())
                .flatMap(dir -> Stream.of(names).map(n -> Path.of(dir, n))).filter(Files::isExecutable).findFirst();
    }
}
