package org.adoptsim.cli.calibrate;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adoptsim.cli.output.AtomicFile;

/**
 * The finished generations of a fit, saved after each one ({@code checkpoint.json}, written atomically)
 * so that an interrupted calibration resumes where it stopped, to the same bytes. Doubles are written
 * in Java's shortest round-trip form, so a resumed fit continues from exactly the same numbers. The
 * {@code fit} key identifies what was being fitted; a checkpoint of another fit is not resumed.
 *
 * @param fit         what the fit is: scenario hash, log hash, parameters, priors, settings
 * @param populations the finished generations, in order
 */
public record Checkpoint(String fit, List<Population> populations) {
    public static final String FILE = "checkpoint.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    public void write(Path dir) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(this);
        AtomicFile.writeBytes(dir.resolve(FILE), out -> out.write(bytes));
    }

    /** The checkpoint in {@code dir} if there is one for this fit, else null. */
    public static Checkpoint read(Path dir, String fit) throws IOException {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        Checkpoint c = JSON.readValue(f.toFile(), Checkpoint.class);
        return fit.equals(c.fit()) ? c : null;
    }
}
