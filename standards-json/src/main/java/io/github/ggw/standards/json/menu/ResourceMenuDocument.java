package io.github.ggw.standards.json.menu;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.menu.Resource;
import io.github.ggw.standards.model.menu.ResourceMenu;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON shape of a {@link ResourceMenu} ({@code kind = "resource-menu"}, format version 1): {@code
 * unitId}, {@code year} and {@code resources}.
 */
final class ResourceMenuDocument {
  static final String KIND = "resource-menu";

  public String kind;
  public Integer formatVersion;
  public String unitId;
  public Integer year;
  public List<ResourceDocument> resources;

  static ResourceMenuDocument from(ResourceMenu m) {
    ResourceMenuDocument d = new ResourceMenuDocument();
    d.kind = KIND;
    d.formatVersion = Formats.VERSION;
    d.unitId = m.unit().value();
    d.year = m.year();
    d.resources = m.resources().stream().map(ResourceDocument::from).toList();
    return d;
  }

  /** The menu, or null after recording every problem found. */
  ResourceMenu toModel(Binder b) {
    Formats.checkHeader(kind, KIND, formatVersion, b);
    MenuChecks c = new MenuChecks(b);
    String unit = c.unitId(unitId);
    Integer y = c.year(year);
    List<Resource> ns = new ArrayList<>();
    if (b.require(resources, "", "resources") != null && !c.tooMany(resources.size(), "/resources")) {
      for (int i = 0; i < resources.size(); i++) {
        if (b.require(resources.get(i), "/resources", String.valueOf(i)) != null) {
          ns.add(resources.get(i).toModel("/resources/" + i, c));
        }
      }
    }
    if (b.hasErrors() || unit == null || y == null || ns.contains(null)) {
      return null;
    }
    return b.attempt(() -> new ResourceMenu(UnitId.of(unit), y, ns), "");
  }
}
