package io.github.ggw.standards.model;

import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.rule.MeasureName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdentifiersTest {

  private static final Named<Function<String, Object>> STANDARD_ID =
      Named.of("StandardId", StandardId::of);
  private static final Named<Function<String, Object>> STANDARD_VERSION =
      Named.of("StandardVersion", StandardVersion::of);
  private static final Named<Function<String, Object>> UNIT_ID = Named.of("UnitId", UnitId::of);
  private static final Named<Function<String, Object>> DISTRICT_CODE =
      Named.of("DistrictCode", DistrictCode::of);
  private static final Named<Function<String, Object>> CRITERION_CODE =
      Named.of("CriterionCode", CriterionCode::of);
  private static final Named<Function<String, Object>> MEASURE_NAME =
      Named.of("MeasureName", MeasureName::of);
  private static final Named<Function<String, Object>> ELDER_REF =
      Named.of("ElderRef", ElderRef::of);

  static Stream<Arguments> valid() {
    return Stream.of(
        arguments(STANDARD_ID, "changzhou-quality-basic"),
        arguments(STANDARD_ID, "a"),
        arguments(STANDARD_ID, "2021.basic_v1"),
        arguments(STANDARD_ID, "a".repeat(64)),
        arguments(STANDARD_VERSION, "2021.1"),
        arguments(STANDARD_VERSION, "v2"),
        arguments(STANDARD_VERSION, "2022-rev_A"),
        arguments(STANDARD_VERSION, "1".repeat(20)),
        arguments(UNIT_ID, "WJ-PS-001"),
        arguments(UNIT_ID, "x"),
        arguments(UNIT_ID, "cz_kg_12"),
        arguments(UNIT_ID, "U".repeat(40)),
        arguments(DISTRICT_CODE, "320412"),
        arguments(DISTRICT_CODE, "320400"),
        arguments(DISTRICT_CODE, "110000"),
        arguments(DISTRICT_CODE, "820000"),
        arguments(CRITERION_CODE, "1"),
        arguments(CRITERION_CODE, "1.2"),
        arguments(CRITERION_CODE, "1.2.3"),
        arguments(CRITERION_CODE, "A1"),
        arguments(CRITERION_CODE, "V1"),
        arguments(CRITERION_CODE, "1.2.3.4.5.6.7.8"),
        // 8 + 1 + 8 + 1 + 8 + 1 + 5 = 32 characters, the longest allowed
        arguments(CRITERION_CODE, "12345678.12345678.12345678.12345"),
        arguments(MEASURE_NAME, "elders.count"),
        arguments(MEASURE_NAME, "activities.count"),
        arguments(MEASURE_NAME, "organisation.annualFundingYuan"),
        arguments(MEASURE_NAME, "x"),
        arguments(MEASURE_NAME, "a".repeat(64)),
        arguments(ELDER_REF, "E07"),
        arguments(ELDER_REF, "e"),
        arguments(ELDER_REF, "E_07-b"),
        arguments(ELDER_REF, "E" + "0".repeat(23)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("valid")
  void validValuesRoundTrip(Function<String, Object> of, String text) {
    Object id = of.apply(text);
    assertThat(id.toString()).isEqualTo(text);
    assertThat(of.apply(id.toString())).isEqualTo(id);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments(STANDARD_ID, ""),
        arguments(STANDARD_ID, "a".repeat(65)),
        arguments(STANDARD_ID, "Changzhou-Basic"),
        arguments(STANDARD_ID, "-basic"),
        arguments(STANDARD_ID, ".basic"),
        arguments(STANDARD_ID, "basic standard"),
        arguments(STANDARD_ID, "标准"),
        arguments(STANDARD_VERSION, ""),
        arguments(STANDARD_VERSION, "1".repeat(21)),
        arguments(STANDARD_VERSION, ".1"),
        arguments(STANDARD_VERSION, "2021/1"),
        arguments(STANDARD_VERSION, "2021 1"),
        arguments(UNIT_ID, ""),
        arguments(UNIT_ID, "U".repeat(41)),
        arguments(UNIT_ID, "WJ.PS.001"),
        arguments(UNIT_ID, "-WJ"),
        arguments(UNIT_ID, "WJ PS"),
        arguments(UNIT_ID, "学校"),
        arguments(DISTRICT_CODE, ""),
        arguments(DISTRICT_CODE, "32041"),
        arguments(DISTRICT_CODE, "920412"),
        arguments(DISTRICT_CODE, "020412"),
        arguments(DISTRICT_CODE, "3204120"),
        arguments(DISTRICT_CODE, "32041a"),
        arguments(DISTRICT_CODE, " 320412"),
        arguments(CRITERION_CODE, ""),
        arguments(CRITERION_CODE, "1..2"),
        arguments(CRITERION_CODE, ".1"),
        arguments(CRITERION_CODE, "1."),
        arguments(CRITERION_CODE, "1-2"),
        arguments(CRITERION_CODE, "1 2"),
        arguments(CRITERION_CODE, "一"),
        // a segment of nine characters
        arguments(CRITERION_CODE, "123456789"),
        // nine segments
        arguments(CRITERION_CODE, "1.2.3.4.5.6.7.8.9"),
        // 8 + 1 + 8 + 1 + 8 + 1 + 6 = 33 characters: every segment fits, the whole is too long
        arguments(CRITERION_CODE, "12345678.12345678.12345678.123456"),
        arguments(MEASURE_NAME, ""),
        arguments(MEASURE_NAME, "Elders.count"),
        arguments(MEASURE_NAME, "elders..count"),
        arguments(MEASURE_NAME, "elders."),
        arguments(MEASURE_NAME, ".elders"),
        arguments(MEASURE_NAME, "elders_count"),
        arguments(MEASURE_NAME, "elders.1count"),
        arguments(MEASURE_NAME, "a".repeat(65)),
        arguments(ELDER_REF, ""),
        arguments(ELDER_REF, "07"),
        arguments(ELDER_REF, "E 07"),
        arguments(ELDER_REF, "E.07"),
        arguments(ELDER_REF, "E" + "0".repeat(24)),
        arguments(ELDER_REF, "张三"));
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @MethodSource("invalid")
  void invalidValuesAreRefused(Function<String, Object> of, String text) {
    StandardsException e = assertThrows(StandardsException.class, () -> of.apply(text));
    assertThat(e.getOffendingValue()).isPresent();
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> StandardId.of(null));
    assertThrows(NullPointerException.class, () -> CriterionCode.of(null));
    assertThrows(NullPointerException.class, () -> DistrictCode.of(null));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(StandardId.of("changzhou-quality-basic"), new StandardId("changzhou-quality-basic"))
        .addEqualityGroup(StandardId.of("wujin-basic"))
        .addEqualityGroup(StandardVersion.of("2021.1"), new StandardVersion("2021.1"))
        .addEqualityGroup(StandardVersion.of("2021.2"))
        .addEqualityGroup(UnitId.of("WJ-PS-001"), new UnitId("WJ-PS-001"))
        .addEqualityGroup(UnitId.of("wj-ps-001"))
        .addEqualityGroup(DistrictCode.of("320412"), new DistrictCode("320412"))
        .addEqualityGroup(DistrictCode.of("320400"))
        .addEqualityGroup(CriterionCode.of("1.2"), new CriterionCode("1.2"))
        .addEqualityGroup(CriterionCode.of("1.10"))
        .addEqualityGroup(CriterionCode.of("01.2"))
        .addEqualityGroup(MeasureName.of("elders.count"), new MeasureName("elders.count"))
        .addEqualityGroup(MeasureName.of("elders.countCore"))
        .addEqualityGroup(ElderRef.of("E07"), new ElderRef("E07"))
        .addEqualityGroup(ElderRef.of("e07"))
        .testEquals();
  }

  @Test
  void criterionCodesOrderBySegmentsNumerically() {
    List<CriterionCode> codes = new ArrayList<>();
    for (String s : List.of("10.1", "B1", "1.10", "10", "2", "1.2", "A1", "1", "1.2.1")) {
      codes.add(CriterionCode.of(s));
    }
    Collections.sort(codes);
    assertThat(codes).map(CriterionCode::toString)
        .containsExactly("1", "1.2", "1.2.1", "1.10", "2", "10", "10.1", "A1", "B1");

    assertThat(CriterionCode.of("2")).isLessThan(CriterionCode.of("10"));
    assertThat(CriterionCode.of("10")).isLessThan(CriterionCode.of("10.1"));
    assertThat(CriterionCode.of("A1")).isLessThan(CriterionCode.of("B1"));
    // consistent with equals: numerically equal segments of different text are still ordered
    assertThat(CriterionCode.of("01").compareTo(CriterionCode.of("1"))).isNotZero();
    assertThat(CriterionCode.of("1.2").compareTo(CriterionCode.of("1.2"))).isZero();
  }

  @Test
  void districtCodesSortByCode() {
    List<DistrictCode> codes = new ArrayList<>(List.of(
        DistrictCode.of("320412"), DistrictCode.of("320400"), DistrictCode.of("320411")));
    Collections.sort(codes);
    assertThat(codes).map(DistrictCode::toString).containsExactly("320400", "320411", "320412");
  }
}
