package io.github.ggw.standards.model.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.ggw.standards.model.standard.CriterionCode;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The four kinds of place, their checks, equality, technical form and people's form. */
class LocationTest {
  private static final CriterionCode ITEM = CriterionCode.of("2.4");

  // ---- the forms that existed before cell and CSV places: unchanged

  @Test
  void jsonPlacesKeepTheirAccessorsAndTechnicalForm() {
    Location l = Location.pointer("/claims/2/points").at(14, 17)
        .withCriterion(CriterionCode.of("1.2"));
    assertThat(l.getPointer()).contains("/claims/2/points");
    assertThat(l.getLine()).contains(14);
    assertThat(l.getColumn()).contains(17);
    assertThat(l.getCriterion()).contains(CriterionCode.of("1.2"));
    assertThat(l.getSheet()).isEmpty();
    assertThat(l.getCell()).isEmpty();
    assertThat(l.getRow()).isEmpty();
    assertThat(l.getColumnName()).isEmpty();
    assertThat(l).hasToString("/claims/2/points (line 14, column 17) [1.2]");
    assertThat(Location.json("/claims/2/points", 14, 17))
        .isEqualTo(Location.pointer("/claims/2/points").at(14, 17));
    assertThat(Location.pointer("")).hasToString("/");
    assertThat(Location.unknown()).hasToString("-");
    assertThat(Location.criterion(ITEM)).hasToString("[2.4]");
    assertThat(Location.unknown().at(3, 5)).hasToString("(line 3, column 5)");
    assertThat(Location.criterion(ITEM).at(3, 5)).hasToString("(line 3, column 5) [2.4]");
  }

