package io.github.ggw.standards.model.menu;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;

/**
 * One entry of a needs menu (需求菜单条目): what pupils or young teachers need, how much, and
 * when. Source: seed §三.1.
 *
 * @param id the entry's identifier, unique on its menu, not null
 * @param category what is needed, not null
 * @param beneficiary who needs it, not null
 * @param count how much is needed, 1 to 10,000, in {@code unit}
 * @param unit the unit of the count, not null
 * @param window when it is needed, not null
 */
public record Need(
    NeedId id,
    ServiceCategory category,
    Beneficiary beneficiary,
    int count,
    ServiceUnit unit,
    TimeWindow window) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the count lies outside 1–10,000
   * @throws NullPointerException if a component is null
   *
   * @param id the {@code id} component, as described on the record
   * @param category the {@code category} component, as described on the record
   * @param beneficiary the {@code beneficiary} component, as described on the record
   * @param count the {@code count} component, as described on the record
   * @param unit the {@code unit} component, as described on the record
   * @param window the {@code window} component, as described on the record
   */
  public Need {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(beneficiary, "beneficiary");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(window, "window");
    if (count < 1 || count > 10_000) {
      throw new StandardsException("need " + id + ": the count must lie in 1-10000",
          String.valueOf(count));
    }
  }
}
