package io.github.ggw.standards.json;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.plan.PlansJson;
import io.github.ggw.standards.json.reference.PlanReferenceData;
import io.github.ggw.standards.json.reference.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.plan.Programme;
import io.github.ggw.standards.model.plan.ProgrammeKind;
import io.github.ggw.standards.model.plan.WorkItem;
import io.github.ggw.standards.model.plan.WorkItemType;
import io.github.ggw.standards.model.plan.WorkPlan;
import io.github.ggw.standards.model.plan.WorkSection;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled 2020 work points against the seed, 《2020年常州市武进区教育局关工委工作要点》. Counted by
 * hand from the seed: §一 has items 1–4, §二 items 1–4, §三 items 1–4, §四 items 1–3 (15 in all);
 * the unnumbered preambles of §二–§四 and the four activities inside §二.1 (一是…四是…) are
 * programmes, not items.
 */
class WorkPointsTest {
  private static final WorkPlan PLAN = PlanReferenceData.wujinWorkPoints2020();

  @Test
  void everySectionHasTheSeedsNumberOfItems() {
    assertThat(PLAN.getSections()).extracting(s -> s.items().size())
        .containsExactly(4, 4, 4, 3);
    assertThat(PLAN.getItems().count()).isEqualTo(15);
    assertThat(PLAN.getSections()).extracting(WorkSection::numeral)
        .containsExactly("一", "二", "三", "四");
  }

  @Test
  void everyItemCitesItsClauseOfTheSeed() {
    for (WorkSection s : PLAN.getSections()) {
      for (WorkItem i : s.items()) {
        assertThat(i.source().clause()).isEqualTo("§" + s.numeral() + "." + i.number());
        assertThat(i.source().document()).isEqualTo("《2020年常州市武进区教育局关工委工作要点》");
        assertThat(i.source().status()).isEqualTo(SourceStatus.OFFICIAL);
      }
    }
    assertThat(PLAN.getYear()).isEqualTo(2020);
  }

  @Test
  void theFourActivitiesOfSectionTwoItemOneAreProgrammesNotItems() {
    WorkItem item = PLAN.getSections().get(1).items().get(0);
    assertThat(item.programmes()).filteredOn(p -> p.kind() == ProgrammeKind.THEMED_COMPETITION)
        .extracting(p -> p.title().zh())
        .containsExactly("“梦圆小康”老少同台演讲比赛", "“小康大美”和“小康之路”读书征文活动",
            "“颂时代楷模、赞中国精神”老少同台讲中国故事朗诵比赛", "“我的中国梦”中小学校园科技短视频创作比赛");
    assertThat(PLAN.getSections().get(1).programmes()).extracting(p -> p.kind())
        .containsExactly(ProgrammeKind.THEMED_CAMPAIGN);
    assertThat(PLAN.getSections().get(0).preamble()).isEmpty();
    assertThat(PLAN.getSections().subList(1, 4)).allMatch(s -> s.preamble().isPresent());
  }

  @Test
  void theProgrammesTheIssueNamesAreThere() {
    List<String> names = PLAN.getItems().flatMap(i -> i.programmes().stream())
        .map(Programme::title).map(t -> t.zh()).toList();
    assertThat(names).contains("“名校长工作室”", "“名教师工作室”", "“谈心屋”", "“爱心结对”",
        "“关爱超市”", "失足", "失管", "失学", "失教", "失亲", "“青蓝工程”", "《工作简报》", "“劳模进校园”",
        "“法官进校园”", "“需求菜单”", "“资源菜单”");
  }

  @Test
  void everyItemTypeIsUsedAndEveryIndicatorExistsInTheBundledStandard() {
    assertThat(PLAN.getItems().map(WorkItem::type).distinct().toList())
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(WorkItemType.class));
    Standard standard = ReferenceData.changzhouStandard();
    List<CriterionCode> served = PLAN.getItems().flatMap(i -> i.indicators().stream()).toList();
    assertThat(served).allSatisfy(c -> assertThat(standard.find(c)).as("%s", c).isPresent());
    // §三.1 (the two menus) serves 3.1, the menu-matching indicator
    assertThat(PLAN.getSections().get(2).items().get(0).indicators())
        .containsExactly(CriterionCode.of("3.1"));
  }

  @Test
  void writtenAndReadBackEqual() {
    PlansJson json = PlansJson.create();
    String text = json.writeWorkPlan(PLAN);
    assertThat(json.readWorkPlan(text.getBytes(StandardCharsets.UTF_8)).orElseThrow())
        .isEqualTo(PLAN);
    assertThat(json.kindOf(text.getBytes(StandardCharsets.UTF_8))).contains("work-plan");
    assertThat(PlanReferenceData.workPoints(2020)).contains(PLAN);
    assertThat(PlanReferenceData.workPoints(2021)).isEmpty();
  }

  @Test
  void itemsNumberedOutOfOrderAreRefusedWithTheirPlace() {
    String text = new String(ReferenceData.resource(PlanReferenceData.WUJIN_WORK_POINTS_2020),
        StandardCharsets.UTF_8).replaceFirst("\"number\": 2,(\\s+)\"type\"", "\"number\": 7,$1\"type\"");
    Result<WorkPlan> read = PlansJson.create().readWorkPlan(
        text.getBytes(StandardCharsets.UTF_8));
    assertThat(read.isValid()).isFalse();
    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo(ProblemCode.JSON_INVALID_VALUE);
      assertThat(p.getLocation().getPointer()).contains("/sections/0");
      assertThat(p.getLocation().getLine()).isPresent();
    });
  }
}
