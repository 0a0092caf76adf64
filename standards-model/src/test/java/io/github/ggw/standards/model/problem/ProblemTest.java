package io.github.ggw.standards.model.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import io.github.ggw.standards.model.standard.CriterionCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemTest {
  private static final String ID = "32041219900101123X";
  private static final String MOBILE = "13812345678";

  @ParameterizedTest
  @EnumSource(ProblemCode.class)
  void everyCodeHasAZhAndAnEnMessage(ProblemCode code) {
    // messages use some of the eight arguments, possibly none; that is fine (a zh message may
    // take labels passed after the en message's codes, up to {7})
    Problem p = Problem.of(code, Location.unknown(), null, "a", "b", "c", "d", "e", "f", "g",
        "h");
    String zh = p.getMessageZh();
    String en = p.getMessageEn();
    assertThat(zh).isNotBlank().doesNotContainPattern("\\{\\d+\\}");
    assertThat(en).isNotBlank().doesNotContainPattern("\\{\\d+\\}");
    assertThat(zh).isNotEqualTo(en);
    if (code != ProblemCode.CONSTRAINT_VIOLATED) {
      // CONSTRAINT_VIOLATED is all argument: the validator's zh text as {0}, its en text as {1}
      assertThat(zh.codePoints().anyMatch(
          cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
          .as("the zh message of %s is Chinese: %s", code, zh).isTrue();
    }
    assertThat(p.getSeverity()).isEqualTo(code.defaultSeverity());
  }

  /**
   * Each concern's pair of bundles holds exactly the codes of that concern, in both languages: no
   * code is missing, none sits in another concern's bundle, no key is left without a code.
   */
  @ParameterizedTest
  @EnumSource(Concern.class)
  void eachConcernsBundlesHoldExactlyItsCodes(Concern concern) throws IOException {
    Set<String> names = Arrays.stream(ProblemCode.values()).filter(c -> c.concern() == concern)
        .map(Enum::name).collect(Collectors.toSet());
    String file = concern.bundleName().substring(concern.bundleName().lastIndexOf('.') + 1);
    assertThat(keys(file + ".properties")).as(file).isEqualTo(names);
    assertThat(keys(file + "_zh.properties")).as(file).isEqualTo(names);
  }

  /** The problem package's bundles are the concerns' pairs and the locations' pair, no other. */
  @Test
  void everyCodeHasAConcernAndNoOtherBundleIsLeft() throws IOException {
    assertThat(ProblemCode.values()).allSatisfy(c -> assertThat(c.concern()).isNotNull());
    assertThat(Arrays.stream(Concern.values()).map(Concern::bundleName))
        .allSatisfy(b -> assertThat(b).startsWith("io.github.ggw.standards.model.problem."))
        .doesNotHaveDuplicates();
    Set<String> expected = new TreeSet<>(Set.of("locations.properties",
        "locations_zh.properties"));
    for (Concern c : Concern.values()) {
      String file = c.bundleName().substring(c.bundleName().lastIndexOf('.') + 1);
      expected.add(file + ".properties");
      expected.add(file + "_zh.properties");
    }
    Path dir = Path.of(
        "src/main/resources/io/github/ggw/standards/model/problem");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".properties"))).containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(ProblemCode.JSON_SYNTAX.concern()).isEqualTo(Concern.INPUT);
    assertThat(ProblemCode.STANDARD_BUDGET_MISMATCH.concern()).isEqualTo(Concern.STANDARD);
    assertThat(ProblemCode.CLAIM_MISSING.concern()).isEqualTo(Concern.ASSESSMENT);
    assertThat(ProblemCode.CASE_FILE_REPLAY_REFUSED.concern()).isEqualTo(Concern.WORKFLOW);
    assertThat(ProblemCode.CSV_CELL_INVALID.concern()).isEqualTo(Concern.SHEETS);
    assertThat(ProblemCode.PERSONAL_DATA_MOBILE_NUMBER.concern()).isEqualTo(Concern.TRUST);
  }

  private static Set<String> keys(String file) throws IOException {
    Properties props = new Properties();
    try (InputStream in = ProblemTest.class.getResourceAsStream(
        "/io/github/ggw/standards/model/problem/" + file)) {
      assertThat(in).as(file).isNotNull();
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return props.stringPropertyNames();
  }

  @Test
  void messageLanguageComesFromTheLocaleArgumentNeverTheDefault() {
    Problem p = Problem.of(ProblemCode.CLAIM_MISSING, Location.pointer("/claims"), null, "1.2");
    assertThat(p.getMessageEn()).isEqualTo("Item 1.2 applies but has no claim");
    assertThat(p.getMessage(Locale.forLanguageTag("tr-TR"))).isEqualTo(p.getMessageEn());
    assertThat(p.getMessage(Locale.getDefault())).isEqualTo(p.getMessageEn());
    assertThat(p.getMessage(Locale.forLanguageTag("zh-TW"))).isEqualTo(p.getMessageZh());
    assertThat(p.getMessage(Locale.CHINESE)).isEqualTo(p.getMessageZh());
  }

  @Test
  void toStringNamesSeverityCodeLocationAndEnglishMessage() {
    Problem p = Problem.of(ProblemCode.CLAIM_MISSING,
        Location.pointer("/claims").withCriterion(CriterionCode.of("1.2")), null, "1.2");
    assertThat(p.toString())
        .isEqualTo("ERROR CLAIM_MISSING at /claims [1.2]: Item 1.2 applies but has no claim");
  }

  @Test
  void severityDefaultsAndOverrides() {
    assertThat(ProblemCode.STANDARD_APPLICABILITY.defaultSeverity()).isEqualTo(Severity.WARNING);
    assertThat(ProblemCode.CLAIM_OVER_COMPUTED.defaultSeverity()).isEqualTo(Severity.WARNING);
    assertThat(ProblemCode.CLAIM_UNDER_COMPUTED.defaultSeverity()).isEqualTo(Severity.INFO);
    Problem p = Problem.of(ProblemCode.CLAIM_OFF_STEP, Location.unknown(), "1.3", "1.2", "1.3", "0.5");
    assertThat(p.isError()).isTrue();
    Problem w = p.withSeverity(Severity.WARNING);
    assertThat(w.isError()).isFalse();
    assertThat(w.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(w.getCode()).isEqualTo(p.getCode());
    Location at = Location.pointer("/claims/0/points").at(3, 14);
    assertThat(p.withLocation(at).getLocation()).isEqualTo(at);
    assertThat(p.withLocation(at).getArguments()).containsExactly("1.2", "1.3", "0.5");
  }

  // ---- personal data masking and cutting

  @ParameterizedTest
  @ValueSource(strings = {
    ID,
    "身份证号" + ID + "，请核对",
    "id 32041219900101123x",
    "old id 320412900101123",
    MOBILE,
    "电话：" + MOBILE,
    "tel " + MOBILE + ".",
    "张老师 " + ID + " " + MOBILE
  })
  void personalNumbersAreMasked(String value) {
    Problem p = Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.pointer("/evidence/0/topic"),
        value, value);
    assertThat(p.getOffendingValue()).hasValueSatisfying(v -> assertThat(v)
        .contains("[masked]")
        .doesNotContainPattern("[0-9]{11}"));
    assertThat(p.getArguments()).allSatisfy(a -> assertThat(a).doesNotContainPattern("[0-9]{11}"));
    for (String text : new String[] {p.getMessageEn(), p.getMessageZh(), p.toString()}) {
      assertThat(text)
          .doesNotContain(ID)
          .doesNotContain(ID.toLowerCase(Locale.ROOT))
          .doesNotContain(MOBILE)
          .doesNotContain("320412900101123");
    }
  }

  @Test
  void maskingKeepsTheRestOfTheValue() {
    Problem p = Problem.of(ProblemCode.PERSONAL_DATA_IDENTITY_NUMBER, Location.unknown(),
        "联系人 " + ID + " 电话 " + MOBILE, "resident identity number");
    assertThat(p.getOffendingValue()).contains("联系人 [masked] 电话 [masked]");
  }

  @Test
  void ordinaryNumbersAreNotMasked() {
    // points, years, district codes and a 10-digit number are not personal numbers
    Problem p = Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.unknown(),
        "2020 320412 17.5 1234567890", "x");
    assertThat(p.getOffendingValue()).contains("2020 320412 17.5 1234567890");
  }

  /**
   * Points written out too long are echoed whole: eleven digits after a decimal point are a
   * fraction, no one's number. Before, the value showed as "3.[masked]". Eleven digits before the
   * point, or a mobile number after it, are still masked.
   */
  @Test
  void theFractionOfADecimalIsNotMaskedButAnIntegerOrMobileNumberIsStill() {
    Problem fraction = Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.unknown(),
        "3.33333333333", "3.33333333333");
    assertThat(fraction.getOffendingValue()).contains("3.33333333333");
    assertThat(fraction.getArguments()).containsExactly("3.33333333333");
    assertThat(fraction.getMessageEn()).doesNotContain("[masked]");
    Problem fullWidthPoint = Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.unknown(),
        "3．33333333333", "x");
    assertThat(fullWidthPoint.getOffendingValue()).contains("3．33333333333");
    Problem integer = Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.unknown(),
        "33333333333.5", "x");
    assertThat(integer.getOffendingValue()).contains("[masked].5");
    Problem mobile = Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.unknown(),
        "0." + MOBILE, "x");
    assertThat(mobile.getOffendingValue()).hasValueSatisfying(v -> assertThat(v)
        .doesNotContain(MOBILE).contains("[masked]"));
  }

  /** Mobile numbers written the ways people write them are masked too. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "138-1234-5678", "138 1234 5678", "8613812345678", "+86 138 1234 5678", "电话13812345678号"})
  void mobileNumberSpellingsAreMasked(String value) {
    Problem p = Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.unknown(), value, value);
    String digits = "1234";
    assertThat(p.getOffendingValue()).hasValueSatisfying(v -> assertThat(v).contains("[masked]")
        .doesNotContain(digits + "5678").doesNotContain(digits + " 5678")
        .doesNotContain(digits + "-5678"));
    assertThat(p.getMessageEn()).doesNotContain("5678");
  }

  /** A mobile number written with the country code is still a mobile number (docs/input.md). */
  @Test
  void mobileNumberWithCountryCodeIsMasked() {
    Problem p = Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.unknown(),
        "+86" + MOBILE, "+86" + MOBILE);
    assertThat(p.getOffendingValue()).hasValueSatisfying(v -> assertThat(v).doesNotContain(MOBILE));
    assertThat(p.getMessageEn()).doesNotContain(MOBILE);
  }

  @Test
  void longValuesAreCutTo60CharactersAndArgumentsTo300() {
    Problem p60 = Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.unknown(), "a".repeat(60));
    assertThat(p60.getOffendingValue()).contains("a".repeat(60));

    Problem p61 = Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.unknown(), "a".repeat(61),
        "b".repeat(500));
    assertThat(p61.getOffendingValue()).contains("a".repeat(60) + "…");
    // an argument may list allowed values with labels: it keeps 300 characters
    assertThat(p61.getArguments().get(0)).isEqualTo("b".repeat(300) + "…");
    assertThat(p61.getMessageEn()).doesNotContain("b".repeat(301));

    Problem chinese = Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.unknown(), "字".repeat(100));
    assertThat(chinese.getOffendingValue()).contains("字".repeat(60) + "…");
  }

  @Test
  void nullOffendingValueIsEmpty() {
    assertThat(Problem.of(ProblemCode.INPUT_EMPTY, Location.unknown(), null).getOffendingValue())
        .isEmpty();
  }

  // ---- Location

  @Test
  void locationToStringForms() {
    assertThat(Location.unknown().toString()).isEqualTo("-");
    assertThat(Location.pointer("").toString()).isEqualTo("/");
    assertThat(Location.pointer("/claims/2/points").toString()).isEqualTo("/claims/2/points");
    assertThat(Location.pointer("/claims/2/points").at(14, 17).toString())
        .isEqualTo("/claims/2/points (line 14, column 17)");
    assertThat(Location.pointer("/claims/2/points").at(14, 17)
        .withCriterion(CriterionCode.of("1.2")).toString())
        .isEqualTo("/claims/2/points (line 14, column 17) [1.2]");
    assertThat(Location.criterion(CriterionCode.of("1.2")).toString()).isEqualTo("[1.2]");
    assertThat(Location.pointer("/a").withCriterion(CriterionCode.of("A1")).toString())
        .isEqualTo("/a [A1]");
  }

  @Test
  void locationParts() {
    Location l = Location.pointer("/claims/2").at(14, 17).withCriterion(CriterionCode.of("1.2"));
    assertThat(l.getPointer()).contains("/claims/2");
    assertThat(l.getLine()).contains(14);
    assertThat(l.getColumn()).contains(17);
    assertThat(l.getCriterion()).contains(CriterionCode.of("1.2"));
    Location none = Location.unknown();
    assertThat(none.getPointer()).isEmpty();
    assertThat(none.getLine()).isEmpty();
    assertThat(none.getColumn()).isEmpty();
    assertThat(none.getCriterion()).isEmpty();
  }

  @Test
  void pointerMustStartWithASlash() {
    assertThrows(IllegalArgumentException.class, () -> Location.pointer("abc"));
    assertThrows(IllegalArgumentException.class, () -> Location.pointer("claims/0"));
    assertThrows(NullPointerException.class, () -> Location.pointer(null));
  }

  @Test
  void lineAndColumnAreOneBased() {
    Location l = Location.pointer("/a");
    assertThrows(IllegalArgumentException.class, () -> l.at(0, 1));
    assertThrows(IllegalArgumentException.class, () -> l.at(1, 0));
    assertThrows(IllegalArgumentException.class, () -> l.at(-1, 5));
    assertThat(l.at(1, 1).getLine()).contains(1);
  }

  @Test
  void locationEquality() {
    new EqualsTester()
        .addEqualityGroup(Location.unknown(), Location.unknown())
        .addEqualityGroup(Location.pointer(""), Location.pointer(""))
        .addEqualityGroup(Location.pointer("/a"), Location.pointer("/a"))
        .addEqualityGroup(Location.pointer("/b"))
        .addEqualityGroup(Location.pointer("/a").at(1, 2), Location.pointer("/a").at(1, 2))
        .addEqualityGroup(Location.pointer("/a").at(2, 1))
        .addEqualityGroup(Location.criterion(CriterionCode.of("1.2")),
            Location.unknown().withCriterion(CriterionCode.of("1.2")))
        .addEqualityGroup(Location.pointer("/a").withCriterion(CriterionCode.of("1.2")))
        .testEquals();
  }

  @Test
  void problemEquality() {
    Location a = Location.pointer("/claims/0");
    new EqualsTester()
        .addEqualityGroup(
            Problem.of(ProblemCode.CLAIM_ABOVE_MAX, a, "5", "1.2", "5", "4"),
            Problem.of(ProblemCode.CLAIM_ABOVE_MAX, Location.pointer("/claims/0"), "5", "1.2", "5", "4"))
        .addEqualityGroup(Problem.of(ProblemCode.CLAIM_OFF_STEP, a, "5", "1.2", "5", "4"))
        .addEqualityGroup(Problem.of(ProblemCode.CLAIM_ABOVE_MAX, a.at(3, 4), "5", "1.2", "5", "4"))
        .addEqualityGroup(Problem.of(ProblemCode.CLAIM_ABOVE_MAX, a, "5", "1.2", "5", "4")
            .withSeverity(Severity.WARNING))
        .addEqualityGroup(Problem.of(ProblemCode.CLAIM_ABOVE_MAX, a, "6", "1.2", "5", "4"))
        .addEqualityGroup(Problem.of(ProblemCode.CLAIM_ABOVE_MAX, a, null, "1.2", "5", "4"))
        .addEqualityGroup(Problem.of(ProblemCode.CLAIM_ABOVE_MAX, a, "5", "1.2", "6", "4"))
        .testEquals();
  }

  @Test
  void theArgumentsAreTheProblemsOwnAndTheirHashIsTheirListsHash() {
    // the caller's array is copied: writing it afterwards changes neither the arguments nor the
    // message; the list handed out is immutable, and equal problems hash alike
    String[] args = {"1.2"};
    Problem p = Problem.of(ProblemCode.CLAIM_MISSING, Location.pointer("/claims"), null, args);
    String before = p.getMessageEn();
    args[0] = "9.9";
    assertThat(p.getArguments()).containsExactly("1.2");
    assertThat(p.getMessageEn()).isEqualTo(before).contains("1.2").doesNotContain("9.9");
    assertThrows(UnsupportedOperationException.class, () -> p.getArguments().add("x"));
    Problem q = Problem.of(ProblemCode.CLAIM_MISSING, Location.pointer("/claims"), null, "1.2");
    assertThat(p).isEqualTo(q).hasSameHashCodeAs(q);
    // the hash of the arguments is that of their list (List.hashCode): 31 + "1.2".hashCode()
    assertThat(p.hashCode()).isEqualTo(java.util.Objects.hash(ProblemCode.CLAIM_MISSING,
        p.getSeverity(), p.getLocation(), null, p.getArguments()));
  }
}
