package io.github.ggw.standards.json.menu;

import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.menu.Resource;
import io.github.ggw.standards.model.menu.ResourceId;
import io.github.ggw.standards.model.menu.ServiceCategory;
import io.github.ggw.standards.model.menu.ServiceUnit;
import io.github.ggw.standards.model.menu.TimeWindow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON shape of a {@link Resource}: {@code id}, {@code elder} (the elder's reference on the
 * roster), {@code elderCategory}, {@code tier}, {@code categories}, {@code capacity}, {@code unit}
 * and {@code availability} (a list of windows).
 */
final class ResourceDocument {
  public String id;
  public String elder;
  public String elderCategory;
  public String tier;
  public List<String> categories;
  public Integer capacity;
  public String unit;
  public List<WindowDocument> availability;

  static ResourceDocument from(Resource r) {
    ResourceDocument d = new ResourceDocument();
    d.id = r.id().value();
    d.elder = r.elder().value();
    d.elderCategory = r.elderCategory().name();
    d.tier = r.tier().name();
    d.categories = r.categories().stream().map(Enum::name).toList();
    d.capacity = r.capacity();
    d.unit = r.unit().name();
    d.availability = r.availability().stream().map(WindowDocument::from).toList();
    return d;
  }

  /** The resource, or null after recording its problems at {@code pointer}. */
  Resource toModel(String pointer, MenuChecks c) {
    String i = c.entryId(id, pointer);
    ElderRef who = c.elder(elder, pointer);
    ElderCategory kind = c.choice(elderCategory, ElderCategory.class, pointer, "elderCategory");
    Tier t = c.choice(tier, Tier.class, pointer, "tier");
    Integer cap = c.amount(capacity, pointer, "capacity");
    ServiceUnit u = c.choice(unit, ServiceUnit.class, pointer, "unit");
    boolean ok = i != null && who != null && kind != null && t != null && cap != null
        && u != null;
    Set<ServiceCategory> offered = EnumSet.noneOf(ServiceCategory.class);
    if (c.require(categories, pointer, "categories") == null
        || c.empty(categories, pointer, "categories")) {
      ok = false;
    } else {
      for (int k = 0; k < categories.size(); k++) {
        ServiceCategory s = c.choice(categories.get(k), ServiceCategory.class,
            pointer + "/categories", String.valueOf(k));
        ok &= s != null;
        if (s != null) {
          offered.add(s);
        }
      }
    }
    List<TimeWindow> windows = new ArrayList<>();
    if (c.require(availability, pointer, "availability") == null
        || c.empty(availability, pointer, "availability")) {
      ok = false;
    } else {
      for (int k = 0; k < availability.size(); k++) {
        String at = pointer + "/availability/" + k;
        TimeWindow w = c.require(availability.get(k), pointer + "/availability",
            String.valueOf(k)) == null ? null : availability.get(k).toModel(at, c);
        ok &= w != null;
        windows.add(w);
      }
    }
    if (!ok) {
      return null;
    }
    return new Resource(ResourceId.of(i), who, kind, t, offered, cap, u, windows);
  }
}
