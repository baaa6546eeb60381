package org.adoptsim.cli.scenario.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.SourceLocation;

/**
 * Reads a whole UTF-8 text file for parsing, with a size bound, strict decoding (a malformed byte is
 * reported at its line and column) and the byte-order mark removed. Problems become a
 * {@link ScenarioException} located where the file was named ({@code referencedAt}, or the file's start).
 */
public final class TextFile {
    private TextFile() {
    }

    /**
     * @param file        the file to read
     * @param display     its name in messages
     * @param maxBytes    the largest size accepted
     * @param referencedAt where the file is referred to, or null for a file named on the command line
     * @param path        the field that names the file ("" for the scenario itself)
     */
    public static String read(Path file, String display, long maxBytes, SourceLocation referencedAt, String path) {
        return decode(bytes(file, display, maxBytes, referencedAt, path), display);
    }

    /** Decodes UTF-8 strictly (a malformed byte is reported where it is) and drops a byte-order mark. */
    public static String decode(byte[] bytes, String display) {
        try {
            CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            String text = d.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ScenarioException(firstBadByte(bytes, display), "", "not valid UTF-8 text");
        }
    }

    /**
     * The file's bytes, undecoded, for a caller that also hashes them; parameters and problems as
     * {@link #read}. Only a regular file is read (after following links): a folder, a device
     * ({@code /dev/zero}), a pipe or a socket, and anything under {@code /proc}, {@code /sys} or
     * {@code /dev} (whose sizes say nothing about what reading them yields), is refused before a byte is
     * read, and at most {@code maxBytes + 1} bytes are ever read, whatever the file claims its size is.
     */
    public static byte[] bytes(Path file, String display, long maxBytes, SourceLocation referencedAt, String path) {
        SourceLocation at = referencedAt == null ? SourceLocation.startOf(display) : referencedAt;
        String shown = "'" + display + "'";
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                throw new ScenarioException(at, path, shown + " is a folder, not a file");
            }
            if (!attrs.isRegularFile() || SpecialFiles.isPseudo(file)) {
                throw new ScenarioException(at, path, shown + " is not a regular file (a device, a pipe or a"
                        + " system file); name a text file");
            }
            if (attrs.size() > maxBytes) {
                throw new ScenarioException(at, path, shown + " is too large (" + attrs.size() + " bytes; at most "
                        + maxBytes + ")");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                throw new ScenarioException(at, path, shown + " is too large (more than " + maxBytes + " bytes)");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ScenarioException(at, path, "cannot read " + shown + ": no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(at, path, "cannot read " + shown + ": permission denied");
        } catch (IOException e) {
            throw new ScenarioException(at, path, "cannot read " + shown + ": " + reason(e));
        }
    }

    /** The system's reason for an I/O failure, without the file name it repeats. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : Excerpt.of(e.getMessage());
    }

    /** Line and column (in characters) of the first byte that does not decode. */
    private static SourceLocation firstBadByte(byte[] bytes, String display) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int good = 0;
        for (int end = 1; end <= bytes.length; end++) {
            try {
                d.reset().decode(ByteBuffer.wrap(bytes, good, end - good));
                good = end;
            } catch (CharacterCodingException e) {
                if (end - good >= 4) {
                    break;
                }
            }
        }
        String before = new String(bytes, 0, good, StandardCharsets.UTF_8);
        int line = 1;
        int col = 1;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new SourceLocation(display, line, col);
    }
}
