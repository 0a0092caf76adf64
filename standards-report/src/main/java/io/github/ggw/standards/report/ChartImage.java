package io.github.ggw.standards.report;

import java.util.Base64;

/**
 * A rendered chart: PNG bytes at twice the display size, for sharp print, with the size it is
 * shown at (CSS pixels) and a text alternative.
 */
record ChartImage(byte[] png, int width, int height, String alt) {

  /** The PNG as a {@code data:} URI, so the page needs no other file. */
  String dataUri() {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }
}
