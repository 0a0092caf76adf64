package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.rule.ScoringRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * One node of a standard's criterion tree (指标): a dimension (一级指标) at the top, indicators and
 * criteria (二级/三级指标, 评估细则) below, to any depth.
 *
 * <p>A leaf carries a scoring rule; a node with children carries none and its points are the sum
 * of its children's. The points of a node's regular and key children add up to its maximum;
 * bonus and veto children sit outside that budget (checked by {@link StandardChecker}).
 * Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class Criterion {

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableCriterion.Builder builder() {
    return ImmutableCriterion.builder();
  }

  /** @return the code, such as {@code 1.2}, unique in the standard */
  @NotNull
  public abstract CriterionCode getCode();

  /** @return the title in zh-CN and en */
  @NotNull
  public abstract LocalizedText getTitle();

  /** @return the requirement text (要求/评估细则), or empty for a dimension that has none */
  public abstract Optional<LocalizedText> getRequirement();

  /** @return the maximum points (分值); 0 for a veto item; for a bonus item, its own cap */
  @NotNull
  public abstract Points getMaxPoints();

  /** @return the kind; REGULAR unless set */
  @Value.Default
  public CriterionKind getKind() {
    return CriterionKind.REGULAR;
  }

  /** @return the rule of a leaf, empty for a node with children */
  public abstract Optional<ScoringRule> getRule();

  /** @return the children in declared order; empty for a leaf */
  @Size(max = 200)
  public abstract List<@Valid Criterion> getChildren();

  /**
   * The weight of a top-level dimension in a weighted composite (权重): the dimension contributes
   * {@code score ÷ max × weight}. Weights, when given, are given for every regular dimension and
   * sum to the nominal maximum.
   *
   * @return the weight in points, or empty
   */
  public abstract Optional<BigDecimal> getWeight();

  /**
   * The item's own grid (步长), in points: its maximum, claims and adjustments are multiples of
   * it. Without it the rule's own step applies (judgement, discretionary deduction), then the
   * standard's {@code claimStep} ({@link Standard#stepOf(Criterion)}); a step that contradicts
   * the rule's own is a finding.
   *
   * @return the step, {@code > 0}, or empty
   */
  public abstract Optional<BigDecimal> getStep();

  /** @return unit types this item does not apply to (合理缺项); empty when it applies to all */
  public abstract Set<UnitType> getNotApplicableTo();

  /** @return the source of this item */
  @NotNull
  public abstract SourceRef getSource();

  /**
   * Refuses a step that is not above zero.
   *
   * @throws io.github.ggw.standards.model.StandardsException if the step is zero or negative
   */
  @Value.Check
  protected void checkStep() {
    getStep().filter(st -> st.signum() <= 0).ifPresent(st -> {
      throw new io.github.ggw.standards.model.StandardsException(
          "the step of item " + getCode() + " must be above 0: " + st.toPlainString(),
          st.toPlainString());
    });
  }

  /**
   * Whether this node is a leaf.
   *
   * @return true when it has no children
   */
  public boolean isLeaf() {
    return getChildren().isEmpty();
  }

  /**
   * Whether the item counts in point budgets (regular and key items).
   *
   * @return true for REGULAR and KEY
   */
  public boolean isBudgeted() {
    return getKind() == CriterionKind.REGULAR || getKind() == CriterionKind.KEY;
  }

  /**
   * Whether a unit type is spared this item.
   *
   * @param type the unit type
   * @return true when the item does not apply to it
   */
  public boolean isNotApplicableTo(UnitType type) {
    return getNotApplicableTo().contains(type);
  }

  /**
   * This node and every node below it, depth first, in declared order.
   *
   * @return the nodes
   */
  public Stream<Criterion> getSelfAndDescendants() {
    return Stream.concat(
        Stream.of(this), getChildren().stream().flatMap(Criterion::getSelfAndDescendants));
  }
}
