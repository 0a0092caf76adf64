package io.github.ggw.standards.model.workflow;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.StandardsException;
import java.util.List;

/**
 * The one rule for recorded reasons (理由): each is non-blank text of at most {@value #MAX_LENGTH}
 * characters.
 */
public final class Reasons {
  /** The longest reason, in characters. */
  public static final int MAX_LENGTH = 500;

  private Reasons() {}

  /**
   * Whether a text may stand as a reason.
   *
   * @param reason the text, may be null
   * @return true when it is not null, not blank and at most {@value #MAX_LENGTH} characters
   */
  public static boolean isValid(String reason) {
    return reason != null && !reason.isBlank() && reason.length() <= MAX_LENGTH;
  }

  static String check(String reason) {
    if (!isValid(reason)) {
      throw new StandardsException(
          "a reason must be non-blank and at most " + MAX_LENGTH + " characters",
          String.valueOf(reason));
    }
    return reason;
  }

  static List<String> checkAll(List<String> reasons) {
    reasons.forEach(Reasons::check);
    return ImmutableList.copyOf(reasons);
  }
}
