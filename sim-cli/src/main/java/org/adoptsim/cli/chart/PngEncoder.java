package org.adoptsim.cli.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes the charts' bitmaps ({@link BufferedImage#TYPE_INT_RGB}) as PNG: 8-bit RGB, not interlaced,
 * every row unfiltered (filter type 0), the rows deflated at level 1 into one IDAT chunk; no ancillary
 * chunks. Written here, not taken from ImageIO, for speed: ImageIO's writer reads the pixels through the
 * generic {@code Raster} path and tries all five row filters, which took about three times as long for
 * the same file size on the charts (benchmarks/README.md); this reads the image's int array directly.
 * The pixels are those ImageIO writes (PngEncoderTest decodes both and compares them); the bytes differ.
 * Stateless and thread-safe.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};
    /** Deflate level 1: on the charts (mostly flat colour) as small as ImageIO's adaptive filters at level 1. */
    private static final int LEVEL = 1;

    private PngEncoder() {
    }

    static void write(BufferedImage image, OutputStream out) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("PngEncoder writes TYPE_INT_RGB images, not type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int stride = image.getRaster().getSampleModel() instanceof java.awt.image.SinglePixelPackedSampleModel s
                ? s.getScanlineStride() : width;
        ByteArrayOutputStream data = new ByteArrayOutputStream(1 << 16);
        Deflater deflater = new Deflater(LEVEL);
        try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 1 << 15)) {
            byte[] row = new byte[1 + 3 * width]; // row[0] = 0: filter type None
            for (int y = 0; y < height; y++) {
                int p = y * stride;
                for (int x = 0, i = 1; x < width; x++) {
                    int rgb = pixels[p + x];
                    row[i++] = (byte) (rgb >>> 16);
                    row[i++] = (byte) (rgb >>> 8);
                    row[i++] = (byte) rgb;
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: RGB
        // compression method 0 (deflate), filter method 0, no interlace: bytes 10-12 stay 0
        chunk(out, "IHDR", header, header.length);
        chunk(out, "IDAT", data.toByteArray(), data.size());
        chunk(out, "IEND", new byte[0], 0);
    }

    private static void chunk(OutputStream out, String type, byte[] body, int length) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(head);
        out.write(body, 0, length);
        out.write(tail);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
