package io.github.ggw.standards.rules.menu;

import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.menu.Beneficiary;
import io.github.ggw.standards.model.menu.Need;
import io.github.ggw.standards.model.menu.NeedId;
import io.github.ggw.standards.model.menu.Resource;
import io.github.ggw.standards.model.menu.ResourceId;
import io.github.ggw.standards.model.menu.ServiceCategory;
import io.github.ggw.standards.model.menu.ServiceUnit;
import io.github.ggw.standards.model.menu.TimeWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Small menus written in code: one term (2021-09-01..2022-01-20) unless a window is given. */
final class MenuFixtures {
  static final UnitId UNIT = UnitId.of("JT-PS-001");
  static final TimeWindow TERM = TimeWindow.of(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 1, 20));

  private MenuFixtures() {}

  static Need need(String id, ServiceCategory c, int count) {
    return need(id, c, count, ServiceUnit.SESSIONS, TERM);
  }

  static Need need(String id, ServiceCategory c, int count, ServiceUnit unit, TimeWindow w) {
    return new Need(NeedId.of(id), c, Beneficiary.PUPILS, count, unit, w);
  }

  static Resource resource(String id, int capacity, ServiceCategory... offered) {
    return resource(id, capacity, ServiceUnit.SESSIONS, List.of(TERM), offered);
  }

  static Resource resource(String id, int capacity, ServiceUnit unit, List<TimeWindow> windows,
      ServiceCategory... offered) {
    return new Resource(ResourceId.of(id), ElderRef.of("E" + id), ElderCategory.TEACHER,
        Tier.BACKBONE, Set.of(offered), capacity, unit, windows);
  }

  static TimeWindow window(String from, String to) {
    return TimeWindow.of(LocalDate.parse(from), LocalDate.parse(to));
  }
}
