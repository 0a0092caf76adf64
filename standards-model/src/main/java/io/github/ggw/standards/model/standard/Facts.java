package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.Comparison;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How declared facts are read (事实取值): the checks of their declarations, the value a fact's
 * written text stands for, the operators each type takes and the words of what is expected. The
 * single place these rules live; the standard checker, the measure registry, the assessment
 * checker and the scorer use it (see docs/measures.md, "Declared facts").
 *
 * <p>A fact's value as a number: FLAG 1 (true) or 0 (false); COUNT and AMOUNT_YUAN the number;
 * DATE the number {@code YYYYMMDD} (so that dates compare as numbers); CHOICE the choice's position
 * in the declared list, from 1. Reports show these numbers beside the written value.
 */
public final class Facts {
  /** The written value for the first day of the assessment year in a date condition. */
  public static final String YEAR_START = "yearStart";
  /** The written value for the last day of the assessment year in a date condition. */
  public static final String YEAR_END = "yearEnd";

  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Map<FactType, Set<Comparison>> OPERATORS = Map.of(
      FactType.FLAG, EnumSet.of(Comparison.EQUALS),
      FactType.COUNT, EnumSet.of(Comparison.AT_LEAST, Comparison.AT_MOST),
      FactType.AMOUNT_YUAN, EnumSet.of(Comparison.AT_LEAST, Comparison.AT_MOST),
      FactType.DATE, EnumSet.of(Comparison.ON_OR_BEFORE, Comparison.ON_OR_AFTER),
      FactType.CHOICE, EnumSet.of(Comparison.EQUALS, Comparison.ONE_OF));

  private Facts() {}

  /**
   * The operators a condition may apply to a fact of a type: FLAG {@code equals}; COUNT and
   * AMOUNT_YUAN {@code atLeast}, {@code atMost}; DATE {@code onOrBefore}, {@code onOrAfter};
   * CHOICE {@code equals}, {@code oneOf}.
   *
   * @param type the type, not null
   * @return the comparisons, unmodifiable, in {@link Comparison}'s order
   */
  public static Set<Comparison> operators(FactType type) {
    return Set.copyOf(OPERATORS.get(type));
  }

  /**
   * The operators of a type as sheets write them, for messages.
   *
   * @param type the type, not null
   * @return such as {@code equals, oneOf}
   */
  public static String operatorNames(FactType type) {
    return String.join(", ", OPERATORS.get(type).stream().map(Comparison::writtenName).toList());
  }

