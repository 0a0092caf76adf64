package io.github.ggw.standards.rules.stats;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;

/** Percentages and band order shared by the statistics and the action-plan progress (占比). */
public final class Shares {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Shares() {}

  /**
   * A part as a percentage of a whole, exact to 34 significant digits (DECIMAL128).
   *
   * @param part the part, {@code 0 <= part <= whole}
   * @param whole the whole, {@code > 0}
   * @return {@code part × 100 ÷ whole}, in [0, 100]
   * @throws StandardsException if the whole is not positive or the part lies outside [0, whole]
   */
  public static BigDecimal percent(long part, long whole) {
    if (whole <= 0 || part < 0 || part > whole) {
      throw new StandardsException("a share needs 0 <= part <= whole and whole > 0",
          part + "/" + whole);
    }
    return BigDecimal.valueOf(part).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(whole), Points.DIVISION_CONTEXT);
  }

  /**
   * Whether a rating is a band or better (等级及以上): EXCELLENT is above GOOD, above PASS, above
   * FAIL.
   *
   * @param rating the rating, not null
   * @param band the band, not null
   * @return true when {@code rating} is {@code band} or better
   */
  public static boolean isAtOrAbove(Rating rating, Rating band) {
    return rating.ordinal() <= band.ordinal();
  }
}
