package io.github.ggw.standards.model;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Names of the model's enumeration constants in zh-CN and en (枚举名称), from the bundles {@code
 * io/github/ggw/standards/model/labels*.properties}, keyed by the constant's class and name.
 */
public final class Labels {
  private static final String BUNDLE = "io.github.ggw.standards.model.labels";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Labels() {}

  /**
   * The name of a constant in both languages.
   *
   * @param constant an enumeration constant of this model, not null
   * @return its zh-CN and en names
   * @throws MissingResourceException if the bundles lack the constant (a test walks them all)
   */
  public static LocalizedText of(Enum<?> constant) {
    String key = constant.getDeclaringClass().getName() + "." + constant.name();
    return LocalizedText.of(
        ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, NO_FALLBACK).getString(key),
        ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK).getString(key));
  }
}
