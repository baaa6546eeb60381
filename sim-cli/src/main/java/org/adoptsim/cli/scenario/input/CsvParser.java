package org.adoptsim.cli.scenario.input;

import java.util.ArrayList;
import java.util.List;

/** The tokenizer behind {@link CsvTable}: one pass over the text, tracking line and column. */
final class CsvParser {
    private final String text;
    private final String file;
    private int pos;
    private int line = 1;
    private int lineStart;

    CsvParser(String text, String file) {
        this.text = text;
        this.file = file;
    }

    List<CsvTable.Row> rows() {
        List<CsvTable.Row> rows = new ArrayList<>();
        while (pos < text.length()) {
            if (skippable()) {
                skipLine();
                continue;
            }
            int rowLine = line;
            List<CsvTable.Cell> cells = new ArrayList<>();
            boolean more = true;
            while (more) {
                cells.add(cell());
                more = pos < text.length() && text.charAt(pos) == ',';
                if (more) {
                    pos++;
                }
            }
            endOfLine();
            rows.add(new CsvTable.Row(rowLine, cells));
        }
        return rows;
    }

    private boolean skippable() {
        int end = text.indexOf('\n', pos);
        String l = text.substring(pos, end < 0 ? text.length() : end).strip();
        return l.isEmpty() || l.startsWith("#");
    }

    private CsvTable.Cell cell() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        SourceLocation at = here();
        if (pos < text.length() && text.charAt(pos) == '"') {
            return new CsvTable.Cell(quoted(at), at);
        }
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            if (text.charAt(pos) == '"') {
                throw new ScenarioException(here(), "", "a quote inside an unquoted field (quote the whole field)");
            }
            pos++;
        }
        return new CsvTable.Cell(text.substring(start, pos).strip(), at);
    }

    private String quoted(SourceLocation at) {
        StringBuilder b = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new ScenarioException(at, "", "a quoted field is not closed");
            }
            char c = text.charAt(pos++);
            if (c == '"' && pos < text.length() && text.charAt(pos) == '"') {
                b.append('"');
                pos++;
            } else if (c == '"') {
                break;
            } else {
                if (c == '\n') {
                    newLine();
                }
                b.append(c);
            }
        }
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
            throw new ScenarioException(here(), "", "unexpected text after a quoted field");
        }
        return b.toString();
    }

    private void endOfLine() {
        if (pos < text.length() && text.charAt(pos) == '\r') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
            newLine();
        }
    }

    private void skipLine() {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end + 1;
        if (end >= 0) {
            newLine();
        }
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private SourceLocation here() {
        return new SourceLocation(file, line, pos - lineStart + 1);
    }
}
