package org.adoptsim.cli.options;

import picocli.CommandLine.Option;

/** {@code -q, --quiet} (a picocli mixin): no progress and no summary; errors still print. */
public final class QuietOption {
    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; errors still print.")
    boolean quiet;

    public boolean given() {
        return quiet;
    }
}
