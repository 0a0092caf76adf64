package io.github.ggw.standards.json;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.reference.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Severity;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken input gets one located problem with a stable code, never an exception. */
class JsonReaderTest {
  private static final String UNIT =
      "\"unit\":{\"id\":\"WJ-PS-001\",\"name\":\"测试小学\",\"type\":\"PRIMARY\","
          + "\"district\":\"320412\"}";
  private static final String HEAD = "{\"kind\":\"self-assessment\",\"formatVersion\":1," + UNIT
      + ",\"standardId\":\"changzhou-quality-basic\",\"standardVersion\":\"2021.1\",";
  private static final String VALID = HEAD + "\"year\":2022,\"evidence\":["
      + "{\"type\":\"publicity\",\"kind\":\"NEWSLETTER_ISSUE\",\"date\":\"2022-05-01\","
      + "\"count\":2}],\"claims\":[{\"code\":\"1.1\",\"points\":4,\"narrative\":\"\"}]}";

  private final StandardsJson json = StandardsJson.create();

  private static String replace(String from, String to) {
    if (!VALID.contains(from)) {
      throw new IllegalArgumentException(from);
    }
    return VALID.replace(from, to);
  }

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("empty", "", ProblemCode.INPUT_EMPTY, null),
        Arguments.of("blank", "  \n ", ProblemCode.INPUT_EMPTY, null),
        Arguments.of("null root", "null", ProblemCode.INPUT_EMPTY, ""),
        Arguments.of("syntax", "{\"kind\":", ProblemCode.JSON_SYNTAX, null),
        Arguments.of("trailing", VALID + " {}", ProblemCode.JSON_TRAILING_CONTENT, null),
        Arguments.of("duplicate key", replace("\"year\":2022", "\"year\":2022,\"year\":2023"),
            ProblemCode.JSON_DUPLICATE_KEY, null),
        Arguments.of("unknown member", replace("\"year\":2022", "\"year\":2022,\"extra\":1"),
            ProblemCode.JSON_UNKNOWN_PROPERTY, "/extra"),
        Arguments.of("missing narrative", replace(",\"narrative\":\"\"", ""),
            ProblemCode.JSON_MISSING_PROPERTY, "/claims/0/narrative"),
        Arguments.of("null points", replace("\"points\":4", "\"points\":null"),
            ProblemCode.JSON_MISSING_PROPERTY, "/claims/0/points"),
        Arguments.of("missing year", replace("\"year\":2022,", ""),
            ProblemCode.JSON_MISSING_PROPERTY, "/year"),
        Arguments.of("string for number", replace("\"year\":2022", "\"year\":\"2022\""),
            ProblemCode.JSON_WRONG_TYPE, "/year"),
        Arguments.of("fraction for count", replace("\"count\":2", "\"count\":2.5"),
            ProblemCode.JSON_INVALID_VALUE, "/evidence/0/count"),
        Arguments.of("negative points", replace("\"points\":4", "\"points\":-1"),
            ProblemCode.JSON_INVALID_VALUE, "/claims/0/points"),
        Arguments.of("negative count", replace("\"count\":2", "\"count\":-2"),
            ProblemCode.JSON_INVALID_VALUE, "/evidence/0/count"),
        Arguments.of("unknown enum", replace("\"PRIMARY\"", "\"UNIVERSITY\""),
            ProblemCode.JSON_INVALID_VALUE, "/unit/type"),
        Arguments.of("enum as number", replace("\"PRIMARY\"", "1"),
            ProblemCode.JSON_INVALID_VALUE, "/unit/type"),
        Arguments.of("bad district", replace("\"320412\"", "\"32041\""),
            ProblemCode.JSON_INVALID_VALUE, "/unit/district"),
        Arguments.of("unknown evidence type", replace("\"type\":\"publicity\"",
            "\"type\":\"java.lang.Runtime\""), ProblemCode.JSON_INVALID_VALUE, "/evidence/0"),
        Arguments.of("wrong kind", replace("\"self-assessment\"", "\"standard\""),
            ProblemCode.JSON_WRONG_KIND, "/kind"),
        Arguments.of("format version", replace("\"formatVersion\":1", "\"formatVersion\":2"),
            ProblemCode.JSON_UNSUPPORTED_FORMAT_VERSION, "/formatVersion"),
        Arguments.of("NaN", replace("\"points\":4", "\"points\":NaN"),
            ProblemCode.JSON_INVALID_VALUE, null),
        Arguments.of("year below range", replace("\"year\":2022", "\"year\":1999"),
            ProblemCode.CONSTRAINT_VIOLATED, "/year"),
        Arguments.of("narrative too long", replace("\"narrative\":\"\"",
            "\"narrative\":\"" + "长".repeat(2001) + "\""),
            ProblemCode.JSON_INVALID_VALUE, "/claims/0"),
        Arguments.of("array root", "[" + VALID + "]", ProblemCode.JSON_WRONG_TYPE, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void brokenInputGetsOneLocatedProblem(String name, String input, ProblemCode code,
      String pointer) {
    Result<SelfAssessment> r = json.readAssessment(input.getBytes(StandardCharsets.UTF_8));
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems()).extracting(Problem::getCode).contains(code);
    Problem p = r.problems().stream().filter(x -> x.getCode() == code).findFirst()
        .orElseThrow();
    if (pointer != null) {
      assertThat(p.getLocation().getPointer()).contains(pointer);
    }
    if (!input.isBlank()) {
      assertThat(p.getLocation().getLine()).as("line of %s", p).isPresent();
    }
    assertThat(p.getMessageZh()).isNotBlank();
    assertThat(p.getMessageEn()).isNotBlank();
  }

