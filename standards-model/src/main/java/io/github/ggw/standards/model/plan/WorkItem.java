package io.github.ggw.standards.model.plan;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.StandardsException;
import java.util.List;
import java.util.Objects;

/**
 * One numbered item of a year's work points (工作要点条目), such as §三.1 "keep the needs and
 * resource menus up to date and match them".
 *
 * @param number the item's number within its section, 1 to 99
 * @param type what kind of work it is, not null
 * @param title the item in the project's own words, zh-CN and en, not null
 * @param programmes the programmes it names, in the order named; possibly empty
 * @param indicators the codes of the standard's indicators it serves (服务的指标), possibly empty
 * @param source the document and clause (such as {@code §三.1}), not null
 */
public record WorkItem(
    int number,
    WorkItemType type,
    LocalizedText title,
    List<Programme> programmes,
    List<CriterionCode> indicators,
    SourceRef source) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws StandardsException if the number lies outside 1–99 or an indicator is named twice
   * @throws NullPointerException if a component or an element is null
   *
   * @param number the {@code number} component, as described on the record
   * @param type the {@code type} component, as described on the record
   * @param title the {@code title} component, as described on the record
   * @param programmes the {@code programmes} component, as described on the record
   * @param indicators the {@code indicators} component, as described on the record
   * @param source the {@code source} component, as described on the record
   */
  public WorkItem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    programmes = ImmutableList.copyOf(programmes);
    indicators = ImmutableList.copyOf(indicators);
    if (number < 1 || number > 99) {
      throw new StandardsException("a work item number must lie in 1-99", String.valueOf(number));
    }
    if (indicators.stream().distinct().count() != indicators.size()) {
      throw new StandardsException("work item " + number + " names an indicator twice",
          String.valueOf(indicators));
    }
  }
}
