package io.github.appstream4j.cli.internal.output;

import java.util.ArrayList;
import java.util.List;

/** One section of a table: optional title, optional header row, rows; widths as the AWS CLI computes them. */
final class TableSection {
    String title = "";
    int indent;
    List<String> headers = List.of();
    final List<List<String>> rows = new ArrayList<>();
    private final List<Integer> maxWidths = new ArrayList<>();

    void addHeader(List<String> header) {
        updateWidths(header);
        headers = List.copyOf(header);
    }

    void addRow(List<String> row) {
        rows.add(List.copyOf(row));
        updateWidths(row);
    }

    private void updateWidths(List<String> row) {
        for (int i = 0; i < row.size(); i++) {
            int w = row.get(i).length();
            if (i < maxWidths.size()) {
                maxWidths.set(i, Math.max(maxWidths.get(i), w));
            } else {
                maxWidths.add(w);
            }
        }
    }

    /** Column widths scaled so that they add up to {@code maxWidth}, rounding as Python's round() does. */
    List<Integer> columnWidths(int padding, int maxWidth) {
        List<Integer> unscaled = new ArrayList<>();
        int sum = 0;
        for (int w : maxWidths) {
            unscaled.add(w + padding);
            sum += w + padding;
        }
        if (unscaled.isEmpty()) {
            return unscaled;
        }
        double scale = maxWidth / (double) sum;
        List<Integer> scaled = new ArrayList<>();
        int total = 0;
        for (int w : unscaled) {
            int s = (int) Math.rint(scale * w);
            scaled.add(s);
            total += s;
        }
        int offBy = total - maxWidth;
        while (offBy != 0) {
            int n = scaled.size();
            for (int k = 0; k < n && offBy != 0; k++) {
                int i = offBy < 0 ? n - 1 - k : k;
                if (offBy > 0) {
                    scaled.set(i, scaled.get(i) - 1);
                    offBy--;
                } else {
                    scaled.set(i, scaled.get(i) + 1);
                    offBy++;
                }
            }
        }
        return scaled;
    }

    int totalWidth(int padding, boolean withBorder, int outerPadding) {
        int total = 0;
        for (int w : maxWidths) {
            total += w + padding;
        }
        if (withBorder) {
            total += 2;
        }
        total += outerPadding * 2;
        return Math.max(title.length() + 2 + outerPadding * 2, total);
    }

    /** The AWS CLI turns a single-row section with headers into key/value rows when the table is too wide. */
    TableSection vertical() {
        if (rows.size() != 1 || headers.isEmpty()) {
            return this;
        }
        TableSection v = new TableSection();
        v.title = title;
        v.indent = indent;
        for (int i = 0; i < headers.size(); i++) {
            v.addRow(List.of(headers.get(i), rows.get(0).get(i)));
        }
        return v;
    }
}
