package io.github.ggw.standards.model.evidence;

import io.github.ggw.standards.model.LocalizedText;
import java.util.Objects;

/**
 * One allowed value of an enumeration field of an evidence kind (选项), such as {@code CORE}
 * 核心层 / core.
 *
 * @param constant the enumeration constant, not null
 * @param label its names in zh-CN and en (from {@link io.github.ggw.standards.model.Labels}),
 *     not null
 */
public record EvidenceChoice(Enum<?> constant, LocalizedText label) {

  /**
   * Checks that no component is null.
   *
   * @param constant the {@code constant} component, as described on the record
   * @param label the {@code label} component, as described on the record
   */
  public EvidenceChoice {
    Objects.requireNonNull(constant, "constant");
    Objects.requireNonNull(label, "label");
  }

  /**
   * The value as JSON and the workbook's key row write it: the constant's name.
   *
   * @return the name, such as {@code CORE}
   */
  public String code() {
    return constant.name();
  }

  /**
   * The place of this value in its enumeration's declaration order, which is the ascending order
   * of an ordered field ({@link EvidenceField#ordered()}).
   *
   * @return the 0-based position
   */
  public int rank() {
    return constant.ordinal();
  }
}
