package io.github.ggw.standards.report;

import com.google.common.collect.ImmutableList;
import java.util.Base64;
import java.util.List;

/**
 * A rendered chart: PNG bytes at twice the display size, for sharp print, with the size it is
 * shown at (CSS pixels), a text alternative and the legend shown beside it on the page, all in
 * the report's language.
 */
record ChartImage(byte[] png, int width, int height, String alt, List<LegendItem> legend) {

  ChartImage {
    legend = ImmutableList.copyOf(legend);
  }

  /**
   * One line of a chart's legend on the page: a colour swatch (CSS colour, or null for none) and
   * the text, such as the series name or a category with its value.
   */
  record LegendItem(String colour, String text) {}

  /** The PNG as a {@code data:} URI, so the page needs no other file. */
  String dataUri() {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }
}
