package org.adoptsim.cli.options;

import picocli.CommandLine.Option;

/** {@code --force} (a picocli mixin): lift the check that keeps a command from replacing what --out holds. */
public final class ForceOption {
    @Option(names = "--force",
            description = "Replace what --out holds even when it is another command's or another scenario's result.")
    boolean force;

    public boolean given() {
        return force;
    }
}
