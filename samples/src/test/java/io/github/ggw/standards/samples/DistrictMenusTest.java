package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.menu.MenusJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.menu.Beneficiary;
import io.github.ggw.standards.model.menu.Need;
import io.github.ggw.standards.model.menu.NeedId;
import io.github.ggw.standards.model.menu.NeedsMenu;
import io.github.ggw.standards.model.menu.Resource;
import io.github.ggw.standards.model.menu.ResourceId;
import io.github.ggw.standards.model.menu.ResourceMenu;
import io.github.ggw.standards.model.menu.ServiceCategory;
import io.github.ggw.standards.model.menu.ServiceUnit;
import io.github.ggw.standards.model.menu.TimeWindow;
import io.github.ggw.standards.sheets.MenuWorkbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code district-summary --menus DIR}: the share of each unit's needs covered, from a folder
 * mixing JSON menus and a menu workbook; a menu without its partner is reported and the command
 * exits 1, the units that pair still listed.
 */
class DistrictMenusTest {
  @TempDir Path dir;

  /**
   * WJ-PS-001 2022 from the bundled JSON menus: 25 of 44 (56.8%), 2 of 8 needs in full, 5 of 6
   * resources used. JT-PS-002 2022 from a workbook: one tutoring need of 4 sessions, one tutoring
   * resource of 3 → 3 of 4 = 75%, 0 of 1 need in full, 1 of 1 resource used. A third, lone needs
   * menu (XB-PS-009) has no resource menu: reported, exit 1.
   */
  @Test
  void theShareOfEachUnitsNeedsCoveredIsListed() throws Exception {
    Path menus = Files.createDirectories(dir.resolve("menus"));
    Files.write(menus.resolve("a-needs.json"),
        ReferenceData.resource(ReferenceData.EXAMPLE_NEEDS_MENU));
    Files.write(menus.resolve("a-resources.json"),
        ReferenceData.resource(ReferenceData.EXAMPLE_RESOURCE_MENU));
    TimeWindow term = TimeWindow.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 30));
    UnitId other = UnitId.of("JT-PS-002");
    Files.write(menus.resolve("b.xlsx"), MenuWorkbooks.write(new MenuWorkbooks.Menus(
        new NeedsMenu(other, 2022, List.of(new Need(NeedId.of("N1"), ServiceCategory.TUTORING,
            Beneficiary.PUPILS, 4, ServiceUnit.SESSIONS, term))),
        new ResourceMenu(other, 2022, List.of(new Resource(ResourceId.of("R1"), ElderRef.of("E1"),
            ElderCategory.TEACHER, Tier.CORE, Set.of(ServiceCategory.TUTORING), 3,
            ServiceUnit.SESSIONS, List.of(term))))), Locale.SIMPLIFIED_CHINESE));
    Files.writeString(menus.resolve("c-needs.json"), MenusJson.create().writeNeeds(
        new NeedsMenu(UnitId.of("XB-PS-009"), 2022, List.of())), StandardCharsets.UTF_8);
    Cli.Run r = Cli.zh("district-summary", "--menus", menus.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("菜单对接（2 个单位年度）");
    assertThat(r.out().lines().filter(l -> l.startsWith("WJ-PS-001") || l.startsWith("JT-PS-002"))
        .map(l -> l.replaceAll(" +", " ")).toList()).containsExactly(
            "JT-PS-002 2022 4 3 75% 0/1 1/1", "WJ-PS-001 2022 44 25 56.8% 2/8 5/6");
    // without --output, problems go to standard output with the result
    assertThat(r.out()).contains("c-needs.json", "XB-PS-009 2022 只有一份菜单");
    JsonNode doc = JsonMapper.builder().build().readTree(
        Cli.zh("district-summary", "--menus", menus.toString(), "--format", "json").out());
    assertThat(doc.get("kind").asString()).isEqualTo("district-summary");
    assertThat(doc.get("menus")).hasSize(2);
    assertThat(doc.get("menus").get(1).get("coveragePercent").decimalValue())
        .isEqualByComparingTo("56.8");
  }
}
