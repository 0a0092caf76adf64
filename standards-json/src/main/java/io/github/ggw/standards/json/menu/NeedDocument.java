package io.github.ggw.standards.json.menu;

import io.github.ggw.standards.model.menu.Beneficiary;
import io.github.ggw.standards.model.menu.Need;
import io.github.ggw.standards.model.menu.NeedId;
import io.github.ggw.standards.model.menu.ServiceCategory;
import io.github.ggw.standards.model.menu.ServiceUnit;

/**
 * The JSON shape of a {@link Need}: {@code id}, {@code category}, {@code beneficiary}, {@code
 * count}, {@code unit} and {@code window}; choices as codes (written) or labels (also read).
 */
final class NeedDocument {
  public String id;
  public String category;
  public String beneficiary;
  public Integer count;
  public String unit;
  public WindowDocument window;

  static NeedDocument from(Need n) {
    NeedDocument d = new NeedDocument();
    d.id = n.id().value();
    d.category = n.category().name();
    d.beneficiary = n.beneficiary().name();
    d.count = n.count();
    d.unit = n.unit().name();
    d.window = WindowDocument.from(n.window());
    return d;
  }

  /** The need, or null after recording its problems at {@code pointer}. */
  Need toModel(String pointer, MenuChecks c) {
    String i = c.entryId(id, pointer);
    ServiceCategory cat = c.choice(category, ServiceCategory.class, pointer, "category");
    Beneficiary who = c.choice(beneficiary, Beneficiary.class, pointer, "beneficiary");
    Integer n = c.amount(count, pointer, "count");
    ServiceUnit u = c.choice(unit, ServiceUnit.class, pointer, "unit");
    var w = c.require(window, pointer, "window") == null ? null
        : window.toModel(pointer + "/window", c);
    if (i == null || cat == null || who == null || n == null || u == null || w == null) {
      return null;
    }
    return new Need(NeedId.of(i), cat, who, n, u, w);
  }
}
