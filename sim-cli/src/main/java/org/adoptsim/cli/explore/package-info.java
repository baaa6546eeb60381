/**
 * {@code adoptsim explore}: a local web page that reruns the comparison as a planner moves the levers.
 *
 * <p>The server is the JDK's own {@link com.sun.net.httpserver.HttpServer}: no dependency, and enough
 * for its one local user (one request at a time on 127.0.0.1, a random token in every path). A web
 * framework would add megabytes and a security surface for nothing this page needs. The charts are
 * drawn in the browser by Vega-Lite through vega-embed, whose minified bundles ship in the jar's
 * resources with their licences ({@code vendor/}), so the page works with no network.
 *
 * <p>Every request is checked the way a file is: {@link org.adoptsim.cli.explore.ScenarioEditor}
 * writes the moved levers into the scenario's YAML tree and the scenario loader loads the result, so a
 * bad value gets the loader's one-line message, and "Save as scenario" downloads exactly the
 * text that was checked. The replicates run through the classes {@code compare} uses
 * ({@code ComparisonAccumulator}, {@code Tabulator}), so the page's numbers are {@code compare}'s.
 * JSON requests are read by Jackson. The page's assets, chart specifications and the result tables' JSON
 * come from {@code cli.webcharts}, which report.html shares.
 *
 * <p>May use: {@code org.adoptsim.cli} (exceptions), {@code cli.results} (the comparison's accumulators and tables), {@code cli.compare} (ScenarioFiles), {@code cli.webcharts},
 * {@code cli.scenario} and {@code cli.yaml} (loading), {@code cli.options} (the shared options),
 * {@code org.adoptsim.core}. Used by the top-level
 * command, and by the benchmarks through {@link org.adoptsim.cli.explore.ExploreSession#answer} (the
 * server's work per lever change).
 */
package org.adoptsim.cli.explore;
