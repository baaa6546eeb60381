package org.adoptsim.cli.scenario.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    /** The file's bytes, undecoded, for a caller that also hashes them; parameters and problems as {@link #read}. */
    public static byte[] bytes(Path file, String display, long maxBytes, SourceLocation referencedAt, String path) {
        SourceLocation at = referencedAt == null ? SourceLocation.startOf(display) : referencedAt;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(at, path, "'" + display + "' is a directory, not a file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ScenarioException(at, path, "'" + display + "' is too large (" + size + " bytes; at most "
                        + maxBytes + ")");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(at, path, "cannot read '" + display + "': no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(at, path, "cannot read '" + display + "': permission denied");
        } catch (IOException e) {
            throw new ScenarioException(at, path, "cannot read '" + display + "': " + e.getMessage());
        }
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