  /**
   * The value a unit's written text stands for (see the class comment).
   *
   * @param fact the declaration, not null
   * @param written the value as written in the {@code fact} evidence, not null
   * @return the value as a number, or empty when the text does not fit the type, the bounds or
   *     the choices
   */
  public static Optional<BigDecimal> read(DeclaredFact fact, String written) {
    String v = written.strip();
    switch (fact.getType()) {
      case FLAG:
        return "true".equals(v) ? Optional.of(BigDecimal.ONE)
            : "false".equals(v) ? Optional.of(BigDecimal.ZERO) : Optional.empty();
      case COUNT:
      case AMOUNT_YUAN:
        if (!PLAIN.matcher(v).matches()) {
          return Optional.empty();
        }
        BigDecimal n = new BigDecimal(v);
        boolean whole = n.stripTrailingZeros().scale() <= 0;
        if (fact.getType() == FactType.COUNT && !whole
            || fact.getMin().map(min -> n.compareTo(min) < 0).orElse(false)
            || fact.getMax().map(max -> n.compareTo(max) > 0).orElse(false)) {
          return Optional.empty();
        }
        return Optional.of(n);
      case DATE:
        return date(v).map(Facts::asNumber);
      case CHOICE:
        int i = fact.getChoices().indexOf(v);
        return i < 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(i + 1L));
      default:
        throw new AssertionError(fact.getType());
    }
  }

  /**
   * The value a condition's written operand stands for: a choice's position, a flag's 1 or 0, a
   * date's {@code YYYYMMDD}, with {@code yearStart} and {@code yearEnd} the first and last day
   * of the assessment year.
   *
   * @param fact the declaration, not null
   * @param written the operand as the condition writes it, not null
   * @param year the assessment year
   * @return the operand as a number, or empty when it does not fit the fact
   */
  public static Optional<BigDecimal> operand(DeclaredFact fact, String written, int year) {
    if (fact.getType() == FactType.DATE) {
      if (YEAR_START.equals(written)) {
        return Optional.of(asNumber(LocalDate.of(year, 1, 1)));
      } else if (YEAR_END.equals(written)) {
        return Optional.of(asNumber(LocalDate.of(year, 12, 31)));
      }
    }
    if (fact.getType() == FactType.CHOICE || fact.getType() == FactType.FLAG
        || fact.getType() == FactType.DATE) {
      return read(fact, written);
    }
    return PLAIN.matcher(written).matches() ? Optional.of(new BigDecimal(written))
        : Optional.empty();
  }

  /**
   * What a fact's value must look like, in words that read the same in zh-CN and en: {@code
   * true, false}; {@code 0–100000} (a COUNT or AMOUNT_YUAN, with {@code …} for an open end); {@code
   * YYYY-MM-DD}; the choices.
   *
   * @param fact the declaration, not null
   * @return the expected form
   */
  public static String expected(DeclaredFact fact) {
    return switch (fact.getType()) {
      case FLAG -> "true, false";
      case COUNT, AMOUNT_YUAN -> fact.getMin().orElse(BigDecimal.ZERO).toPlainString() + "–"
          + fact.getMax().map(BigDecimal::toPlainString).orElse("…")
          + fact.getUnit().map(u -> " " + u).orElse("");
      case DATE -> "YYYY-MM-DD";
      case CHOICE -> String.join(", ", fact.getChoices());
    };
  }

  /**
   * The operands a condition on a fact may write, for messages: the form of {@link
   * #expected(DeclaredFact)}, with {@code yearStart} and {@code yearEnd} for a date.
   *
   * @param fact the declaration, not null
   * @return the expected operands
   */
  public static String expectedOperands(DeclaredFact fact) {
    return fact.getType() == FactType.DATE ? "YYYY-MM-DD, yearStart, yearEnd" : expected(fact);
  }

  /**
   * Checks the declarations of a standard: codes unique; choices given for a CHOICE (each once)
   * and only for it; bounds only on COUNT and AMOUNT_YUAN, not negative, the lowest not above the
   * highest. Each finding is at {@code /facts/<index>}.
   *
   * @param facts the declarations, not null
   * @param out where findings go
   */
  static void checkDeclarations(List<DeclaredFact> facts, List<Problem> out) {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < facts.size(); i++) {
      DeclaredFact f = facts.get(i);
      Location at = Location.pointer("/facts/" + i);
      if (!codes.add(f.getCode())) {
        out.add(Problem.of(ProblemCode.STANDARD_FACT_DUPLICATE, at, f.getCode(), f.getCode()));
      }
      boolean choice = f.getType() == FactType.CHOICE;
      if (choice && (f.getChoices().isEmpty()
          || new HashSet<>(f.getChoices()).size() < f.getChoices().size())) {
        out.add(invalid(f, at, "choices [" + String.join(", ", f.getChoices()) + "]",
            "choices: one or more different names", "一个或多个互不相同的选项"));
      } else if (!choice && !f.getChoices().isEmpty()) {
        out.add(invalid(f, at, "choices [" + String.join(", ", f.getChoices()) + "]",
            "no choices (only a CHOICE has them)", "不设选项（只有“CHOICE”类型有选项）"));
      }
      boolean bounded = f.getMin().isPresent() || f.getMax().isPresent();
      String bounds = "min " + f.getMin().map(BigDecimal::toPlainString).orElse("–") + ", max "
          + f.getMax().map(BigDecimal::toPlainString).orElse("–");
      if (bounded && !f.getType().isNumeric()) {
        out.add(invalid(f, at, bounds, "no min or max (only COUNT and AMOUNT_YUAN have them)",
            "不设“min”“max”（只有“COUNT”和“AMOUNT_YUAN”有上下限）"));
      } else if (bounded && (f.getMin().map(m -> m.signum() < 0).orElse(false)
          || f.getMax().map(m -> m.signum() < 0).orElse(false)
          || f.getMin().isPresent() && f.getMax().isPresent()
              && f.getMin().get().compareTo(f.getMax().get()) > 0)) {
        out.add(invalid(f, at, bounds, "0 ≤ min ≤ max", "0 ≤“min”≤“max”"));
      }
    }
  }

  private static Problem invalid(DeclaredFact f, Location at, String found, String expectedEn,
      String expectedZh) {
    return Problem.of(ProblemCode.STANDARD_FACT_INVALID, at, found, f.getCode(),
        f.getType().name(), found, expectedEn, expectedZh);
  }

  private static Optional<LocalDate> date(String v) {
    if (!DATE.matcher(v).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static BigDecimal asNumber(LocalDate d) {
    return BigDecimal.valueOf(d.getYear() * 10_000L + d.getMonthValue() * 100L
        + d.getDayOfMonth());
  }
}
