package org.adoptsim.cli.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;

/** SHA-256 of files and bytes, as lowercase hex. */
public final class Sha256 {
    private static final AtomicBoolean WARMING = new AtomicBoolean();

    private Sha256() {
    }

    /**
     * Hashes 1 MiB of zeros once per JVM on a background daemon thread, so that the JIT has compiled the
     * digest before a command hashes its data files. The launcher's quick compiler (C1) does not use the
     * CPU's SHA instructions, and until it has compiled the digest the interpreter runs at a quarter of its
     * speed: hashing runs.csv of a 5 x 1,000 comparison (1.4 MB) cost 36 ms cold and 9 ms warm, on the
     * path the user waits on. Call it where a core is idle (while a command reads its scenario).
     */
    public static void warmUpInBackground() {
        if (!WARMING.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            MessageDigest d = digest();
            byte[] block = new byte[1 << 14];
            for (int i = 0; i < 64; i++) {
                d.update(block);
            }
            d.digest();
        }, "adoptsim-sha-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String of(Path file) throws IOException {
        MessageDigest d = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                d.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
