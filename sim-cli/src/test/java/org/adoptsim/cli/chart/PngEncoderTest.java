package org.adoptsim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.adoptsim.cli.results.ComparisonAccumulator;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.Tabulator;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.run.Replicate;
import org.junit.jupiter.api.Test;

/**
 * The PNG encoder keeps every pixel of the renderer it replaced (ImageIO's PNG writer at compression quality
 * 0.9): each chart of a comparison, and a noise image with every byte value in every channel, decode to the
 * same RGB values through ImageIO's reader.
 */
class PngEncoderTest {
    @Test
    void everyChartDecodesToThePixelsImageIoWrote() throws IOException {
        ChartWarmup.headless();
        Scenario s = Scenario.defaults().withRun(Scenario.defaults().run().withWeeks(52).withSeed(9));
        List<String> names = s.strategies().stream().map(x -> x.name()).toList();
        MetricCatalog catalog = new MetricCatalog(52);
        ComparisonAccumulator acc = new ComparisonAccumulator(names, 0, catalog, 42);
        for (int r = 0; r < 4; r++) {
            acc.accept(Replicate.run(s, s.strategies(), r, RunDetail.SERIES));
        }
        ChartSet set = new ChartSet(Tabulator.tabulate(acc), catalog,
                new ChartContext("pixels", 9, 4, 52, names.get(0), 0, "test", 0), 42);
        for (Figure f : set.figures()) {
            BufferedImage image = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            FigurePainter.paint(g, f);
            g.dispose();
            assertSamePixels(image, f.name());
        }
    }

    @Test
    void noiseWithAnOddWidthKeepsEveryPixel() throws IOException {
        BufferedImage image = new BufferedImage(257, 31, BufferedImage.TYPE_INT_RGB);
        SplittableRandom random = new SplittableRandom(3);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        assertSamePixels(image, "noise");
    }

    @Test
    void onlyRgbImages() {
        BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.write(argb, new ByteArrayOutputStream()));
    }

    private static void assertSamePixels(BufferedImage image, String what) throws IOException {
        BufferedImage ours = decode(encoded(image));
        BufferedImage before = decode(imageIo(image));
        assertEquals(image.getWidth(), ours.getWidth(), what);
        assertEquals(image.getHeight(), ours.getHeight(), what);
        int[] expected = before.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        int[] actual = ours.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        assertArrayEquals(expected, actual, what);
        assertArrayEquals(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()), actual,
                what);
    }

    private static byte[] encoded(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out);
        return out.toByteArray();
    }

    /** The previous renderer's encoding: ImageIO's PNG writer, compression quality 0.9. */
    private static byte[] imageIo(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
