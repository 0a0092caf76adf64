package io.github.ggw.standards.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.menu.NeedId;
import io.github.ggw.standards.model.menu.ResourceId;
import io.github.ggw.standards.model.menu.TimeWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Value types of plans, work points and menus: equality and the bounds their constructors check. */
class PlanValuesTest {
  private static final SourceRef SRC = new SourceRef("seed", "§一.1", SourceStatus.OFFICIAL, "");
  private static final LocalizedText T = LocalizedText.of("条目", "item");

  private static WorkItem item(int n) {
    return new WorkItem(n, WorkItemType.STUDY, T, List.of(), List.of(CriterionCode.of("1.5")),
        SRC);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(PlanPeriod.of(2020, 2024), new PlanPeriod(2020, 2024))
        .addEqualityGroup(PlanPeriod.of(2020, 2023))
        .addEqualityGroup(TargetScope.district(), new TargetScope(Optional.empty()))
        .addEqualityGroup(TargetScope.of(UnitType.PRIMARY))
        .addEqualityGroup(PlanId.of("p1"), new PlanId("p1"))
        .addEqualityGroup(TargetId.of("T1"))
        .addEqualityGroup(NeedId.of("N1"))
        .addEqualityGroup(ResourceId.of("N1"))
        .addEqualityGroup(item(1), item(1))
        .addEqualityGroup(item(2))
        .testEquals();
  }

  @Test
  void periodsAndWindows() {
    PlanPeriod p = PlanPeriod.of(2020, 2024);
    assertThat(p.contains(2020)).isTrue();
    assertThat(p.contains(2024)).isTrue();
    assertThat(p.contains(2025)).isFalse();
    assertThat(p.contains(PlanPeriod.of(2021, 2024))).isTrue();
    assertThat(p.contains(PlanPeriod.of(2021, 2025))).isFalse();
    assertThat(p.years().count()).isEqualTo(5);
    assertThat(PlanPeriod.of(2021, 2021).toString()).isEqualTo("2021");
    assertThrows(StandardsException.class, () -> PlanPeriod.of(2020, 2101));
    TimeWindow a = TimeWindow.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31));
    assertThat(a.overlaps(TimeWindow.of(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 4, 9))))
        .isTrue();
    assertThat(a.overlaps(TimeWindow.of(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 9))))
        .isFalse();
    assertThat(a.toString()).isEqualTo("2022-03-01..2022-03-31");
  }

  @Test
  void workItemsAndSectionsCheckTheirNumbers() {
    assertThrows(StandardsException.class, () -> item(0));
    assertThrows(StandardsException.class, () -> item(100));
    assertThat(item(99).number()).isEqualTo(99);
    assertThrows(StandardsException.class, () -> new WorkItem(1, WorkItemType.STUDY, T,
        List.of(), List.of(CriterionCode.of("1.5"), CriterionCode.of("1.5")), SRC));
    assertThrows(StandardsException.class, () -> new WorkSection(1, T, Optional.empty(),
        List.of(), List.of(item(1), item(3))));
    assertThrows(StandardsException.class, () -> new WorkSection(11, T, Optional.empty(),
        List.of(), List.of()));
    assertThat(new WorkSection(10, T, Optional.empty(), List.of(), List.of()).numeral())
        .isEqualTo("十");
    WorkSection s2 = new WorkSection(2, T, Optional.empty(), List.of(), List.of(item(1)));
    assertThrows(StandardsException.class, () -> WorkPlan.builder().year(2020).title(T)
        .issuer(T).preamble(T).addSections(s2).source(SRC).build());
    assertThrows(StandardsException.class, () -> WorkPlan.builder().year(1999).title(T)
        .issuer(T).preamble(T).source(SRC).build());
  }

  @Test
  void identifiersCheckTheirText() {
    assertThrows(StandardsException.class, () -> PlanId.of("Upper"));
    assertThrows(StandardsException.class, () -> TargetId.of("-T"));
    assertThrows(StandardsException.class, () -> TargetId.of("T".repeat(17)));
    assertThat(TargetId.of("T".repeat(16)).toString()).hasSize(16);
    assertThrows(StandardsException.class, () -> NeedId.of("N 1"));
    assertThrows(StandardsException.class, () -> ResourceId.of("R".repeat(25)));
  }
}
