package org.adoptsim.cli.chart;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import org.apache.pdfbox.util.Matrix;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.adoptsim.cli.output.AtomicFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Writes a {@link Figure} as PNG (Java2D bitmap, {@link PngEncoder}), SVG (VectorGraphics2D, text as SVG text) or PDF
 * (PDFBox Graphics2D on a 16:9 slide page, text as real text in the standard PDF fonts, so it can be
 * selected and no font needs embedding), each atomically. XChart fills its own text (axis titles, tick
 * labels, legend) as glyph outlines; in SVG and PDF {@link TextFill} draws those as text again. Needs
 * {@code java.awt.headless=true} on machines without a display; stateless and safe to call from
 * several threads on different figures.
 */
public final class FigureWriter {
    private FigureWriter() {
    }

    public static void write(Figure f, ChartFormat format, Path target) throws IOException {
        AtomicFile.writeBytes(target, out -> {
            switch (format) {
                case PNG -> png(f, out);
                case SVG -> svg(f, out);
                case PDF -> pdf(f, out);
                default -> throw new IllegalArgumentException(format.toString());
            }
        });
    }

    /** The figure as PNG bytes, without writing a file (for embedding). */
    public static byte[] pngBytes(Figure f) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
        png(f, out);
        return out.toByteArray();
    }

    static void png(Figure f, OutputStream out) throws IOException {
        BufferedImage image = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            FigurePainter.paint(g, f);
        } finally {
            g.dispose();
        }
        PngEncoder.write(image, out);
    }

    private static void svg(Figure f, OutputStream out) throws IOException {
        TextFill text = new TextFill(f);
        VectorGraphics2D g = new VectorGraphics2D() {
            @Override
            public void fill(Shape s) {
                text.fill(this, s, super::fill);
            }
        };
        FigurePainter.paint(g, f);
        Document doc = new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, f.width(), f.height()));
        doc.writeTo(out);
    }

    /** A 16:9 slide, 13.333 × 7.5 inches, in PDF points. */
    public static final PDRectangle SLIDE = new PDRectangle(960, 540);

    private static void pdf(Figure f, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.setDocumentId(0L); // the file ID is derived from it instead of the clock: same bytes every time
            PDPage page = new PDPage(SLIDE);
            doc.addPage(page);
            PDFormXObject form = form(doc, f);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                place(content, form, f, 0, 0, SLIDE.getWidth(), SLIDE.getHeight());
            }
            doc.save(out);
        }
    }

    /**
     * The figure as a PDF form: text drawn as text in the PDF standard fonts (Helvetica for the sans-serif
     * the charts use), so it can be selected and searched; lines and areas as vectors.
     */
    public static PDFormXObject form(PDDocument doc, Figure f) throws IOException {
        TextFill text = new TextFill(f);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, f.width(), f.height()) {
            @Override
            public void fill(Shape s) {
                text.fill(this, s, super::fill);
            }
        };
        g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
        FigurePainter.paint(g, f);
        g.dispose();
        return g.getXFormObject();
    }

    /** Draws a figure's form scaled to fit the box (x, y, width, height), centred, keeping its aspect ratio. */
    public static void place(PDPageContentStream content, PDFormXObject form, Figure f, float x, float y, float width,
            float height) throws IOException {
        float scale = Math.min(width / f.width(), height / f.height());
        float dx = x + (width - f.width() * scale) / 2;
        float dy = y + (height - f.height() * scale) / 2;
        content.saveGraphicsState();
        content.transform(new Matrix(scale, 0, 0, scale, dx, dy));
        content.drawForm(form);
        content.restoreGraphicsState();
    }
}
