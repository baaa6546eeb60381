package org.adoptsim.cli.options;

import picocli.CommandLine.Option;

/**
 * {@code --force} (a picocli mixin): lift the check that keeps a command from replacing what --out holds
 * (the file {@code init} and {@code state} write, or an output folder another command or scenario wrote).
 */
public final class ForceOption {
    @Option(names = "--force",
            description = "Replace what --out holds: an existing file, or a folder even when it holds another"
                + " command's or another scenario's result.")
    boolean force;

    public boolean given() {
        return force;
    }
}
