package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.rules.internal.Texts;
import io.github.ggw.standards.model.LocalizedText;
import java.util.Arrays;
import java.util.Objects;

/**
 * The reason for lost points (扣分理由), rendered in zh-CN and en only when first asked for: a
 * report holds the message key and its arguments, so scoring a batch costs no text formatting
 * unless the texts are shown. Immutable and thread-safe (the text is computed at most once per
 * thread race, always to the same value).
 */
public final class Reason {
  private final String key;
  private final Object[] args;
  private volatile LocalizedText text;

  private Reason(String key, Object[] args, LocalizedText text) {
    this.key = key;
    this.args = args;
    this.text = text;
  }

  /** A reason from the report bundle; arguments are plain values or {@link LocalizedText}s. */
  static Reason of(String key, Object... args) {
    return new Reason(Objects.requireNonNull(key, "key"), args.clone(), null);
  }

  /**
   * {@link #of}, keeping the array given (a call's own varargs array, which no one else holds)
   * rather than a copy of it.
   */
  static Reason fresh(String key, Object... args) {
    return new Reason(Objects.requireNonNull(key, "key"), args, null);
  }

  /**
   * A reason whose text is already known.
   *
   * @param text the text, not null
   * @return the reason
   */
  public static Reason fixed(LocalizedText text) {
    return new Reason(null, new Object[0], Objects.requireNonNull(text, "text"));
  }

  /**
   * The text in both languages.
   *
   * @return the reason's zh-CN and en text
   */
  public LocalizedText text() {
    LocalizedText t = text;
    if (t == null) {
      t = Texts.ofLocalized(key, args);
      text = t;
    }
    return t;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reason r && (key == null || r.key == null
        ? text().equals(r.text()) : key.equals(r.key) && Arrays.equals(args, r.args));
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  @Override
  public String toString() {
    return text().toString();
  }
}
