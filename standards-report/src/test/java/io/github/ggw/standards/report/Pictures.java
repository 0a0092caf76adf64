package io.github.ggw.standards.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Reading PNG images and telling a blank one, for tests. */
final class Pictures {
  static final String PNG_URI = "data:image/png;base64,";

  private Pictures() {}

  /** Decodes a PNG, or fails the test when the bytes are not one. */
  static BufferedImage png(byte[] bytes) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null) {
        throw new AssertionError("not an image");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes a {@code data:image/png;base64,} URI. */
  static BufferedImage fromDataUri(String uri) {
    if (!uri.startsWith(PNG_URI)) {
      throw new AssertionError("not a PNG data URI: " + uri.substring(0, Math.min(40, uri.length())));
    }
    return png(Base64.getDecoder().decode(uri.substring(PNG_URI.length())));
  }

  /** The share of pixels, in [0, 1], whose colour differs from the top-left pixel's. */
  static double inkShare(BufferedImage image) {
    int background = image.getRGB(0, 0);
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) != background) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) image.getWidth() * image.getHeight());
  }

  /** The number of distinct colours, counted up to {@code limit}. */
  static int colours(BufferedImage image, int limit) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight() && seen.size() < limit; y++) {
      for (int x = 0; x < image.getWidth() && seen.size() < limit; x++) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }
}
