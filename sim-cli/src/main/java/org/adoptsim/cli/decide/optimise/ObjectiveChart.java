package org.adoptsim.cli.decide.optimise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.adoptsim.cli.chart.ChartFormat;
import org.adoptsim.cli.decide.select.SelectionResult;
import org.adoptsim.cli.decide.select.SystemResult;
import org.adoptsim.cli.sweep.chart.ChartFiles;
import org.adoptsim.cli.sweep.chart.ChartStyle;
import org.adoptsim.cli.sweep.chart.CurveChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The objective against the first (main) lever: every feasible candidate's mean as a dot, the best
 * candidate at each value of the lever (20 bins for a sampled lever) as a line with its 95 % interval
 * as a band, and the selected plan marked. Stateless.
 */
final class ObjectiveChart {
    private static final int BINS = 20;

    private ObjectiveChart() {
    }

    static Path save(CandidatePlans plans, SelectionResult result, Target target, Path dir, ChartFormat f, String footer) {
        Lever main = plans.levers().get(0);
        if (Double.isNaN(Lever.number(plans.plans().get(0).get(0)))) {
            return categorical(plans, result, target, dir, f, footer);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (List<Object> p : plans.plans()) {
            double x = Lever.number(p.get(0));
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        TreeMap<Double, SystemResult> best = new TreeMap<>();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (SystemResult r : result.systems()) {
            if (!r.feasible() || Double.isNaN(Lever.number(plans.plans().get(r.system()).get(0)))) {
                continue;
            }
            double x = Lever.number(plans.plans().get(r.system()).get(0));
            xs.add(x);
            ys.add(r.mean());
            double key = main.finite() || hi == lo ? x : lo + (Math.min(BINS - 1, Math.floor((x - lo) / (hi - lo) * BINS))
                    + 0.5) * (hi - lo) / BINS;
            SystemResult cur = best.get(key);
            if (cur == null || (target.maximise() ? r.mean() > cur.mean() : r.mean() < cur.mean())) {
                best.put(key, r);
            }
        }
        double[] bx = best.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        double[] bm = best.values().stream().mapToDouble(SystemResult::mean).toArray();
        double[] bl = best.values().stream().mapToDouble(SystemResult::lower).toArray();
        double[] bh = best.values().stream().mapToDouble(SystemResult::upper).toArray();
        String axis = org.adoptsim.cli.results.ParameterLabels.axis(main.label(), main.paths().get(0));
        String name = target.objective().label();
        XYChart c = CurveChart.of(Character.toUpperCase(name.charAt(0)) + name.substring(1) + " against " + main.label() + " ("
                + (target.maximise() ? "higher" : "lower") + " is better)", axis, target.objective().titleWithUnit(),
                List.of(new CurveChart.Curve("best plan at each " + main.label(), bx, bm, bl, bh)));
        if (!xs.isEmpty()) {
            XYSeries all = c.addSeries("every feasible plan", xs.stream().mapToDouble(Double::doubleValue).toArray(),
                    ys.stream().mapToDouble(Double::doubleValue).toArray());
            all.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            all.setMarker(SeriesMarkers.CIRCLE);
            all.setMarkerColor(ChartStyle.translucent(ChartStyle.color(0), 70));
        }
        result.best().ifPresent(w -> {
            XYSeries chosen = c.addSeries("selected plan", new double[] {Lever.number(plans.plans().get(w.system()).get(0))},
                    new double[] {w.mean()});
            chosen.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            chosen.setMarker(SeriesMarkers.DIAMOND);
            chosen.setMarkerColor(ChartStyle.color(1));
        });
        return ChartFiles.save(c, dir, "objective", f, footer);
    }

    /** A main lever without numbers (a list of tools, a text): its values in order along the axis. */
    private static Path categorical(CandidatePlans plans, SelectionResult result, Target target, Path dir,
            ChartFormat f, String footer) {
        Lever main = plans.levers().get(0);
        List<Object> order = new ArrayList<>();
        plans.plans().forEach(p -> {
            if (!order.contains(p.get(0))) {
                order.add(p.get(0));
            }
        });
        List<List<Object>> indexed = new ArrayList<>();
        for (List<Object> p : plans.plans()) {
            List<Object> q = new ArrayList<>(p);
            q.set(0, (long) order.indexOf(p.get(0)));
            indexed.add(q);
        }
        List<Lever> levers = new ArrayList<>(plans.levers());
        List<Object> positions = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            positions.add((long) i);
        }
        levers.set(0, new Lever(main.label() + " (value number, in the order given)", main.strategy(), main.paths(),
                positions, Double.NaN, Double.NaN, true));
        return save(new CandidatePlans(levers, indexed, plans.grid()), result, target, dir, f, footer);
    }
}
