package org.adoptsim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.adoptsim.cli.results.ComparisonAccumulator;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.Tabulator;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.run.Replicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {
    private static ChartSet charts;

    @TempDir
    static Path dir;

    @BeforeAll
    static void render() throws IOException {
        ChartWarmup.headless();
        Scenario s = Scenario.defaults().withRun(Scenario.defaults().run().withWeeks(52).withSeed(4));
        List<String> names = s.strategies().stream().map(x -> x.name()).toList();
        MetricCatalog catalog = new MetricCatalog(52);
        ComparisonAccumulator acc = new ComparisonAccumulator(names, 0, catalog, 42);
        for (int r = 0; r < 5; r++) {
            acc.accept(Replicate.run(s, s.strategies(), r, RunDetail.SERIES));
        }
        ComparisonTables t = Tabulator.tabulate(acc);
        charts = new ChartSet(t, catalog, new ChartContext("demo", 4, 5, 52, names.get(0), 0, "test", 0), 42);
        charts.render(new OutputFolder(dir), List.of(ChartFormat.PNG, ChartFormat.SVG, ChartFormat.PDF), 2);
    }

    @Test
    void aRunFromTodaySaysInTheFooterWhichCalendarWeekItsWeeksCountFrom() {
        assertEquals("scenario demo  \u00b7  seed 4  \u00b7  5 replicates  \u00b7  52 weeks  \u00b7  adoptsim test",
                new ChartContext("demo", 4, 5, 52, "a", 0, "test", 0).footer());
        String fromToday = new ChartContext("demo", 4, 5, 74, "a", 0, "test", 30).footer();
        assertTrue(fromToday.contains("74 weeks from calendar week 30 (week k here is calendar week 30 + k)"), fromToday);
    }

    @Test
    void theChartsOfAComparisonFromTodaySayTheirCalendarInTheFooter() throws IOException {
        Path out = dir.resolve("from-today");
        org.adoptsim.cli.Cli r = org.adoptsim.cli.Cli.run("compare", "../scenarios/acme-today/acme-today.yaml",
                "--replicates", "2", "--weeks", "10", "--charts", "svg", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String svg = Files.readString(out.resolve("charts").resolve("adoption-median.svg"));
        assertTrue(svg.contains("10 weeks from calendar week 30 (week k here is calendar week 30 + k)"), svg);
    }

    @Test
    void everyChartIsThereInEveryFormat() {
        List<String> expected = List.of("adoption-median", "net-hours", "done-vs-adopted", "honest-vs-vanity", "fan-announce-and-hope", "fan-earned",
                "fan-mandate-early", "fan-earn-then-mandate", "fan-pure-mandate", "laggards-announce-and-hope",
                "laggards-earned", "laggards-mandate-early", "laggards-earn-then-mandate", "laggards-pure-mandate",
                "paired-differences");
        assertEquals(expected, charts.names());
        for (String p : charts.paths(List.of(ChartFormat.PNG, ChartFormat.SVG, ChartFormat.PDF))) {
            assertTrue(Files.isRegularFile(dir.resolve(p)), p);
        }
    }

    @Test
    void pngsAreValidImagesOfSlideSize() throws IOException {
        BufferedImage fan = ImageIO.read(dir.resolve("charts/fan-earned.png").toFile());
        assertEquals(1280, fan.getWidth());
        assertEquals(720, fan.getHeight());
        BufferedImage forest = ImageIO.read(dir.resolve("charts/paired-differences.png").toFile());
        assertEquals(1600, forest.getWidth());
        assertTrue(distinctColours(fan) > 20, "a chart, not a blank image");
    }

    /** docs/outputs.md gives every chart's PNG size: 1280×720, or the size it states with the chart named. */
    @Test
    void theOutputsPageStatesEveryPngSize() throws IOException {
        String doc = Files.readString(Path.of("../docs/outputs.md")).replaceAll("\\s+", " ");
        int at = doc.indexOf("### charts/ and the reports");
        String sizes = doc.substring(at, doc.indexOf(") and, on request,", at));
        assertTrue(sizes.contains("1280×720 for one chart"), sizes);
        for (String name : charts.names()) {
            BufferedImage png = ImageIO.read(dir.resolve("charts/" + name + ".png").toFile());
            String size = png.getWidth() + "×" + png.getHeight();
            if (size.equals("1280×720") || name.equals("paired-differences") && png.getWidth() == 1600) {
                continue;
            }
            int s = sizes.indexOf(size);
            assertTrue(s >= 0 && sizes.indexOf(';', s) > sizes.indexOf("`" + name + "`", s)
                    && sizes.indexOf("`" + name + "`", s) > s, name + " is " + size + ", which docs/outputs.md does not say");
        }
    }

    @Test
    void svgsAreWellFormedSvgDocuments() throws Exception {
        Path svg = dir.resolve("charts/laggards-earned.svg");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = f.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("<path"));
    }

    @Test
    void pdfsOpenWithOneSlidePage() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve("charts/adoption-median.pdf"));
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(960, pdf.getPage(0).getMediaBox().getWidth(), 0.5, "a 16:9 slide, 13.333 inches wide");
            assertEquals(540, pdf.getPage(0).getMediaBox().getHeight(), 0.5);
        }
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("charts/done-vs-adopted.pdf")))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Done (solid) vs adopted (dashed), mean over runs"), "the title is selectable text: " + text);
        }
    }

    @Test
    void xchartTextIsSelectableTextInPdf() throws IOException {
        for (String name : List.of("done-vs-adopted", "fan-earned")) {
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("charts/" + name + ".pdf")))) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
                if (name.equals("done-vs-adopted")) {
                    assertTrue(text.contains("week"), "x-axis title: " + text);
                    // the stripper reads text turned a quarter as short lines: compare without white space
                    assertTrue(text.replaceAll("\\s", "").contains("teams(%)"), "y-axis title, turned: " + text);
                    assertTrue(text.contains("earned") && !text.contains("earned: done"), "one legend entry per strategy: " + text);
                    assertTrue(text.contains("50%"), "tick label: " + text);
                }
                if (name.equals("fan-earned")) {
                    assertTrue(text.contains("90 % of runs") && text.contains("median run"),
                            "legend of the fan chart: " + text);
                }
            }
        }
    }

    @Test
    void xchartTextIsTextInSvg() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = f.newDocumentBuilder().parse(dir.resolve("charts/done-vs-adopted.svg").toFile());
        var nodes = doc.getElementsByTagName("text");
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        assertTrue(texts.contains("week"), "x-axis title as <text>: " + texts);
        assertTrue(texts.contains("teams (%)"), "y-axis title as <text>: " + texts);
        assertTrue(texts.contains("earned"), "legend entry as <text>: " + texts);
        assertTrue(texts.stream().noneMatch(t -> t.contains(": done") || t.contains(": adopted")), "no line style in the legend: " + texts);
        assertTrue(texts.contains("50%"), "tick label as <text>: " + texts);
    }

    @Test
    void slugsAreFileSafeAndDistinct() {
        assertEquals(List.of("earn-then-mandate", "a-b", "a-b-2", "strategy"),
                ChartSet.slugs(List.of("Earn then Mandate", "a/b", "a b", "***")));
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
