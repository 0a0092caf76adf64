package io.github.ggw.standards.samples;

import java.util.ArrayList;
import java.util.List;

/** A plain text table whose columns align by display width; numeric columns align right. */
final class TextTable {
  private final List<String> headers;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> headers, boolean... rightAligned) {
    this.headers = headers;
    this.right = rightAligned;
  }

  void add(List<String> row) {
    rows.add(row);
  }

  String render() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = DisplayWidth.of(headers.get(c));
      for (List<String> r : rows) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(r.get(c)));
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, headers, widths);
    int total = 0;
    for (int w : widths) {
      total += w + 2;
    }
    sb.append("-".repeat(Math.max(0, total - 2))).append('\n');
    rows.forEach(r -> line(sb, r, widths));
    return sb.toString();
  }

  private void line(StringBuilder sb, List<String> cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      boolean last = c == widths.length - 1;
      String cell = cells.get(c);
      l.append(c < right.length && right[c] ? DisplayWidth.padLeft(cell, widths[c])
          : last ? cell : DisplayWidth.padRight(cell, widths[c]));
      if (!last) {
        l.append("  ");
      }
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
