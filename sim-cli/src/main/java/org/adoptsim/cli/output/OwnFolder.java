package org.adoptsim.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.InputException;

/**
 * The rule for commands that derive a result ({@code analyze}, {@code discover}, {@code optimise},
 * {@code calibrate}) and have no {@code --force}: they write into a new folder, or over their own earlier
 * result, never over another command's. A folder whose manifest.json another command wrote (a sweep's, a
 * comparison's) or that adoptsim cannot read is refused with one line before anything in it is touched:
 * replacing that manifest would leave the other command's tables unverifiable (a sweep could no longer be
 * resumed, analysed or merged) and its same-named files overwritten. Stateless.
 */
public final class OwnFolder {
    private OwnFolder() {
    }

    /**
     * Refuses {@code folder} unless it has no manifest.json or {@code command} wrote the one it has.
     *
     * @throws InputException naming the other command and asking for another --out
     */
    public static void check(OutputFolder folder, String command) throws IOException {
        if (!Files.exists(folder.file(OutputFolder.MANIFEST))) {
            return;
        }
        String previous = writer(folder);
        if (!command.equals(previous)) {
            throw new InputException(folder.dir() + ": holds " + (previous == null
                    ? "a manifest.json that is not " + article(command) + "'s (a sweep's, another tool's, or damaged)"
                    : "the results of '" + Excerpt.of(previous) + "'")
                    + "; " + command + " writes only where it wrote before or into a new folder: choose another --out");
        }
    }

    /** The command that wrote {@code folder}'s manifest.json, or null when it has none or adoptsim cannot read it. */
    public static String writer(OutputFolder folder) throws IOException {
        try {
            return folder.manifest().map(Manifest::command).orElse(null);
        } catch (OutputFormatException e) {
            return null;
        }
    }

    private static String article(String command) {
        return "aeiou".indexOf(command.charAt(0)) >= 0 ? "an " + command : "a " + command;
    }
}
