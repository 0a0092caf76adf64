package io.github.ggw.standards.json.menu;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.menu.Need;
import io.github.ggw.standards.model.menu.NeedsMenu;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON shape of a {@link NeedsMenu} ({@code kind = "needs-menu"}, format version 1): {@code
 * unitId}, {@code year} and {@code needs}.
 */
final class NeedsMenuDocument {
  static final String KIND = "needs-menu";

  public String kind;
  public Integer formatVersion;
  public String unitId;
  public Integer year;
  public List<NeedDocument> needs;

  static NeedsMenuDocument from(NeedsMenu m) {
    NeedsMenuDocument d = new NeedsMenuDocument();
    d.kind = KIND;
    d.formatVersion = Formats.VERSION;
    d.unitId = m.unit().value();
    d.year = m.year();
    d.needs = m.needs().stream().map(NeedDocument::from).toList();
    return d;
  }

  /** The menu, or null after recording every problem found. */
  NeedsMenu toModel(Binder b) {
    Formats.checkHeader(kind, KIND, formatVersion, b);
    MenuChecks c = new MenuChecks(b);
    String unit = c.unitId(unitId);
    Integer y = c.year(year);
    List<Need> ns = new ArrayList<>();
    if (b.require(needs, "", "needs") != null && !c.tooMany(needs.size(), "/needs")) {
      for (int i = 0; i < needs.size(); i++) {
        if (b.require(needs.get(i), "/needs", String.valueOf(i)) != null) {
          ns.add(needs.get(i).toModel("/needs/" + i, c));
        }
      }
    }
    if (b.hasErrors() || unit == null || y == null || ns.contains(null)) {
      return null;
    }
    return b.attempt(() -> new NeedsMenu(UnitId.of(unit), y, ns), "");
  }
}
