package org.adoptsim.cli.output;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.InputException;

/**
 * Checks a folder named with {@code --out} before anything is written: an empty or blank name (which
 * would mean the current folder), a name with surrounding spaces or control characters (almost always a
 * quoting mistake), an existing file or special file where the folder should be, and a symbolic link to
 * nothing (creating the folder would fail with a bare "already exists") are refused with one line naming the
 * option. Stateless.
 */
public final class OutputDirs {
    private OutputDirs() {
    }

    /**
     * Returns {@code out} when it is a usable output folder name.
     *
     * @param option the option that named it ({@code --out}), for the message
     * @throws InputException when it is not
     */
    public static Path check(Path out, String option) {
        String text = out.toString();
        if (text.isBlank()) {
            throw new InputException(option + ": an empty folder name; name the output folder (for the current"
                    + " folder, write '.')");
        }
        if (!text.equals(text.strip())) {
            throw new InputException(option + ": " + "'" + Excerpt.visible(text) + "'" + " begins or ends with a space; name the"
                    + " folder without it");
        }
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InputException(option + ": " + "'" + Excerpt.visible(text) + "'" + " holds control characters");
        }
        if (Files.isSymbolicLink(out) && !Files.exists(out)) {
            throw new InputException(option + ": " + "'" + Excerpt.visible(text) + "'" + " is a link to "
                    + linkTarget(out) + ", which does not exist; create that folder, or name another");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException(option + ": " + "'" + Excerpt.visible(text) + "'" + " is "
                    + (Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS) ? "a file" : "not a folder")
                    + "; name a folder (a new one is created)");
        }
        return out;
    }

    private static String linkTarget(Path link) {
        try {
            return Excerpt.quoted(Files.readSymbolicLink(link).toString());
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return "a path";
        }
    }

    /**
     * Checks a name that becomes one component of an output path (a sweep's {@code name}): a problem in
     * words, or null when it is usable. Usable: 1 to 100 characters of letters, digits, {@code . _ -},
     * not starting with a dot.
     */
    public static String nameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "is empty";
        }
        if (name.length() > 100) {
            return "is longer than 100 characters";
        }
        if (!name.matches("[A-Za-z0-9_][A-Za-z0-9._-]*")) {
            return Excerpt.quoted(name) + " is not usable as a folder name: use letters, digits, '.', '_' and '-'"
                    + " only, not starting with '.' or '-' (no '/', no '..')";
        }
        return null;
    }
}
