package io.github.appstream4j.cli.internal.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The AWS CLI's {@code table} format (its TableFormatter and MultiTable): a boxed title with the operation name,
 * one section per nested structure, single-row sections turned vertical when the table is wider than the terminal.
 */
public final class TableWriter {
    private final List<TableSection> sections = new ArrayList<>();
    private final int terminalWidth;
    private final TableStyle style;
    private TableSection current;

    private TableWriter(int terminalWidth, TableStyle style) {
        this.terminalWidth = terminalWidth;
        this.style = style;
        this.current = new TableSection();
        sections.add(current);
    }

    /** Renders {@code node} titled {@code title}; empty output when the node is empty, as the AWS CLI does. */
    public static String write(String title, JsonNode node, int terminalWidth, boolean color) {
        TableWriter writer = new TableWriter(terminalWidth, new TableStyle(color));
        if (!writer.build(title, node, 0)) {
            return "";
        }
        return writer.render();
    }

    private boolean build(String title, JsonNode node, int indent) {
        if (node == null || node.isNull() || (node.isContainerNode() && node.isEmpty())
                || (node.isTextual() && node.textValue().isEmpty())) {
            return false;
        }
        if (title != null) {
            newSection(title, indent);
        }
        if (node.isArray()) {
            if (node.get(0).isObject()) {
                buildFromList(node, indent, title);
            } else {
                for (JsonNode item : node) {
                    if (Scalars.isScalar(item)) {
                        current.addRow(List.of(Scalars.str(item)));
                    } else if (allScalars(item)) {
                        List<String> row = new ArrayList<>();
                        item.forEach(e -> row.add(Scalars.str(e)));
                        current.addRow(row);
                    } else {
                        build(null, item, indent);
                    }
                }
            }
        } else if (node.isObject()) {
            buildFromDict(node, indent);
        } else {
            current.addRow(List.of(Scalars.str(node)));
        }
        return true;
    }

    private static boolean allScalars(JsonNode item) {
        if (item.isObject()) {
            return false;
        }
        for (JsonNode e : item) {
            if (e.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private void buildFromDict(JsonNode dict, int indent) {
        List<String> headers = new ArrayList<>();
        List<String> more = new ArrayList<>();
        group(dict, headers, more);
        if (headers.size() == 1) {
            current.addRow(List.of(headers.get(0), Scalars.str(dict.get(headers.get(0)))));
        } else if (!headers.isEmpty()) {
            current.addHeader(headers);
            List<String> row = new ArrayList<>();
            headers.forEach(h -> row.add(Scalars.str(dict.get(h))));
            current.addRow(row);
        }
        for (String key : more) {
            build(key, dict.get(key), indent + 1);
        }
    }

    private void buildFromList(JsonNode list, int indent, String title) {
        TreeSet<String> headerSet = new TreeSet<>();
        TreeSet<String> moreSet = new TreeSet<>();
        for (JsonNode element : list) {
            List<String> h = new ArrayList<>();
            List<String> m = new ArrayList<>();
            group(element, h, m);
            headerSet.addAll(h);
            moreSet.addAll(m);
        }
        List<String> headers = new ArrayList<>(headerSet);
        current.addHeader(headers);
        boolean first = true;
        for (JsonNode element : list) {
            if (!first && !moreSet.isEmpty()) {
                newSection(title, indent);
                current.addHeader(headers);
            }
            first = false;
            List<String> row = new ArrayList<>();
            for (String h : headers) {
                JsonNode v = element.get(h);
                row.add(v == null ? "" : Scalars.str(v));
            }
            current.addRow(row);
            for (String key : moreSet) {
                if (element.has(key)) {
                    build(key, element.get(key), indent + 1);
                }
            }
        }
    }

    private static void group(JsonNode dict, List<String> headers, List<String> more) {
        if (!dict.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : TextWriter.sortedFields(dict).entrySet()) {
            (e.getValue().isContainerNode() ? more : headers).add(e.getKey());
        }
    }

    private void newSection(String title, int indent) {
        current = new TableSection();
        current.title = title;
        current.indent = indent;
        sections.add(current);
    }

    private String render() {
        int maxWidth = maxWidth();
        if (maxWidth > terminalWidth) {
            for (int i = 0; i < sections.size(); i++) {
                sections.set(i, sections.get(i).vertical());
            }
            maxWidth = maxWidth();
        }
        StringBuilder out = new StringBuilder();
        out.append("-".repeat(maxWidth)).append('\n');
        for (TableSection section : sections) {
            renderSection(section, maxWidth, out);
        }
        return out.toString();
    }

    private int maxWidth() {
        int max = 0;
        for (TableSection s : sections) {
            max = Math.max(max, s.totalWidth(4, true, s.indent));
        }
        return max;
    }

    private void renderSection(TableSection section, int maxWidth, StringBuilder out) {
        int width = maxWidth - section.indent * 2;
        String edge = style.indentation("|".repeat(section.indent));
        List<String> lines = new ArrayList<>();
        if (!section.title.isEmpty()) {
            lines.add(center(style.title(section.title), section.title.length(), width, "|", "|"));
            if (section.headers.isEmpty() && section.rows.isEmpty()) {
                lines.add("+" + "-".repeat(width - 2) + "+");
            }
        }
        List<Integer> widths = section.columnWidths(4, width);
        if (!section.headers.isEmpty()) {
            lines.add(lineBreak(widths));
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < widths.size(); i++) {
                String header = section.headers.get(i);
                row.append(center(style.header(header), header.length(), widths.get(i), i == 0 ? "|" : "", "|"));
            }
            lines.add(row.toString());
        }
        if (!section.rows.isEmpty() && !widths.isEmpty()) {
            lines.add(lineBreak(widths));
            for (List<String> r : section.rows) {
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < widths.size(); i++) {
                    String cell = r.get(i);
                    row.append(alignLeft(style.cell(cell), cell.length(), widths.get(i), i == 0 ? "|" : "", "|"));
                }
                lines.add(row.toString());
            }
            lines.add(lineBreak(widths));
        }
        for (String line : lines) {
            out.append(edge).append(line).append(edge).append('\n');
        }
    }

    private static String lineBreak(List<Integer> widths) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < widths.size(); i++) {
            int w = widths.get(i);
            out.append(i == 0 ? "+" + "-".repeat(Math.max(0, w - 2)) + "+" : "-".repeat(Math.max(0, w - 1)) + "+");
        }
        return out.toString();
    }

    static String center(String text, int textLength, int length, String left, String right) {
        int start = Math.max(0, Math.floorDiv(length, 2) - Math.floorDiv(textLength, 2) - 1);
        int soFar = left.length() + start + textLength;
        int rightSpaces = Math.max(0, length - right.length() - soFar);
        return left + " ".repeat(start) + text + " ".repeat(rightSpaces) + right;
    }

    static String alignLeft(String text, int textLength, int length, String left, String right) {
        int padding = length - (textLength + 2 + left.length() + right.length()) >= 0 ? 2 : 0;
        int soFar = left.length() + padding + textLength;
        return left + " ".repeat(padding) + text + " ".repeat(Math.max(0, length - soFar - right.length())) + right;
    }
}
