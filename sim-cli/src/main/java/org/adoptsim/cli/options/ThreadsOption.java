package org.adoptsim.cli.options;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads T} (a picocli mixin): worker threads, at least 1; results never depend on it. */
public final class ThreadsOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private Integer threads;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: all available cores). Results do not depend on it.")
    void set(int value) {
        if (value < 1) {
            throw new ParameterException(mixee.commandLine(), "--threads: must be at least 1, was " + value);
        }
        threads = value;
    }

    /** The threads given, or all available cores. */
    public int count() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
