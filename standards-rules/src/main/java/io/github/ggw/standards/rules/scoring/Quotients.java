package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The exact divisions of one scoring plan ({@code DECIMAL128}, as {@link Points#DIVISION_CONTEXT}
 * prescribes), remembered by their operands: a weighted dimension's {@code points × weight ÷
 * denominator} and the composite's rescaling repeat the same few operands over many assessments
 * (points lie on the standard's step grid), while one {@code DECIMAL128} division whose quotient
 * does not terminate costs more than scoring a dozen items (it strips trailing zeros from a
 * 34-digit quotient through {@code BigInteger} divisions).
 *
 * <p>Identical results, not merely equal ones: {@link BigDecimal#divide(BigDecimal,
 * java.math.MathContext)} is a function of the unscaled values and scales of its operands only,
 * and the operands are keyed by {@link BigDecimal#equals} (value and scale), so a remembered
 * quotient is the very value the division gives, scale included. Nothing of an assessment is kept
 * but these numbers. At most {@value #LIMIT} operand pairs are kept per plan; beyond them
 * quotients are computed and not kept. Thread-safe.
 */
final class Quotients {
  /** The most operand pairs one plan keeps. */
  static final int LIMIT = 4096;

  private final ConcurrentMap<Operands, BigDecimal> known = new ConcurrentHashMap<>();

  /**
   * {@code dividend ÷ divisor} in {@link Points#DIVISION_CONTEXT}.
   *
   * @param dividend the dividend, not null
   * @param divisor the divisor, not null and not zero
   * @return exactly what {@code dividend.divide(divisor, Points.DIVISION_CONTEXT)} returns
   * @throws ArithmeticException if the divisor is zero
   */
  BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    Operands key = new Operands(dividend, divisor);
    BigDecimal q = known.get(key);
    if (q == null) {
      q = dividend.divide(divisor, Points.DIVISION_CONTEXT);
      if (known.size() < LIMIT) {
        known.putIfAbsent(key, q);
      }
    }
    return q;
  }

  /** The number of operand pairs kept, for tests. */
  int size() {
    return known.size();
  }

  /** Two operands, equal when both are equal in value and scale ({@link BigDecimal#equals}). */
  private record Operands(BigDecimal dividend, BigDecimal divisor) {}
}
