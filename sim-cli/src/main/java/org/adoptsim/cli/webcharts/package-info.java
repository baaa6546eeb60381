/**
 * Charts in the browser, shared by the {@code explore} page and the static {@code report.html}: the
 * result tables as JSON ({@link org.adoptsim.cli.webcharts.ResultJson}), the Vega-Lite chart
 * specifications ({@code charts.js}), the page's assets and the vendored Vega, Vega-Lite and
 * vega-embed bundles under {@code resources/org/adoptsim/cli/webcharts/vendor/} (each with its licence
 * file beside it), and {@link org.adoptsim.cli.webcharts.InteractiveReport}, which inlines all of it
 * into one self-contained, offline report page.
 *
 * <p>Vega-Lite was chosen over drawing SVG by hand or a second Java chart library because one
 * declarative specification serves both the live page and the static report, with hover values and
 * legend toggles built in; its bundles are inlined, so nothing is fetched from a network.
 *
 * <p>May use: {@code results} (the tables), {@code text} (numbers as compare writes them),
 * {@code org.adoptsim.core.result} (the ledger's entries), Jackson. Used by {@code explore} and {@code report}.
 */
package org.adoptsim.cli.webcharts;
