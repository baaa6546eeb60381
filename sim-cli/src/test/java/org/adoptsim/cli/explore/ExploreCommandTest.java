package org.adoptsim.cli.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adoptsim.cli.Cli;
import org.adoptsim.cli.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code adoptsim explore} on the command line: the printed address, and bad input. */
class ExploreCommandTest {
    private static final Pattern URL =
            Pattern.compile("adoptsim explore: (http://127\\.0\\.0\\.1:(\\d+)/[A-Za-z0-9_-]{43}/)");

    @TempDir
    Path dir;

    @Test
    void printsATokenAddressOnTheLoopbackAndServesUntilStopped() throws Exception {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread t = new Thread(() -> exit.set(cl.execute("explore", ExploreApi.PLATFORM.toString(), "--no-open",
                "--replicates", "5")));
        t.start();
        Matcher m = URL.matcher("");
        for (int i = 0; i < 300 && !m.reset(out.toString()).find(); i++) {
            Thread.sleep(100);
        }
        assertTrue(m.reset(out.toString()).find(), out.toString());
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("adoptsim explore"));
        t.interrupt();
        t.join(10_000);
        assertFalse(t.isAlive());
        assertEquals(0, exit.get());
    }

    @Test
    void badInputIsOneLineAndExit2() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: x\nrules:\n  decisions:\n    attention: 1.5\n");
        Cli c = Cli.run("explore", bad.toString(), "--no-open");
        assertEquals(2, c.exit());
        assertEquals(1, c.err().strip().lines().count(), c.err());
        assertTrue(c.err().contains("bad.yaml:4:") && c.err().contains("rules.decisions.attention"), c.err());
        assertEquals(2, Cli.run("explore", ExploreApi.PLATFORM.toString(), "--port", "70000").exit());
        assertEquals(2, Cli.run("explore", ExploreApi.PLATFORM.toString(), "--replicates", "0").exit());
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Cli busy = Cli.run("explore", ExploreApi.PLATFORM.toString(), "--no-open", "--port",
                    String.valueOf(taken.getLocalPort()));
            assertEquals(2, busy.exit());
            assertTrue(busy.err().startsWith("adoptsim explore: --port: cannot listen on 127.0.0.1:"), busy.err());
        }
    }
}
