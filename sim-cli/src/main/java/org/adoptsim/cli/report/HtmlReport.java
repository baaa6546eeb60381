package org.adoptsim.cli.report;

import org.adoptsim.cli.text.Html;

import java.util.Base64;

/**
 * report.html: one self-contained page — CSS inline, charts embedded as base64 PNG — that opens
 * offline and can be mailed as a single file.
 */
final class HtmlReport {
    private static final String CSS = """
            body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#222;max-width:1180px;\
            margin:2em auto;padding:0 1.2em;line-height:1.45}
            h1{font-size:1.7em;margin-bottom:.3em}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
            h3{font-size:1.1em;margin-top:1.5em}ul.facts{color:#555;padding-left:1.2em}
            .warning{background:#fff3cd;border:1px solid #e0b000;padding:.7em 1em;font-weight:bold}
            table{border-collapse:collapse;margin:1em 0 .3em;font-size:.88em}
            caption{text-align:left;font-weight:bold;padding-bottom:.4em}
            th,td{padding:.3em .7em;border-bottom:1px solid #e5e5e5;vertical-align:top}
            th{background:#f4f4f4;text-align:left}td.num,th.num{text-align:right;white-space:nowrap}
            tbody tr:nth-child(even){background:#fafafa}p.note{color:#666;font-size:.85em;margin-top:0}
            img{max-width:100%;border:1px solid #eee}p.caption{color:#555;font-size:.9em}
            """;

    private HtmlReport() {
    }

    static String render(ReportContent c) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        b.append("<title>").append(Html.escape(c.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(Html.escape(c.title())).append("</h1>\n<ul class=\"facts\">\n");
        c.facts().forEach(f -> b.append("<li>").append(Html.escape(f)).append("</li>\n"));
        b.append("</ul>\n");
        if (c.warning() != null) {
            b.append("<p class=\"warning\">").append(Html.escape(c.warning())).append("</p>\n");
        }
        if (!c.verdict().isEmpty()) {
            b.append("<h2>The answer</h2>\n<pre>");
            c.verdict().forEach(l -> b.append(Html.escape(l)).append('\n'));
            b.append("</pre>\n");
        }
        b.append("<h2>What the numbers say</h2>\n");
        c.reading().forEach(p -> b.append("<p>").append(Html.escape(p)).append("</p>\n"));
        b.append("<h2>Tables</h2>\n");
        c.tables().forEach(t -> b.append(t.toHtml()));
        b.append("<h2>Charts</h2>\n");
        for (ReportContent.Chart ch : c.charts()) {
            b.append("<h3>").append(Html.escape(ch.heading())).append("</h3>\n");
            b.append("<img alt=\"").append(Html.escape(ch.heading())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(ch.png())).append("\">\n");
            b.append("<p class=\"caption\">").append(Html.escape(ch.caption())).append("</p>\n");
        }
        b.append("<h2>Files</h2>\n<p>").append(Html.escape(MarkdownReport.Files.TEXT)).append("</p>\n");
        b.append("</body>\n</html>\n");
        return b.toString();
    }
}
