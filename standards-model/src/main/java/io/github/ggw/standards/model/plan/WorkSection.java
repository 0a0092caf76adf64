package io.github.ggw.standards.model.plan;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.StandardsException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One section of a year's work points (工作要点的一个部分), such as §二 "strengthen ideological and
 * moral education": its title, the unnumbered preamble and the programmes it names, and its
 * numbered items.
 *
 * @param number the section's number, 1 to 10, shown as a Chinese numeral (一, 二 …)
 * @param title the section's title in the project's own words, not null
 * @param preamble the unnumbered preamble in the project's own words, or empty
 * @param programmes the programmes the preamble names; possibly empty
 * @param items the numbered items, numbered 1, 2, 3 … in order; possibly empty
 */
public record WorkSection(
    int number,
    LocalizedText title,
    Optional<LocalizedText> preamble,
    List<Programme> programmes,
    List<WorkItem> items) {
  private static final String NUMERALS = "一二三四五六七八九十";

  /**
   * Checks the components and copies the lists.
   *
   * @throws StandardsException if the number lies outside 1–10 or the items are not numbered
   *     1, 2, 3 … in order
   * @throws NullPointerException if a component or an element is null
   *
   * @param number the {@code number} component, as described on the record
   * @param title the {@code title} component, as described on the record
   * @param preamble the {@code preamble} component, as described on the record
   * @param programmes the {@code programmes} component, as described on the record
   * @param items the {@code items} component, as described on the record
   */
  public WorkSection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(preamble, "preamble");
    programmes = ImmutableList.copyOf(programmes);
    items = ImmutableList.copyOf(items);
    if (number < 1 || number > NUMERALS.length()) {
      throw new StandardsException("a section number must lie in 1-10", String.valueOf(number));
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).number() != i + 1) {
        throw new StandardsException("section " + number + ": item " + (i + 1)
            + " is numbered " + items.get(i).number(), String.valueOf(items.get(i).number()));
      }
    }
  }

  /**
   * The section's number as a Chinese numeral, as the source prints it.
   *
   * @return 一 for 1, 二 for 2 … 十 for 10
   */
  public String numeral() {
    return String.valueOf(NUMERALS.charAt(number - 1));
  }
}
