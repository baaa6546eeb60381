package org.adoptsim.cli.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the scenario file is, so that the files it names (teams, edge lists) are found relative to it
 * and shown in messages relative to what the user typed, and whether they may lie outside its folder.
 * By default a named file must stay inside the scenario's folder once {@code ..} and links are
 * resolved: a scenario someone else wrote cannot make adoptsim read (and quote from) any file the user
 * can read. The user lifts this with {@code --allow-outside-files}. Immutable.
 *
 * @param dir          the scenario file's directory on disk
 * @param displayDir   the same directory as the user named it ("" for the current one)
 * @param allowOutside whether the scenario may name files outside {@code dir}
 */
public record LoadContext(Path dir, String displayDir, boolean allowOutside) {

    /** Files must stay inside {@code dir}. */
    public LoadContext(Path dir, String displayDir) {
        this(dir, displayDir, false);
    }

    public static LoadContext of(Path scenarioFile, String display) {
        Path parent = scenarioFile.toAbsolutePath().getParent();
        Path shown = Path.of(display).getParent();
        return new LoadContext(parent, shown == null ? "" : shown.toString());
    }

    /** The same, allowing (or not) files outside the scenario's folder. */
    public LoadContext withOutsideFiles(boolean allow) {
        return new LoadContext(dir, displayDir, allow);
    }

    /** The file {@code ref} names. */
    public Path resolve(String ref) {
        return dir.resolve(ref).normalize();
    }

    /**
     * Whether {@code file} (a result of {@link #resolve}) is outside the scenario's folder and that is not
     * allowed. Links are followed on both sides; a file that does not exist is judged by its normalised
     * path (reading it will then fail as missing).
     */
    public boolean refused(Path file) {
        if (allowOutside) {
            return false;
        }
        try {
            Path base = Files.exists(dir) ? dir.toRealPath() : dir.toAbsolutePath().normalize();
            Path real = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
            return !real.startsWith(base);
        } catch (IOException e) {
            return true;
        }
    }

    /** How to show the file {@code ref} names. */
    public String display(String ref) {
        if (Path.of(ref).isAbsolute() || displayDir.isEmpty()) {
            return Path.of(ref).normalize().toString();
        }
        return Path.of(displayDir).resolve(ref).normalize().toString();
    }
}
