package org.adoptsim.cli.scenario.input;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Recognises files that are not ordinary data although the file system may call them regular: the
 * kernel's pseudo files under {@code /proc} and {@code /sys} (which report size 0 and may hold the
 * environment, {@code /proc/self/environ}) and anything under {@code /dev}. The check is on the real
 * path, so a link to such a file is caught too. Stateless.
 */
public final class SpecialFiles {
    private static final Path[] PSEUDO = {Path.of("/proc"), Path.of("/sys"), Path.of("/dev")};

    private SpecialFiles() {
    }

    /** Whether {@code file} (after following links) lies under {@code /proc}, {@code /sys} or {@code /dev}. */
    public static boolean isPseudo(Path file) throws IOException {
        Path real = file.toRealPath();
        for (Path p : PSEUDO) {
            if (real.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
