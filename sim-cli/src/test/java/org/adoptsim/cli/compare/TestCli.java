package org.adoptsim.cli.compare;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.app.Main;
import picocli.CommandLine;

/** The real adoptsim command line ({@link Main#commandLine()}) with its output captured, and small scenario files. */
public final class TestCli {
    public final CommandLine cli = Main.commandLine();
    public final StringWriter out = new StringWriter();
    public final StringWriter err = new StringWriter();

    public TestCli() {
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
    }

    public int execute(String... args) {
        return cli.execute(args);
    }

    /** The named subcommand's instance, to set test hooks before {@link #execute}. */
    public <T> T command(String name) {
        return cli.getSubcommands().get(name).getCommand();
    }

    /** Writes {@code small.yaml}: the default organisation and the five presets, over a short run. */
    public static Path scenario(Path dir, int weeks, int replicates, long seed) throws IOException {
        return Files.writeString(dir.resolve("small.yaml"), """
                name: small-test
                description: The default organisation over a short horizon, for tests.
                run: {weeks: %d, replicates: %d, seed: %d}
                strategies:
                  announce-and-hope: {preset: announce-and-hope}
                  earned: {preset: earned}
                  mandate-early: {preset: mandate-early}
                  earn-then-mandate: {preset: earn-then-mandate}
                  pure-mandate: {preset: pure-mandate}
                """.formatted(weeks, replicates, seed));
    }
}
