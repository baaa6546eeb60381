package org.adoptsim.cli.options;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.adoptsim.cli.output.OutputDirs;
import picocli.CommandLine.Option;

/**
 * {@code --out DIR} (a picocli mixin): the output folder. The name is checked before anything is written
 * ({@link OutputDirs}); the default is the command's own, named in its description.
 */
public final class OutOption {
    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: a folder under out/ named after the scenario or sweep; analyze and"
                + " discover: DIR/analysis and DIR/discover in the sweep's folder; merge: required).")
    Path out;

    /** The folder given, checked, or {@code byDefault}'s when none was. */
    public Path folder(Supplier<Path> byDefault) {
        return out != null ? OutputDirs.check(out, "--out") : byDefault.get();
    }

    /** Whether --out was given. */
    public boolean given() {
        return out != null;
    }
}
