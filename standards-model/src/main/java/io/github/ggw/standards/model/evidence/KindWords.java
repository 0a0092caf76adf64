package io.github.ggw.standards.model.evidence;

import io.github.ggw.standards.model.LocalizedText;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the evidence-kind registry: labels of kinds, fields, field types and units, from
 * the bundles {@code io/github/ggw/standards/model/evidence/kinds*.properties}, read without the
 * machine's locale.
 */
final class KindWords {
  private static final String BUNDLE = "io.github.ggw.standards.model.evidence.kinds";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private KindWords() {}

  /**
   * A text in both languages.
   *
   * @throws MissingResourceException if a bundle lacks the key (a test walks them all)
   */
  static LocalizedText text(String key) {
    return LocalizedText.of(
        ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, NO_FALLBACK).getString(key),
        ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK).getString(key));
  }
}
