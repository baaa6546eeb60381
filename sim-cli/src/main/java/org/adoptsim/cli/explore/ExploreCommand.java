package org.adoptsim.cli.explore;

import picocli.CommandLine.Mixin;
import org.adoptsim.cli.options.ThreadsOption;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.adoptsim.cli.compare.ScenarioFiles;
import org.adoptsim.cli.scenario.ScenarioLoader;
import org.adoptsim.cli.scenario.input.TextFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code adoptsim explore FILE}: a local page that reruns the comparison as the levers move. */
@Command(name = "explore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Serves a page on 127.0.0.1 with the scenario's strategies, sliders and toggles for their levers and"
                + " the main uncertainties, and live charts; each change reruns the replicates, with the numbers"
                + " compare --replicates N gives. 'Save as scenario' downloads the scenario with the levers as set.",
            "Prints the page's address, which carries a random token: requests without it are refused."
                + " Ctrl-C stops the server."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  adoptsim explore scenarios/platform-migration.yaml",
            "  adoptsim explore my-org.yaml --port 8080 --no-open --replicates 200"})
public final class ExploreCommand implements Callable<Integer> {
    /**
     * Replicates per lever change: the platform-migration scenario's round trip stays near 300 ms on two
     * cores with this many (measured; docs/explore.md). More give tighter intervals and slower answers.
     */
    static final int DEFAULT_REPLICATES = 100;

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: any free port).")
    int port;

    @Option(names = "--no-open", description = "Do not open the page in the desktop's browser.")
    boolean noOpen;

    @Option(names = "--replicates", paramLabel = "N",
            description = "Replicates per change (default: " + DEFAULT_REPLICATES + ").")
    int replicates = DEFAULT_REPLICATES;

    @Mixin
    ThreadsOption threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port: must be 0 to 65535, was " + port);
        }
        if (replicates < 1 || replicates > 100_000) {
            throw new ParameterException(spec.commandLine(), "--replicates: must be 1 to 100000, was " + replicates);
        }
        int t = threads.count();
        String display = file.toString();
        new ScenarioFiles().read(file);
        String text = TextFile.read(file, display, ScenarioLoader.MAX_BYTES, null, "");
        ExploreSession session = new ExploreSession(text, file, display, replicates, t);
        CountDownLatch stopped = new CountDownLatch(1);
        PrintWriter out = spec.commandLine().getOut();
        try (ExploreServer server = start(session)) {
            Thread hook = new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "adoptsim-explore-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("adoptsim explore: " + server.url());
            out.println("  " + replicates + " replicates per change; Ctrl-C stops the server.");
            out.flush();
            server.warmUp();
            if (!noOpen) {
                open(server.url(), spec.commandLine().getErr());
            }
            try {
                stopped.await();
            } catch (InterruptedException e) {
                // Stopped by the embedding program (tests) rather than Ctrl-C: close and return normally.
                Thread.currentThread().interrupt();
            } finally {
                removeHook(hook);
            }
        }
        return 0;
    }

    /** Starts the server; a port that is taken is a usage error (exit 2), not an internal failure. */
    private ExploreServer start(ExploreSession session) throws IOException {
        try {
            return ExploreServer.start(session, port);
        } catch (java.net.BindException e) {
            throw new ParameterException(spec.commandLine(), "--port: cannot listen on 127.0.0.1:" + port + ": "
                    + e.getMessage());
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook is running
        }
    }

    private static void open(URI url, PrintWriter err) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(url);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            err.println("adoptsim explore: could not open a browser; open the address above");
        }
    }
}
