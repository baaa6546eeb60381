package org.adoptsim.cli.webcharts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page's static files, read from the jar's resources next to this class: the page, its script
 * and style sheet, and the vendored Vega, Vega-Lite and vega-embed bundles with their licences. Only
 * the names listed here are served, so a path can never reach another resource.
 */
public final class Assets {
    private static final String BASE = "/org/adoptsim/cli/webcharts/";
    private static final Map<String, String> SERVED = Map.ofEntries(
            Map.entry("explore.js", "text/javascript; charset=utf-8"),
            Map.entry("explore.css", "text/css; charset=utf-8"),
            Map.entry("charts.js", "text/javascript; charset=utf-8"),
            Map.entry("vendor/vega.min.js", "text/javascript; charset=utf-8"),
            Map.entry("vendor/vega-lite.min.js", "text/javascript; charset=utf-8"),
            Map.entry("vendor/vega-embed.min.js", "text/javascript; charset=utf-8"),
            Map.entry("vendor/vega.LICENSE", "text/plain; charset=utf-8"),
            Map.entry("vendor/vega-lite.LICENSE", "text/plain; charset=utf-8"),
            Map.entry("vendor/vega-embed.LICENSE", "text/plain; charset=utf-8"),
            Map.entry("vendor/README.md", "text/plain; charset=utf-8"));

    private Assets() {
    }

    public static Asset page() {
        return new Asset("text/html; charset=utf-8", read("explore.html"));
    }

    /** The asset of that name, or null if it is not one of the page's files. */
    public static Asset get(String name) {
        String type = SERVED.get(name);
        return type == null ? null : new Asset(type, read(name));
    }

    /** A resource's bytes; a missing one is a broken build, an internal failure. */
    public static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + BASE + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
