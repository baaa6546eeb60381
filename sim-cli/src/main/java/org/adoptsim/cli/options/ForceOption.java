package org.adoptsim.cli.options;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.InputException;
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

    /**
     * Checks the one file a command writes ({@code init}'s scenario, {@code state}'s state file) before it
     * is written: a folder there is refused, {@code --force} or not ({@code --force} replaces a file, never a
     * folder), and an existing file needs {@code --force}.
     *
     * @param command  the command, for the message ({@code adoptsim state})
     * @param out      the file to write
     * @param fileName a name for the file inside that folder, for the message's example
     * @throws InputException (exit 2) when the file may not be written
     */
    public void checkFile(String command, Path out, String fileName) {
        if (Files.isDirectory(out)) {
            throw new InputException(command + ": --out " + out + " is a folder; give the file's path, e.g. "
                    + out.resolve(fileName));
        }
        if (Files.exists(out) && !force) {
            throw new InputException(command + ": " + out + " exists; give --force to replace it");
        }
    }
}
