package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.sheets.internal.WorkbookLayout;
import io.github.ggw.standards.sheets.internal.WorkbookLayout.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The shared layout contract of the self-assessment workbook. */
class WorkbookLayoutTest {

  @Test
  void bothBundlesHoldTheSameKeys() throws IOException {
    assertThat(load("workbook_zh.properties").stringPropertyNames())
        .isEqualTo(load("workbook.properties").stringPropertyNames());
  }

  @Test
  void sheetNamesAreValidExcelNamesAndDistinctInEachLanguage() {
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      List<String> names = new ArrayList<>();
      for (Role r : Role.values()) {
        if (r != Role.EVIDENCE) {
          names.add(WorkbookLayout.sheetName(r).in(locale));
        }
      }
      for (EvidenceKind k : EvidenceKinds.all()) {
        if (!k.name().equals("fact")) { // fact values are on the facts sheet (事实数据)
          names.add(WorkbookLayout.sheetName(k).in(locale));
        }
      }
      names.add(WorkbookLayout.META_SHEET);
      names.add(WorkbookLayout.LISTS_SHEET);
      // 5 fixed roles + 13 kinds with a sheet of their own + _meta + _lists = 20 names
      assertThat(names).hasSize(20).doesNotHaveDuplicates();
      assertThat(names).allSatisfy(n -> {
        assertThat(n.length()).isBetween(1, 31);
        assertThat(n).doesNotContainPattern("[\\[\\]:*?/\\\\]");
      });
    }
    assertThat(WorkbookLayout.sheetName(Role.UNIT).zh()).isEqualTo("单位信息");
    assertThat(WorkbookLayout.sheetName(Role.CLAIMS).zh()).isEqualTo("自评");
    assertThat(WorkbookLayout.sheetName(EvidenceKinds.byName("elder").orElseThrow()).zh())
        .isEqualTo("五老名册");
  }

  @Test
  void evidenceKeysAreKindDotField() {
    EvidenceKind elder = EvidenceKinds.byName("elder").orElseThrow();
    assertThat(WorkbookLayout.evidenceColumns(elder)).extracting(WorkbookLayout.Column::key)
        .containsExactly("elder.elder", "elder.category", "elder.tier", "elder.retiredTeacher",
            "elder.joined");
    assertThat(WorkbookLayout.claimColumns()).filteredOn(WorkbookLayout.Column::read)
        .extracting(WorkbookLayout.Column::key)
        .containsExactly("claim.code", "claim.points", "claim.narrative");
  }

  @Test
  void labelsAreReadInEitherLanguageAfterWidthNormalisation() {
    var tier = EvidenceKinds.byName("elder").orElseThrow().field("tier").orElseThrow();
    assertThat(WorkbookLayout.choice(tier, " 核心层 ").orElseThrow().constant()).isEqualTo(Tier.CORE);
    assertThat(WorkbookLayout.choice(tier, "ＣＯＲＥ").orElseThrow().constant()).isEqualTo(Tier.CORE);
    assertThat(WorkbookLayout.choice(tier, "核心").isPresent()).isFalse();
    assertThat(WorkbookLayout.flag("是")).contains(true);
    assertThat(WorkbookLayout.flag("no")).contains(false);
    assertThat(WorkbookLayout.flag("对")).isEmpty();
    assertThat(WorkbookLayout.unitType("小学")).contains(UnitType.PRIMARY);
    assertThat(WorkbookLayout.unitType("Primary School")).contains(UnitType.PRIMARY);
  }

  @Test
  void districtsOfTheJurisdictionWithCodeFirstLabels() {
    assertThat(WorkbookLayout.districts("3204")).extracting(DistrictCode::value)
        .containsExactly("320402", "320404", "320411", "320412", "320413", "320481");
    assertThat(WorkbookLayout.districts("3205")).isEmpty();
    DistrictCode tianning = DistrictCode.of("320402");
    assertThat(WorkbookLayout.districtLabel(tianning, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("320402 天宁区");
    assertThat(WorkbookLayout.district("320402 Tianning District")).contains(tianning);
    assertThat(WorkbookLayout.district("３２０４０２")).contains(tianning);
    assertThat(WorkbookLayout.district("天宁区")).contains(tianning);
    assertThat(WorkbookLayout.district("苏州")).isEmpty();
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = WorkbookLayout.class.getResourceAsStream(
        "/io/github/ggw/standards/sheets/" + name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
