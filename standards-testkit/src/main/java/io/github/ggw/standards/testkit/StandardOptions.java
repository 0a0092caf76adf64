package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.standard.NotApplicableMode;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What {@link Generators#standards(StandardOptions)} may produce (生成选项). Every option has a
 * default that lets the generator use everything: depth 1 to 3, every rule kind, a 0.5 point
 * step, weights sometimes, a bonus and a veto sometimes, every not-applicable mode.
 */
@Value.Immutable
public abstract class StandardOptions {

  /**
   * The defaults.
   *
   * @return options that allow everything
   */
  public static StandardOptions defaults() {
    return ImmutableStandardOptions.builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a builder
   */
  public static ImmutableStandardOptions.Builder builder() {
    return ImmutableStandardOptions.builder();
  }

  /** @return the deepest tree, 1 (dimensions are leaves' parents) to 4; default 3 */
  @Value.Default
  public int getMaxDepth() {
    return 3;
  }

  /** @return the rule kinds leaves may have; default all */
  @Value.Default
  public Set<RuleKind> getRuleKinds() {
    return EnumSet.allOf(RuleKind.class);
  }

  /** @return the point step of maxima and claims, {@code > 0}; default 0.5 */
  @Value.Default
  public BigDecimal getStep() {
    return new BigDecimal("0.5");
  }

  /** @return whether dimension weights may appear; default true */
  @Value.Default
  public boolean isWeightsAllowed() {
    return true;
  }

  /** @return whether bonus items may appear; default true */
  @Value.Default
  public boolean isBonusAllowed() {
    return true;
  }

  /** @return whether veto items may appear; default true */
  @Value.Default
  public boolean isVetoAllowed() {
    return true;
  }

  /**
   * Whether standards declare facts: one of each type, read by a dimension {@code F} with every
   * operator of their types (assessments then give a value for each).
   *
   * @return whether facts may appear; default false, so that standards drawn without it stay as
   *     they were
   */
  @Value.Default
  public boolean isFactsAllowed() {
    return false;
  }

  /** @return the not-applicable modes to choose from; default all */
  @Value.Default
  public Set<NotApplicableMode> getNotApplicableModes() {
    return EnumSet.allOf(NotApplicableMode.class);
  }

  /** Refuses options that leave nothing to generate. */
  @Value.Check
  protected void check() {
    if (getMaxDepth() < 1 || getMaxDepth() > 4 || getRuleKinds().isEmpty()
        || getStep().signum() <= 0 || getNotApplicableModes().isEmpty()) {
      throw new io.github.ggw.standards.model.StandardsException(
          "options must allow depth 1 to 4, a rule kind, a positive step and a mode",
          toString());
    }
  }
}