  @Test
  void everyUnknownMemberIsReportedAtOnceWithTheOtherProblems() {
    Result<SelfAssessment> r = json.readAssessment(replace("\"year\":2022",
        "\"foo\":1,\"bar\":{\"x\":[1]},\"year\":\"2022x\"").getBytes(StandardCharsets.UTF_8));
    assertThat(r.problems()).extracting(p -> p.getCode() + " " + p.getLocation().getPointer()
        .orElse("")).containsExactly("JSON_UNKNOWN_PROPERTY /foo", "JSON_UNKNOWN_PROPERTY /bar",
            "JSON_WRONG_TYPE /year");
    assertThat(r.problems()).allMatch(Problem::isError);
  }

  /**
   * A whole number written with an exponent or a decimal point ({@code 1e1}, {@code 2.0}) is
   * refused where plain digits are expected, and the message says so: before, it called 1e1 "the
   * fraction 1E+1". A real fraction keeps its message.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({"1e1", "2.0", "2.00e0", "20E-1"})
  void aWholeNumberWrittenWithAnExponentOrPointIsNotCalledAFraction(String count) {
    Result<SelfAssessment> r = json.readAssessment(replace("\"count\":2", "\"count\":" + count)
        .getBytes(StandardCharsets.UTF_8));
    Problem p = r.problems().stream().filter(x -> x.getCode() == ProblemCode.JSON_INVALID_VALUE)
        .findFirst().orElseThrow();
    assertThat(p.getLocation().getPointer()).contains("/evidence/0/count");
    assertThat(p.getMessageEn()).contains("plain digits").doesNotContain("fraction");
    assertThat(p.getMessageZh()).contains("只用数字写的整数").doesNotContain("小数的");
    Result<SelfAssessment> fraction = json.readAssessment(replace("\"count\":2",
        "\"count\":25e-1").getBytes(StandardCharsets.UTF_8));
    assertThat(fraction.problems()).filteredOn(x -> x.getCode() == ProblemCode.JSON_INVALID_VALUE)
        .first().satisfies(x -> assertThat(x.getMessageEn()).contains("not the fraction"));
  }

  /**
   * A date is text in the form YYYY-MM-DD and nothing else, alone in a document (the bound path)
   * and beside another error (the walk that finds every problem). Before, the bound path read a
   * date with a time (the time dropped, a UTC instant's date taken), with white space around
   * it, and an array of numbers, all without a word.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"\"2022-05-01T10:00:00\"",
      "\"2022-05-01T23:30:00Z\"", "\"2022-05-01+08:00\"", "\" 2022-05-01\"",
      "\"2022-05-01 \"", "[2022,5,1]", "\"+2022-05-01\"", "\"2022-5-1\""})
  void aDateIsTextInTheFormYyyyMmDdAndNothingElse(String date) {
    String dated = replace("\"date\":\"2022-05-01\"", "\"date\":" + date);
    String alsoBadYear = dated.replace("\"year\":2022", "\"year\":\"2022\"");
    for (String input : new String[] {dated, alsoBadYear}) {
      Result<SelfAssessment> r = json.readAssessment(input.getBytes(StandardCharsets.UTF_8));
      assertThat(r.isValid()).as(input).isFalse();
      assertThat(r.problems()).as(input)
          .filteredOn(p -> p.getLocation().getPointer().orElse("").equals("/evidence/0/date"))
          .singleElement().satisfies(p -> {
            assertThat(p.getCode()).isIn(ProblemCode.JSON_INVALID_VALUE,
                ProblemCode.JSON_WRONG_TYPE);
            assertThat(p.getMessageEn()).contains("YYYY-MM-DD");
            assertThat(p.getMessageZh()).contains("YYYY-MM-DD");
          });
    }
    // the plain form still reads, on both paths
    assertThat(json.readAssessment(VALID.getBytes(StandardCharsets.UTF_8)).isValid()).isTrue();
  }

  @Test
  void validInputReadsWithoutProblems() {
    Result<SelfAssessment> r = json.readAssessment(VALID.getBytes(StandardCharsets.UTF_8));
    assertThat(r.problems()).isEmpty();
    assertThat(r.orElseThrow().getClaims()).hasSize(1);
  }

  @Test
  void utf8ByteOrderMarkIsAccepted() {
    byte[] body = VALID.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(json.readAssessment(withBom).isValid()).isTrue();
  }

  @Test
  void otherEncodingsAreRefusedNamingUtf8() {
    Result<SelfAssessment> utf16 =
        json.readAssessment(VALID.getBytes(StandardCharsets.UTF_16));
    assertThat(utf16.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.INPUT_ENCODING);
    assertThat(utf16.problems().get(0).getMessageEn()).contains("UTF-8");
    Result<SelfAssessment> gbk =
        json.readAssessment(VALID.getBytes(java.nio.charset.Charset.forName("GBK")));
    assertThat(gbk.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.INPUT_ENCODING);
  }

  @Test
  void lenientModeReportsUnknownMembersAsWarnings() {
    StandardsJson lenient = StandardsJson.create(ReadLimits.DEFAULT, ReadMode.LENIENT);
    Result<SelfAssessment> r = lenient.readAssessment(
        replace("\"year\":2022", "\"year\":2022,\"extra\":{\"a\":[1,2]}")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(r.isValid()).isTrue();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo(ProblemCode.JSON_UNKNOWN_PROPERTY);
      assertThat(p.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(p.getLocation().getPointer()).contains("/extra");
    });
  }

  @Test
  void deepNestingIsRefusedWithTheLimitCode() {
    // lenient mode skips the unknown member, so the parser reads into the nesting
    StandardsJson lenient = StandardsJson.create(ReadLimits.DEFAULT, ReadMode.LENIENT);
    String deep = replace("\"year\":2022", "\"year\":2022,\"deep\":" + "[".repeat(200)
        + "]".repeat(200));
    assertThat(lenient.readAssessment(deep.getBytes(StandardCharsets.UTF_8)).problems())
        .extracting(Problem::getCode).containsExactly(ProblemCode.INPUT_LIMIT_EXCEEDED);
  }

  @Test
  void documentLargerThanTheLimitIsRefusedBeforeParsing() {
    StandardsJson small = StandardsJson.create(ReadLimits.DEFAULT.withMaxDocumentBytes(100),
        ReadMode.STRICT);
    assertThat(small.readAssessment(VALID.getBytes(StandardCharsets.UTF_8)).problems())
        .extracting(Problem::getCode).containsExactly(ProblemCode.INPUT_LIMIT_EXCEEDED);
  }

  @Test
  void invalidStandardReportsEveryFindingWithItsCriterionCode() {
    String std = new String(ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD),
        StandardCharsets.UTF_8);
    // 1.3 worth 5 instead of 4 breaks dimension 1's budget (4+4+5+4+4 = 21 ≠ 20) and the
    // ladder of 2.2 put in ascending order breaks its order.
    String broken = std.replaceFirst("(\"code\": \"1.3\",[\\s\\S]*?\"maxPoints\": )4", "$15")
        .replaceFirst("\"atLeast\": 3,(\\s+)\"points\": 4", "\"atLeast\": 0,$1\"points\": 4");
    Result<?> r = json.readStandard(broken.getBytes(StandardCharsets.UTF_8));
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems()).extracting(p -> p.getCode() + "@"
            + p.getLocation().getCriterion().map(Object::toString).orElse("-"))
        .contains("STANDARD_BUDGET_MISMATCH@1", "STANDARD_LADDER_UNORDERED@2.2");
  }
}
