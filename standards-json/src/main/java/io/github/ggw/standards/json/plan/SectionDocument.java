package io.github.ggw.standards.json.plan;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.plan.Programme;
import io.github.ggw.standards.model.plan.WorkItem;
import io.github.ggw.standards.model.plan.WorkSection;
import java.util.List;
import java.util.Optional;

/**
 * The JSON shape of a {@link WorkSection}: the preamble and the programmes are optional members.
 */
final class SectionDocument {
  public Integer number;
  public LocalizedText title;
  public LocalizedText preamble;
  public List<Programme> programmes;
  public List<WorkItem> items;

  static SectionDocument from(WorkSection s) {
    SectionDocument d = new SectionDocument();
    d.number = s.number();
    d.title = s.title();
    d.preamble = s.preamble().orElse(null);
    d.programmes = s.programmes().isEmpty() ? null : s.programmes();
    d.items = s.items();
    return d;
  }

  /** The section, or null after recording problems at {@code at}. */
  WorkSection toModel(String at, Binder b) {
    b.require(number, at, "number");
    b.require(title, at, "title");
    b.require(items, at, "items");
    b.requireElements(programmes, at + "/programmes");
    b.requireElements(items, at + "/items");
    if (number == null || title == null || items == null) {
      return null;
    }
    return b.attempt(() -> new WorkSection(number, title, Optional.ofNullable(preamble),
        programmes == null ? List.of() : programmes, items), at);
  }
}
