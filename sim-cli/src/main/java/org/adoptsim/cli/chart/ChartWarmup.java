package org.adoptsim.cli.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.knowm.xchart.XYChart;

/**
 * Loads and warms the chart machinery (Java2D, fonts, XChart, the PNG encoder) on a background daemon
 * thread, so that its one-off start-up cost overlaps the simulation instead of following it. Also makes
 * sure AWT runs headless. Harmless if the charts are never drawn.
 */
public final class ChartWarmup {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ChartWarmup() {
    }

    /** Sets {@code java.awt.headless=true} unless the user chose otherwise; call before any AWT use. */
    public static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * Starts the warm-up once per JVM (later calls do nothing): a command calls it as early as it knows it
     * will draw, so the warm-up runs on the core that start-up (reading the scenario) leaves idle.
     */
    public static void startInBackground() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        headless();
        Thread t = new Thread(ChartWarmup::warm, "adoptsim-chart-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void warm() {
        XYChart c = Charts.weeksByPercent("warm-up", "%", 4);
        double[] x = {1, 2, 3, 4};
        Charts.band(c, "band", x, new double[] {0, 1, 2, 3}, new double[] {5, 6, 7, 8}, Palette.series(0));
        Charts.line(c, "line", x, new double[] {1, 2, 3, 4}, Palette.series(1), Charts.SOLID);
        Figure f = new Figure("warm-up", "warm-up", List.of(c), 1, 320, 200, "warm-up", "");
        try {
            FigureWriter.png(f, OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException ignored) {
            new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).flush();
        }
    }
}
