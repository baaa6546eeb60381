package org.adoptsim.cli.scenario;

import java.nio.file.Path;

/**
 * Where the scenario file is, so that the files it names (teams, edge lists) are found relative to it
 * and shown in messages relative to what the user typed. Immutable.
 *
 * @param dir        the scenario file's directory on disk
 * @param displayDir the same directory as the user named it ("" for the current one)
 */
public record LoadContext(Path dir, String displayDir) {

    public static LoadContext of(Path scenarioFile, String display) {
        Path parent = scenarioFile.toAbsolutePath().getParent();
        Path shown = Path.of(display).getParent();
        return new LoadContext(parent, shown == null ? "" : shown.toString());
    }

    /** The file {@code ref} names. */
    public Path resolve(String ref) {
        return dir.resolve(ref).normalize();
    }

    /** How to show the file {@code ref} names. */
    public String display(String ref) {
        if (Path.of(ref).isAbsolute() || displayDir.isEmpty()) {
            return Path.of(ref).normalize().toString();
        }
        return Path.of(displayDir).resolve(ref).normalize().toString();
    }
}
