package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.LocalizedText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fact a standard declares (事实声明), such as "pupils reached by elders' lectures"
 * ({@code lectures.pupilsReached}, COUNT, 人次, 0 to 100,000) or "state of the five-year action
 * plan" ({@code plan.status}, CHOICE of DRAFTED, ADOPTED, PUBLISHED). A unit gives its value as
 * {@code fact} evidence ({@link io.github.ggw.standards.model.evidence.FactValue}); rules read it as
 * the measure {@code fact.<code>}. Declarations are checked with the standard ({@link
 * StandardChecker}): codes unique, choices given exactly for a CHOICE, bounds only on numbers and
 * in order. See docs/measures.md, "Declared facts". Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeclaredFact {
  /** The prefix of the measure name under which rules read a fact: {@code fact.}. */
  public static final String MEASURE_PREFIX = "fact.";

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableDeclaredFact.Builder builder() {
    return ImmutableDeclaredFact.builder();
  }

  /**
   * The code: dotted lower-camel words such as {@code plan.status}, at most 59 characters (so
   * that {@code fact.<code>} is a measure name of at most 64).
   *
   * @return the code, unique among the standard's facts
   */
  @NotNull
  @Pattern(regexp = "[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*")
  @jakarta.validation.constraints.Size(max = 59)
  public abstract String getCode();

  /** @return what the fact is, in zh-CN and en */
  @NotNull
  public abstract LocalizedText getTitle();

  /** @return the type */
  @NotNull
  public abstract FactType getType();

  /**
   * The choices of a CHOICE fact, in their declared order (upper-case names such as {@code
   * ADOPTED}); empty for every other type.
   *
   * @return the choices
   */
  public abstract List<String> getChoices();

  /** @return the lowest value of a COUNT or AMOUNT_YUAN fact, inclusive; empty for none */
  public abstract Optional<BigDecimal> getMin();

  /** @return the highest value of a COUNT or AMOUNT_YUAN fact, inclusive; empty for none */
  public abstract Optional<BigDecimal> getMax();

  /** @return the unit of a number, as written (such as 人次); empty for none */
  public abstract Optional<String> getUnit();

  /** @return the clause the fact comes from */
  @NotNull
  public abstract SourceRef getSource();

  /**
   * The measure name rules read the fact under.
   *
   * @return {@code fact.} followed by the code
   */
  public String getMeasureName() {
    return MEASURE_PREFIX + getCode();
  }
}
