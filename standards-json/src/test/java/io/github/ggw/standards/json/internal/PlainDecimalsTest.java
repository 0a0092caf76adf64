package io.github.ggw.standards.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.workflow.CanonicalJson;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.Result;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Numbers of a few characters whose plain form is a thousand million characters long: read as a
 * fact's value they are refused with a located problem instead of exhausting the heap.
 */
class PlainDecimalsTest {
  @Test
  void theLengthWrittenOutIsComputedWithoutWritingItOut() {
    // "1000" is 4 characters, "-0.0015" 7, "123.45" 6: at most MAX_CHARS is written out
    assertThat(PlainDecimals.text(new BigDecimal("1e3"))).isEqualTo("1000");
    assertThat(PlainDecimals.text(new BigDecimal("-0.00150"))).isEqualTo("-0.0015");
    assertThat(PlainDecimals.text(new BigDecimal("123.450"))).isEqualTo("123.45");
    assertThat(PlainDecimals.text(new BigDecimal("0E+99999"))).isEqualTo("0");
    // 1 followed by 999 zeros is 1,000 characters: kept; one more zero is not
    assertThat(PlainDecimals.text(new BigDecimal("1e999"))).hasSize(PlainDecimals.MAX_CHARS);
    assertThat(PlainDecimals.text(new BigDecimal("1e1000"))).isNull();
    // "0." and 997 zeros and "1" is 1,000 characters (scale 998); scale 999 is 1,001
    assertThat(PlainDecimals.text(new BigDecimal("1e-998"))).hasSize(PlainDecimals.MAX_CHARS);
    assertThat(PlainDecimals.text(new BigDecimal("1e-999"))).isNull();
    assertThat(PlainDecimals.text(new BigDecimal("1e999999999"))).isNull();
    assertThat(PlainDecimals.tooLong("1e999999999")).isTrue();
    // the quick answer for short decimals agrees with the length written out: 498 zeros after
    // "0." and a 1 is 501 characters (kept); 1e1000 is 1,001 (refused)
    assertThat(PlainDecimals.tooLong(new BigDecimal("1e-499"))).isFalse();
    assertThat(PlainDecimals.tooLong(new BigDecimal("1e-998"))).isFalse();
    assertThat(PlainDecimals.tooLong(new BigDecimal("1e-999"))).isTrue();
    assertThat(PlainDecimals.tooLong(new BigDecimal("1e1000"))).isTrue();
    assertThat(PlainDecimals.tooLong(new BigDecimal("0E+5000"))).isFalse();
    assertThat(PlainDecimals.tooLong("12")).isFalse();
    assertThat(PlainDecimals.tooLong("x")).isFalse();
  }

  @Test
  void aFactValueTooLongWrittenOutIsRefusedAtItsPlaceInBothLanguages() {
    String sample = new String(ReferenceData.sample("01-excellent-primary.json"),
        StandardCharsets.UTF_8);
    for (String number : List.of("1e999999999", "-1e-999999999")) {
      // a fact record as the first evidence record: /evidence/0/value
      String json = sample.replaceFirst("\"evidence\"\\s*:\\s*\\[",
          "\"evidence\": [{\"type\": \"fact\", \"code\": \"menus.coverage\", \"value\": "
              + number + "},");
      Result<SelfAssessment> read = StandardsJson.create()
          .readAssessment(json.getBytes(StandardCharsets.UTF_8));
      assertThat(read.isValid()).as(number).isFalse();
      Problem p = read.problems().stream()
          .filter(x -> x.getLocation().getPointer().orElse("").equals("/evidence/0/value"))
          .findFirst().orElseThrow();
      assertThat(p.getMessage(java.util.Locale.SIMPLIFIED_CHINESE)).contains("写成普通小数过长");
      assertThat(p.getMessage(java.util.Locale.ENGLISH)).contains("too long written out");
    }
  }

  @Test
  void trainingHoursTooLongWrittenOutAreRefusedAtTheirPlace() {
    // 1e-999999999 hours is above 0 and below 24, but a thousand million digits written out
    Result<SelfAssessment> read = sampleWith("\"hours\"\\s*:\\s*[0-9.]+",
        "\"hours\": 1e-999999999");
    assertThat(read.isValid()).isFalse();
    assertThat(read.problems()).anySatisfy(p -> {
      assertThat(p.getLocation().getPointer().orElse("")).endsWith("/hours");
      assertThat(p.getMessage(java.util.Locale.ENGLISH)).contains("too long written out");
    });
  }

  @Test
  void claimPointsTooLongWrittenOutAreRefusedByTheReaderAtTheirPlace() {
    // before, both read as valid points: the scorer then ran out of memory on the first and
    // failed with an ArithmeticException on the second
    for (String points : List.of("1e999999999", "1e-999999999")) {
      Result<SelfAssessment> read = sampleWith("\"points\"\\s*:\\s*[0-9.]+",
          "\"points\": " + points);
      assertThat(read.isValid()).as(points).isFalse();
      assertThat(read.problems()).as(points).anySatisfy(p -> {
        assertThat(p.getLocation().getPointer().orElse("")).matches("/claims/\\d+/points");
        assertThat(p.getMessage(java.util.Locale.ENGLISH)).contains("too long written out");
        assertThat(p.getMessageZh()).doesNotContainPattern("[A-Za-z]{4,} [a-z]{3,}");
      });
    }
  }

  /** Sample 01 read with its first match of a pattern replaced (the pattern must match). */
  private static Result<SelfAssessment> sampleWith(String regex, String replacement) {
    String sample = new String(ReferenceData.sample("01-excellent-primary.json"),
        StandardCharsets.UTF_8);
    String json = sample.replaceFirst(regex, replacement);
    assertThat(json).isNotEqualTo(sample);
    return StandardsJson.create().readAssessment(json.getBytes(StandardCharsets.UTF_8));
  }
}
