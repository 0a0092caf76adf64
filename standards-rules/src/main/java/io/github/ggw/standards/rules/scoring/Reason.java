package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.rules.internal.Texts;
import io.github.ggw.standards.model.LocalizedText;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The reason for lost points (扣分理由), rendered in zh-CN and en only when first asked for: a
 * report holds the message key and its arguments, so scoring a batch costs no text formatting
 * unless the texts are shown. A {@link BigDecimal} argument is kept as it is and shown as its
 * plain text ({@link Texts#plain}: {@code 1.50} as {@code 1.5}) only then; two reasons of one key
 * are equal when their arguments are, a decimal and a text being equal when the text is the
 * decimal's plain text. Immutable and thread-safe (the text is computed at most once per thread
 * race, always to the same value).
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

  /**
   * A reason from the report bundle; arguments are plain values (a decimal shown as its plain
   * text) or {@link LocalizedText}s.
   */
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
      Object[] shown = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        shown[i] = shown(args[i]);
      }
      t = Texts.ofLocalized(key, shown);
      text = t;
    }
    return t;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reason r && (key == null || r.key == null
        ? text().equals(r.text()) : key.equals(r.key) && sameArguments(args, r.args));
  }

  private static boolean sameArguments(Object[] a, Object[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (!Objects.equals(shown(a[i]), shown(b[i]))) {
        return false;
      }
    }
    return true;
  }

  /** An argument as the text shows it: a decimal as its plain text, anything else as it is. */
  private static Object shown(Object arg) {
    return arg instanceof BigDecimal d ? Texts.plain(d) : arg;
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
