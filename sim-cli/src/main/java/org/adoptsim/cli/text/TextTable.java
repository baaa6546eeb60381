package org.adoptsim.cli.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A small table of text cells with a title, column headers, per-column alignment and notes below,
 * rendered the same way for the terminal ({@link #toText}), Markdown and HTML: the one table of every
 * command ({@code report}, {@code compare}'s summary, {@code analyze}). Immutable.
 *
 * @param rightAligned one flag per column
 */
public record TextTable(String title, List<String> headers, List<Boolean> rightAligned, List<List<String>> rows,
        List<String> notes) {

    public TextTable {
        headers = List.copyOf(headers);
        rightAligned = List.copyOf(rightAligned);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        for (List<String> r : rows) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException("row of " + r.size() + " cells under " + headers.size() + " headers");
            }
        }
    }

    /**
     * Fixed-width plain ASCII text for any terminal: title, header, a rule, the rows, then the notes; "±"
     * becomes "+/-"; lines end in "\n".
     */
    public String toText() {
        return new TextTable(ascii(title), headers.stream().map(TextTable::ascii).toList(), rightAligned,
                rows.stream().map(r -> r.stream().map(TextTable::ascii).toList()).toList(),
                notes.stream().map(TextTable::ascii).toList()).aligned();
    }

    /** {@link #toText} with at most {@code limit} rows, then a line saying how many were left out. */
    public String toText(int limit) {
        if (rows.size() <= limit) {
            return toText();
        }
        List<String> more = new ArrayList<>(notes);
        more.add(0, "... " + (rows.size() - limit) + " more rows");
        return new TextTable(title, headers, rightAligned, rows.subList(0, limit), more).toText();
    }

    private static String ascii(String s) {
        return s.replace("\u00b1", "+/-");
    }

    private String aligned() {
        int[] width = new int[headers.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = headers.get(c).length();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        StringBuilder b = new StringBuilder(title).append('\n');
        line(b, headers, width);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        line(b, rule, width);
        rows.forEach(r -> line(b, r, width));
        notes.forEach(n -> b.append(n).append('\n'));
        return b.toString();
    }

    private void line(StringBuilder b, List<String> cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            l.append(c == 0 ? "" : "  ").append(rightAligned.get(c) ? pad + cell : cell + pad);
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }

    /** A GitHub-flavoured Markdown table under a bold title, notes as a paragraph. */
    public String toMarkdown() {
        StringBuilder b = new StringBuilder("**").append(title).append("**\n\n");
        b.append(mdRow(headers));
        List<String> align = new ArrayList<>();
        for (boolean r : rightAligned) {
            align.add(r ? "---:" : ":---");
        }
        b.append(mdRow(align));
        rows.forEach(r -> b.append(mdRow(r)));
        if (!notes.isEmpty()) {
            b.append('\n').append(String.join(" ", notes)).append('\n');
        }
        return b.toString();
    }

    private static String mdRow(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |\n";
    }

    /** An HTML table with a caption; notes in a paragraph of class "note". */
    public String toHtml() {
        StringBuilder b = new StringBuilder("<table>\n<caption>").append(Html.escape(title)).append("</caption>\n");
        b.append("<thead><tr>");
        for (int c = 0; c < headers.size(); c++) {
            b.append(cell("th", headers.get(c), rightAligned.get(c)));
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            b.append("<tr>");
            for (int c = 0; c < r.size(); c++) {
                b.append(cell("td", r.get(c), rightAligned.get(c)));
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        if (!notes.isEmpty()) {
            b.append("<p class=\"note\">").append(Html.escape(String.join(" ", notes))).append("</p>\n");
        }
        return b.toString();
    }

    private static String cell(String tag, String text, boolean right) {
        String cls = right ? " class=\"num\"" : "";
        return "<" + tag + cls + ">" + Html.escape(text) + "</" + tag + ">";
    }
}
