package org.adoptsim.cli;

import java.io.IOException;

/** Says in words why a file could not be read or written, for one-line error messages. */
public final class IoMessages {
    private IoMessages() {
    }

    /** The reason in words: "permission denied: /x", "no such file or folder: /x", or the message. */
    public static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException x) {
            // a file where a folder is to be made (charts/, --history's folder): the JDK gives no reason
            return "already exists: " + x.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return (f.getReason() == null ? "cannot write" : f.getReason()) + ": " + f.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