  @Test
  void oldChecksStillHold() {
    assertThatThrownBy(() -> Location.pointer("claims"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.pointer("/a").at(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.pointer("/a").at(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.pointer(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Location.criterion(null)).isInstanceOf(NullPointerException.class);
  }

  // ---- cell places

  @Test
  void cellPlaceReadsItsRowFromTheReference() {
    Location l = Location.cell("学习培训", "C7");
    assertThat(l.getSheet()).contains("学习培训");
    assertThat(l.getCell()).contains("C7");
    assertThat(l.getRow()).contains(7);
    assertThat(l.getPointer()).isEmpty();
    assertThat(l.getLine()).isEmpty();
    assertThat(l.getColumn()).isEmpty();
    assertThat(Location.cell("学习培训", "C7", 7)).isEqualTo(l);
    assertThat(Location.cell("学习培训", "c7")).isEqualTo(l);
    assertThat(Location.cell("S", "XFD1048576").getRow()).contains(1_048_576);
    assertThat(Location.cell("S", "aa10").getCell()).contains("AA10");
  }

  @Test
  void cellPlaceCarriesThePointerOfTheValueItBecame() {
    Location l = Location.cell("Trainings", "C7", 7).withPointer("/evidence/3/date")
        .withCriterion(ITEM);
    assertThat(l.getPointer()).contains("/evidence/3/date");
    assertThat(l.getCriterion()).contains(ITEM);
    assertThat(l.getCell()).contains("C7");
    assertThat(l).hasToString("'Trainings'!C7 /evidence/3/date [2.4]");
    assertThat(Location.cell("It's", "A1")).hasToString("'It''s'!A1");
    assertThat(Location.sheetRow("Trainings", 9)).hasToString("'Trainings' (row 9)");
    assertThat(Location.sheet("Trainings")).hasToString("'Trainings'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "7", "C", "7C", "C07", "C0", "$C$7", "C 7", "AAAA1", "XFE1",
      "C10485770", "C1048577", "Ｃ7", "C٧"})
  void malformedCellReferencesAreRefused(String ref) {
    assertThatThrownBy(() -> Location.cell("S", ref)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cellChecks() {
    assertThatThrownBy(() -> Location.cell("S", "C7", 8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 7");
    assertThatThrownBy(() -> Location.cell("", "C7")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.cell(null, "C7")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Location.cell("S", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Location.sheetRow("S", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.sheetRow("S", 1_048_577))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.sheet("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.cell("S", "C7").at(1, 1))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Location.cell("S", "C7").withPointer("x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- CSV places

  @Test
  void csvPlace() {
    Location l = Location.csv(12, "points");
    assertThat(l.getLine()).contains(12);
    assertThat(l.getColumnName()).contains("points");
    assertThat(l.getColumn()).isEmpty();
    assertThat(l.getSheet()).isEmpty();
    assertThat(l).hasToString("(line 12, column 'points')");
    Location withMore = l.withPointer("/dimensions/0/maxPoints").withCriterion(ITEM);
    assertThat(withMore.getPointer()).contains("/dimensions/0/maxPoints");
    assertThat(withMore).hasToString("/dimensions/0/maxPoints (line 12, column 'points') [2.4]");
    assertThat(Location.csv(3)).hasToString("(line 3)");
    assertThat(Location.csv(3).getColumnName()).isEmpty();
    assertThatThrownBy(() -> Location.csv(0, "points"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.csv(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.csv(1, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> l.at(1, 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Location.csv(3).at(1, 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Location.json("/a", 1, 1).withPointer("/b"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void equalityComparesEveryPart() {
    new EqualsTester()
        .addEqualityGroup(Location.unknown(), Location.unknown())
        .addEqualityGroup(Location.pointer("/a"), Location.pointer("/a"))
        .addEqualityGroup(Location.json("/a", 1, 2), Location.pointer("/a").at(1, 2))
        .addEqualityGroup(Location.criterion(ITEM), Location.unknown().withCriterion(ITEM))
        .addEqualityGroup(Location.cell("S", "C7"), Location.cell("S", "c7", 7))
        .addEqualityGroup(Location.cell("T", "C7"))
        .addEqualityGroup(Location.cell("S", "D7"))
        .addEqualityGroup(Location.cell("S", "C7").withPointer("/a"))
        .addEqualityGroup(Location.sheetRow("S", 7))
        .addEqualityGroup(Location.sheet("S"))
        .addEqualityGroup(Location.csv(7, "a"))
        .addEqualityGroup(Location.csv(7, "b"))
        .addEqualityGroup(Location.csv(7))
        .addEqualityGroup(Location.csv(7, "a").withPointer("/a"))
        .addEqualityGroup(Location.csv(7, "a").withCriterion(ITEM))
        .testEquals();
  }

  // ---- people's form, both languages

  static Stream<Arguments> places() {
    return Stream.of(
        Arguments.of(Location.json("/claims/2/points", 342, 17),
            "/claims/2/points（第 342 行第 17 列）", "/claims/2/points (line 342, column 17)"),
        Arguments.of(Location.unknown().at(342, 17), "第 342 行第 17 列", "line 342, column 17"),
        Arguments.of(Location.pointer("/claims/2/points"), "/claims/2/points", "/claims/2/points"),
        Arguments.of(Location.pointer(""), "/", "/"),
        Arguments.of(Location.json("/claims/2/points", 14, 17).withCriterion(CriterionCode.of("1.2")),
            "/claims/2/points（第 14 行第 17 列），指标 1.2",
            "/claims/2/points (line 14, column 17), item 1.2"),
        Arguments.of(Location.cell("学习培训", "C7", 7), "「学习培训」!C7", "'学习培训'!C7"),
        Arguments.of(Location.cell("Trainings", "C7", 7).withPointer("/evidence/3/date"),
            "「Trainings」!C7", "'Trainings'!C7"),
        Arguments.of(Location.cell("自评", "F9").withCriterion(ITEM),
            "「自评」!F9，指标 2.4", "'自评'!F9, item 2.4"),
        Arguments.of(Location.sheetRow("学习培训", 7), "「学习培训」第 7 行", "'学习培训', row 7"),
        Arguments.of(Location.sheet("Trainings"), "工作表「Trainings」", "sheet 'Trainings'"),
        Arguments.of(Location.cell("S", "XFD1048576"), "「S」!XFD1048576", "'S'!XFD1048576"),
        Arguments.of(Location.csv(12, "分值"), "第 12 行「分值」列", "line 12, column '分值'"),
        Arguments.of(Location.csv(12, "points").withPointer("/dimensions/0/maxPoints"),
            "第 12 行「points」列", "line 12, column 'points'"),
        Arguments.of(Location.csv(12), "第 12 行", "line 12"),
        Arguments.of(Location.csv(12, "points").withCriterion(ITEM),
            "第 12 行「points」列，指标 2.4", "line 12, column 'points', item 2.4"),
        Arguments.of(Location.criterion(ITEM), "指标 2.4", "item 2.4"),
        Arguments.of(Location.pointer("/claims/0").withCriterion(ITEM),
            "/claims/0，指标 2.4", "/claims/0, item 2.4"),
        Arguments.of(Location.unknown(), "位置不明", "unknown place"));
  }

  @ParameterizedTest(name = "{1} | {2}")
  @MethodSource("places")
  void peopleReadEachKindOfPlaceInTheirLanguage(Location l, String zh, String en) {
    assertThat(LocationFormat.of(Locale.SIMPLIFIED_CHINESE).format(l)).isEqualTo(zh);
    assertThat(LocationFormat.of(Locale.forLanguageTag("zh-TW")).format(l)).isEqualTo(zh);
    assertThat(LocationFormat.of(Locale.ENGLISH).format(l)).isEqualTo(en);
    // the machine's locale (Turkish under the build) never decides the language
    assertThat(LocationFormat.of(Locale.getDefault()).format(l)).isEqualTo(en);
  }

  @Test
  void numbersAreNeverGroupedAndTheFormatKnowsItsLanguage() {
    LocationFormat en = LocationFormat.of(Locale.forLanguageTag("de-DE"));
    assertThat(en.format(Location.sheetRow("S", 1_048_576))).isEqualTo("'S', row 1048576");
    assertThat(en.locale()).isEqualTo(Locale.ROOT);
    assertThat(LocationFormat.of(Locale.CHINA).locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(en).hasToString("LocationFormat[en]");
    assertThatThrownBy(() -> LocationFormat.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> en.format(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aMessageAfterAPlaceThatNamesTheItemDoesNotNameItAgain() {
    Location at = Location.json("/claims/2/points", 180, 17).withCriterion(CriterionCode.of("1.3"));
    Problem p = Problem.of(ProblemCode.CLAIM_OVER_COMPUTED, at, "4", "1.3", "4", "3");
    // the bundles: "指标 {0}：自评 {1} 分，佐证材料仅支持 {2} 分", "Item {0}: claimed {1} but …"
    assertThat(LocationFormat.of(Locale.SIMPLIFIED_CHINESE).messageAfterPlace(p))
        .isEqualTo("自评 4 分，佐证材料仅支持 3 分");
    assertThat(LocationFormat.of(Locale.ENGLISH).messageAfterPlace(p))
        .isEqualTo("claimed 4 but the evidence supports 3");
    // another item, or no item at all: the message is whole
    Problem other = p.withLocation(Location.pointer("/claims/2/points")
        .withCriterion(CriterionCode.of("2.1")));
    assertThat(LocationFormat.of(Locale.ENGLISH).messageAfterPlace(other))
        .isEqualTo("Item 1.3: claimed 4 but the evidence supports 3");
    Problem unplaced = p.withLocation(Location.pointer("/claims/2/points"));
    assertThat(LocationFormat.of(Locale.SIMPLIFIED_CHINESE).messageAfterPlace(unplaced))
        .isEqualTo("指标 1.3：自评 4 分，佐证材料仅支持 3 分");
  }
}
