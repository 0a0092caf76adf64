package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.ReviewPeriod;
import io.github.ggw.standards.model.standard.Standard;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The review window of a standard in JSON ({@code reviewWindow}): absent at the default, read
 * back when set, and an impossible window refused at its place with {@code
 * STANDARD_REVIEW_WINDOW_INVALID}.
 */
class ReviewWindowJsonTest {
  private static final StandardsJson JSON = StandardsJson.create();

  @Test
  void theWindowSurvivesARoundTripAndTheDefaultIsNotWritten() {
    Standard changzhou = ReferenceData.changzhouStandard();
    assertThat(changzhou.getReviewWindow()).isEqualTo(ReviewPeriod.DEFAULT);
    assertThat(JSON.writeStandard(changzhou)).doesNotContain("reviewWindow");
    Standard tuned = ImmutableStandard.copyOf(changzhou)
        .withReviewWindow(new ReviewPeriod(3, 15));
    String text = JSON.writeStandard(tuned);
    assertThat(text).contains("\"reviewWindow\"", "\"opensAfterMonths\"",
        "\"closesAfterMonths\"");
    Standard back = JSON.readStandard(text.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertThat(back.getReviewWindow()).isEqualTo(new ReviewPeriod(3, 15));
    assertThat(back).isEqualTo(tuned);
  }

  @ParameterizedTest(name = "opens {0}, closes {1}: at {2}")
  @CsvSource({
      "15, 3, /reviewWindow/closesAfterMonths", // closes before it opens
      "5, 5, /reviewWindow/closesAfterMonths", // closes when it opens
      "0, 61, /reviewWindow/closesAfterMonths", // beyond 60 months
      "-1, 12, /reviewWindow/opensAfterMonths", // opens before the year
      "60, 60, /reviewWindow/opensAfterMonths"}) // opens at the limit
  void anImpossibleWindowIsRefusedAtItsPlace(int opens, int closes, String pointer) {
    String text = JSON.writeStandard(ImmutableStandard.copyOf(ReferenceData.changzhouStandard())
        .withReviewWindow(new ReviewPeriod(3, 15)));
    String bad = text.replaceFirst("\"opensAfterMonths\"\\s*:\\s*3",
        "\"opensAfterMonths\": " + opens).replaceFirst("\"closesAfterMonths\"\\s*:\\s*15",
        "\"closesAfterMonths\": " + closes);
    Result<Standard> r = JSON.readStandard(bad.getBytes(StandardCharsets.UTF_8));
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems()).anySatisfy(p -> {
      assertThat(p.getCode()).isEqualTo(ProblemCode.STANDARD_REVIEW_WINDOW_INVALID);
      assertThat(p.getLocation().getPointer()).contains(pointer);
      assertThat(p.getMessageZh()).contains(String.valueOf(opens), String.valueOf(closes));
    });
  }

  @Test
  void aWindowWithoutItsCloseIsAMissingMember() {
    String text = JSON.writeStandard(ImmutableStandard.copyOf(ReferenceData.changzhouStandard())
        .withReviewWindow(new ReviewPeriod(3, 15)));
    // the writer's member order is not fixed here: drop the member and its comma either side
    String bad = text.replaceFirst(",\\s*\"closesAfterMonths\"\\s*:\\s*15", "")
        .replaceFirst("\"closesAfterMonths\"\\s*:\\s*15\\s*,", "");
    assertThat(bad).doesNotContain("closesAfterMonths");
    Result<Standard> r = JSON.readStandard(bad.getBytes(StandardCharsets.UTF_8));
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems()).anySatisfy(p -> {
      assertThat(p.getCode()).isEqualTo(ProblemCode.JSON_MISSING_PROPERTY);
      assertThat(p.getLocation().getPointer()).contains("/reviewWindow/closesAfterMonths");
    });
  }
}
