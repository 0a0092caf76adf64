package io.github.ggw.standards.rules;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A triggered veto (一票否决) with the condition and the evidence behind it.
 *
 * @param code the veto item's code, or empty for the standard's total floor
 * @param reason the condition in words
 * @param measures the measure values that triggered it
 */
public record VetoFinding(
    Optional<CriterionCode> code, LocalizedText reason, List<MeasureValue> measures) {

  /**
   * Checks the components and copies the list.
   *
   * @param code the {@code code} component, as described on the record
   * @param reason the {@code reason} component, as described on the record
   * @param measures the {@code measures} component, as described on the record
   */
  public VetoFinding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
    measures = ImmutableList.copyOf(measures);
  }
}
