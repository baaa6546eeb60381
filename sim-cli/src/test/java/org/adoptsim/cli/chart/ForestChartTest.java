package org.adoptsim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.PairedRow;
import org.adoptsim.cli.results.stats.Estimate;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

class ForestChartTest {

    private static List<PairedRow> rows(int strategies) {
        List<PairedRow> out = new ArrayList<>();
        for (int i = 0; i < strategies; i++) {
            out.add(new PairedRow("a-long-strategy-name-" + i, "baseline", "mean_resentment",
                    new Estimate(40, 0.01 * i, 0.01 * i - 0.005, 0.01 * i + 0.005), 10, 20, 10));
        }
        return out;
    }

    @Test
    void tenStrategiesTiltTheirNamesAndAllAppear() {
        CategoryChart c = ForestChart.of(new MetricCatalog(104).get("mean_resentment"), rows(9), 533, 400);
        assertEquals(45, c.getStyler().getXAxisLabelRotation());
        assertEquals(9, c.getSeriesMap().get("difference").getXData().size());
        BufferedImage image = new BufferedImage(533, 400, BufferedImage.TYPE_INT_RGB);
        c.paint(image.createGraphics(), 533, 400);
    }

    @Test
    void aFewStrategiesKeepLevelNames() {
        CategoryChart c = ForestChart.of(new MetricCatalog(104).get("mean_resentment"), rows(4), 533, 400);
        assertEquals(0, c.getStyler().getXAxisLabelRotation());
    }
}
